package khabar.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import khabar.extract.Page;

/** Reads one local file into a {@link Page}, decoding its bytes with the right charset. */
public final class PageReader {

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private PageReader() {}

  public static boolean isHtml(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  public static boolean isText(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  public static Page read(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    boolean html = isHtml(p);
    String text = decode(bytes, html, p);
    return new Page(p.toAbsolutePath().toUri().toString(), text, html, Instant.now(), p.toString());
  }

  /** BOM, then a meta charset (HTML), then strict UTF-8, then windows-1256. */
  static String decode(byte[] bytes, boolean html, Path where) throws IOException {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        try {
          Charset cs = Charset.forName(m.group(1));
          if (!cs.equals(StandardCharsets.UTF_8)) return new String(bytes, cs);
        } catch (IllegalArgumentException e) {
          // unknown label: fall back to detection
        }
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1256"));
    }
  }
}
