package khabar.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import khabar.extract.Page;

/**
 * Reads one local HTML or text file into a {@link Page} known by its {@link LocalAddress}, decoding
 * it with {@link Charsets}.
 */
public final class PageReader {
  private PageReader() {}

  public static boolean isHtml(Path p) {
    return Format.of(p) == Format.HTML;
  }

  public static boolean isText(Path p) {
    return Format.of(p) == Format.TEXT;
  }

  public static Page read(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    boolean html = isHtml(p);
    String text = Charsets.decode(bytes, null, html);
    return new Page(LocalAddress.of(p, p), text, html, Files.getLastModifiedTime(p).toInstant(), p.toString());
  }
}
