package khabar.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The address a local HTML or text file is known by, and so its article's id when the page names
 * no address of its own ({@code link rel=canonical} wins over it): {@code file:} followed by the
 * name of the input folder given on the command line and the file's path inside it, {@code /}
 * separated and percent-encoded, e.g. {@code file:dump-2025-03-14/news/a.html}. A file named on its
 * own counts as the only file of its parent folder ({@code file:news/a.html} for {@code
 * /data/news/a.html}).
 *
 * <p>So the same dump read from another place (moved, copied, mounted elsewhere, or read by the
 * Spark job from HDFS) gives the same ids, while two dumps in folders of different names keep apart
 * even when both hold an {@code a.html}. The address is rootless ({@code file:} without {@code /}),
 * which tells it from the absolute {@code file:///…} URIs the ids were made from before
 * ({@link #legacy}).
 */
public final class LocalAddress {
  private static final String SCHEME = "file:";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private LocalAddress() {}

  /**
   * The address of {@code file} reached from the input {@code root}: a folder it lies in, or the
   * file itself when it was named on its own.
   */
  public static String of(Path root, Path file) {
    Path f = file.toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    Path base = r.equals(f) ? f.getParent() : r;
    if (base == null || !f.startsWith(base)) throw new IllegalArgumentException(file + " is not inside " + root);
    StringBuilder rel = new StringBuilder();
    for (Path part : base.relativize(f)) {
      if (!rel.isEmpty()) rel.append('/');
      rel.append(part);
    }
    Path name = base.getFileName();
    return of(name == null ? "" : name.toString(), rel.toString());
  }

  /**
   * The address of a file at {@code relative} ({@code /}-separated) inside an input folder named
   * {@code rootName} ("" for a file system's root); how the Spark job names files on any file system.
   */
  public static String of(String rootName, String relative) {
    if (relative.isEmpty()) throw new IllegalArgumentException("no file path");
    String path = rootName.isEmpty() ? relative : rootName + "/" + relative;
    return SCHEME + encode(path);
  }

  /** Whether {@code url} is an address given by {@link #of}. */
  public static boolean isLocal(String url) {
    return url.startsWith(SCHEME) && !url.startsWith(SCHEME + "/");
  }

  /**
   * The address {@code file} had before addresses left out where the dump lies: its absolute
   * {@code file:///} URI. An index built then holds articles under ids made from it.
   */
  public static String legacy(Path file) {
    return file.toAbsolutePath().toUri().toString();
  }

  /** Percent-encodes all but RFC 3986 path characters (unreserved, sub-delims, {@code :@/}), as UTF-8. */
  private static String encode(String path) {
    StringBuilder b = new StringBuilder(path.length() + 16);
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return b.toString();
  }
}
