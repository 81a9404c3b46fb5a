package khabar.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.nio.file.LinkOption;
import java.util.stream.Stream;

/**
 * The input files named on a command line: files as given, folders walked recursively in name
 * order (so two runs over the same folder see the same order), and {@code -} for a list of paths
 * on stdin, one per line. Each file and folder is visited once, by its real path, so symbolic
 * link loops end. In folders, files with an extension Khabar does not read are passed over; files
 * without an extension, and any file named explicitly, are handed over with a null format for the
 * reader to tell by content ({@link Format#sniff}).
 */
final class Inputs {
  /** Receives each input file with its format, or a failure. */
  interface Visitor {
    /**
     * A file to read, reached from the input {@code root} (the folder named on the command line it
     * lies in, or the file itself when named); {@code format} is null when the name does not tell it
     * (sniff the content).
     */
    void file(Path file, Path root, Format format) throws InterruptedException;

    void failed(Failure failure);
  }

  /** The argument that stands for "paths on stdin". */
  static final String STDIN = "-";

  private final List<Path> roots;
  private final InputStream stdin;

  Inputs(List<Path> roots, InputStream stdin) {
    this.roots = List.copyOf(roots);
    this.stdin = stdin;
  }

  /** Whether the inputs can be walked twice (no stdin list), so a total size is known up front. */
  boolean rewalkable() {
    return roots.stream().noneMatch(Inputs::isStdin);
  }

  void walk(Visitor v) throws InterruptedException {
    Set<Path> seen = new HashSet<>();
    for (Path root : roots) {
      if (isStdin(root)) {
        readList(v, seen);
      } else {
        visit(root, root, v, true, seen);
      }
    }
  }

  /** Total bytes of the files a walk visits. */
  long totalBytes() throws InterruptedException {
    long[] total = {0};
    walk(new Visitor() {
      @Override
      public void file(Path file, Path root, Format format) {
        try {
          total[0] += Files.size(file);
        } catch (IOException e) {
          // reported when the file is read
        }
      }

      @Override
      public void failed(Failure failure) {}
    });
    return total[0];
  }

  private void readList(Visitor v, Set<Path> seen) throws InterruptedException {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      String line;
      long number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        String s = line.strip();
        Format data = Format.sniffLine(s);
        if (data != null) {
          // Data where paths were expected: one clear failure, not one per line.
          v.failed(new Failure("stdin:" + number, Failure.Reason.UNSUPPORTED,
              "'-' reads a list of paths, but stdin holds " + data.name() + " data; use --stdin " + data.name().toLowerCase(java.util.Locale.ROOT), null));
          return;
        }
        Path p;
        try {
          p = Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
          v.failed(new Failure("stdin:" + number, Failure.Reason.UNREADABLE, "not a path: " + e.getReason(), null));
          continue;
        }
        visit(p, p, v, true, seen);
      }
    } catch (IOException e) {
      v.failed(new Failure("stdin", Failure.Reason.UNREADABLE, e.getMessage(), null));
    }
  }

  /**
   * Visits a path once: folders and files are known by their real path, so a symbolic link that
   * loops back, or a second link to the same file, is passed over.
   */
  private static void visit(Path p, Path root, Visitor v, boolean named, Set<Path> seen) throws InterruptedException {
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException e) {
      v.failed(new Failure(p.toString(), Failure.Reason.UNREADABLE,
          Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "broken link or unreadable: " + e.getMessage() : "no such file or folder", null));
      return;
    }
    if (!seen.add(real)) return;
    if (Files.isDirectory(p)) {
      List<Path> children = new ArrayList<>();
      try (Stream<Path> s = Files.list(p)) {
        s.forEach(children::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        v.failed(new Failure(p.toString(), Failure.Reason.UNREADABLE, "cannot list folder: " + e.getMessage(), null));
        return;
      }
      children.sort(null);
      for (Path c : children) visit(c, root, v, false, seen);
      return;
    }
    if (!Files.isRegularFile(p)) {
      // A FIFO or device named on the command line is read as a stream (format by name or by
      // content); in a folder it is passed over, since reading it could block forever.
      if (named) v.file(p, root, Format.of(p));
      return;
    }
    Format f = Format.of(p);
    if (f != null || named || !hasExtension(p)) v.file(p, root, f);
  }

  private static boolean hasExtension(Path p) {
    String n = p.getFileName().toString();
    if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
    return n.lastIndexOf('.') > 0;
  }

  private static boolean isStdin(Path p) {
    return p.toString().equals(STDIN);
  }
}
