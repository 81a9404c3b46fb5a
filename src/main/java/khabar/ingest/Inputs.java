package khabar.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files named on a command line: files as given, folders walked recursively in name
 * order (so two runs over the same folder see the same order), and {@code -} for a list of paths
 * on stdin, one per line. In folders, files of no known {@link Format} are passed over; a file
 * named explicitly in an unknown format is a failure.
 */
final class Inputs {
  /** Receives each input file with its format, or a failure. */
  interface Visitor {
    void file(Path file, Format format) throws InterruptedException;

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
    for (Path root : roots) {
      if (isStdin(root)) {
        readList(v);
      } else {
        visit(root, v, true);
      }
    }
  }

  /** Total bytes of the files a walk visits. */
  long totalBytes() throws InterruptedException {
    long[] total = {0};
    walk(new Visitor() {
      @Override
      public void file(Path file, Format format) {
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

  private void readList(Visitor v) throws InterruptedException {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) visit(Path.of(line.strip()), v, true);
      }
    } catch (IOException e) {
      v.failed(new Failure("stdin", Failure.Reason.UNREADABLE, e.getMessage(), null));
    }
  }

  private static void visit(Path p, Visitor v, boolean named) throws InterruptedException {
    if (Files.isDirectory(p)) {
      List<Path> children = new ArrayList<>();
      try (Stream<Path> s = Files.list(p)) {
        s.forEach(children::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        v.failed(new Failure(p.toString(), Failure.Reason.UNREADABLE, "cannot list folder: " + e.getMessage(), null));
        return;
      }
      children.sort(null);
      for (Path c : children) visit(c, v, false);
      return;
    }
    if (!Files.exists(p)) {
      v.failed(new Failure(p.toString(), Failure.Reason.UNREADABLE, "no such file or folder", null));
      return;
    }
    if (!Files.isRegularFile(p)) return;
    Format f = Format.of(p);
    if (f != null) {
      v.file(p, f);
    } else if (named) {
      v.failed(new Failure(p.toString(), Failure.Reason.UNSUPPORTED, "unknown format; expected .html, .htm, .txt, .json, .jsonl, .ndjson or .warc, optionally .gz", p));
    }
  }

  private static boolean isStdin(Path p) {
    return p.toString().equals(STDIN);
  }
}
