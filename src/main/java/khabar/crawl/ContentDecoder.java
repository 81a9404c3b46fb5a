package khabar.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a fetched page in the WHATWG order: byte-order mark, then the charset of the HTTP
 * Content-Type, then a {@code <meta>} charset in the first {@link #PRESCAN} bytes, then strict
 * UTF-8, and windows-1256 (the usual legacy encoding of Arabic pages) when that fails.
 */
public final class ContentDecoder {
  /** How much of the page is searched for a {@code <meta>} charset (jsoup reads about as much). */
  public static final int PRESCAN = 4096;

  /** The legacy encoding of Arabic pages, used when a page is not valid UTF-8 and names none. */
  public static final Charset ARABIC_LEGACY = Charset.forName("windows-1256");

  private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private ContentDecoder() {}

  /** The text of {@code body}, served with the Content-Type header {@code contentType} (may be empty). */
  public static String decode(byte[] body, String contentType) {
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    Optional<Charset> declared = charset(CHARSET_PARAM.matcher(contentType));
    if (declared.isEmpty()) {
      String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
      declared = charset(META_CHARSET.matcher(head));
    }
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return new String(body, declared.get());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(body, ARABIC_LEGACY);
    }
  }

  /** The media type of a Content-Type header, lower case, without parameters. */
  public static String mediaType(String contentType) {
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<Charset> charset(Matcher m) {
    if (!m.find()) return Optional.empty();
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (label.equals("cp1256") || label.equals("x-cp1256")) label = "windows-1256";
    try {
      return Optional.of(Charset.forName(label));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // unknown label: fall back to detection
    }
  }
}
