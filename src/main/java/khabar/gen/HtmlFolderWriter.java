package khabar.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes each record as an {@code .html} file, a thousand to a folder ({@code 000/0000042.html}).
 *
 * <p>Bad records take one of four forms: an EMPTY file; BINARY bytes with an {@code .html} name;
 * a page TRUNCATED within its first half; a UTF-8 page with INVALID_UTF8 bytes in its body.
 */
final class HtmlFolderWriter implements RecordWriter {
  static final String[] BAD_FORMS = {"EMPTY", "BINARY", "TRUNCATED", "INVALID_UTF8"};
  private final Path dir;

  HtmlFolderWriter(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  @Override
  public Written write(CorpusRecord rec) throws IOException {
    String name = String.format(Locale.ROOT, "%03d/%07d.html", rec.index() / 1000, rec.index());
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    String bad = null;
    byte[] bytes;
    if (rec.kind() == RecordKind.BAD) {
      bad = BAD_FORMS[rec.random().nextInt(BAD_FORMS.length)];
      bytes = corrupt(bad, rec);
    } else {
      bytes = rec.html().getBytes(StandardCharsets.UTF_8);
    }
    Files.write(file, bytes);
    return new Written(name, bad);
  }

  static byte[] corrupt(String form, CorpusRecord rec) {
    String html = rec.html();
    return switch (form) {
      case "EMPTY" -> new byte[0];
      case "BINARY" -> binary(rec, 4096);
      case "TRUNCATED" -> html.substring(0, 1 + rec.random().nextInt(html.length() / 2)).getBytes(StandardCharsets.UTF_8);
      case "INVALID_UTF8" -> {
        int at = html.indexOf("<p>");
        byte[] head = html.substring(0, at + 3).getBytes(StandardCharsets.UTF_8);
        byte[] tail = html.substring(at + 3).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = (byte) 0xC3; // a lead byte followed by '(' is never valid UTF-8
        out[head.length + 1] = '(';
        System.arraycopy(tail, 0, out, head.length + 2, tail.length);
        yield out;
      }
      default -> throw new IllegalArgumentException("unknown bad form " + form);
    };
  }

  /** Random bytes, including NUL and control bytes, as a mislabelled binary download has. */
  static byte[] binary(CorpusRecord rec, int size) {
    byte[] b = new byte[size];
    rec.random().nextBytes(b);
    return b;
  }

  @Override
  public void close() {}
}
