package khabar.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page with the right character set. The order follows the WHATWG
 * encoding sniffing rules, with a detector for the Arabic legacy encodings at the end:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   <li>the charset declared by the transport (the HTTP {@code Content-Type} of a WARC record);
 *   <li>for HTML, a {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} in the first
 *       {@value #PRESCAN_BYTES} bytes;
 *   <li>else strict UTF-8 when the bytes are valid UTF-8;
 *   <li>else whichever of windows-1256 and ISO-8859-6 yields the more plausible Arabic text.
 * </ol>
 *
 * <p>"Valid UTF-8" allows a few stray bytes: when at least {@value #UTF8_SHARE_PERCENT}% of the
 * non-ASCII sequences are well-formed multi-byte UTF-8, the page is UTF-8 and each bad byte becomes
 * U+FFFD (a page cut mid-character, one pasted byte of windows-1256); re-decoding the whole page
 * in a single-byte code page would turn every letter into mojibake. Windows-1256 and ISO-8859-6
 * Arabic almost never form well-formed multi-byte sequences, so their share stays near zero.
 *
 * <p>A declaration is not trusted blindly: a declared UTF-8 whose bytes are not mostly UTF-8 goes to
 * detection, and a declared single-byte charset whose bytes are valid UTF-8 with non-ASCII
 * characters is read as UTF-8 (mislabelled pages are common, and multi-byte UTF-8 sequences almost
 * never arise by chance in windows-1256 or ISO-8859-6 Arabic).
 */
public final class Charsets {
  /** How far into an HTML page a meta charset is looked for (jsoup also reads about 5 KB). */
  static final int PRESCAN_BYTES = 4096;

  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private static final char ARABIC_HAMZA = '\u0621';
  private static final char ARABIC_YEH = '\u064A';
  private static final char REPLACEMENT = '\uFFFD';

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param declared the charset label the transport declared (may be null or blank)
   * @param html whether to look for a meta charset in the bytes
   */
  public static String decode(byte[] bytes, String declared, boolean html) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new String(bytes, skip, bytes.length - skip, bom);
    }
    return new String(bytes, detect(bytes, declared, html));
  }

  /** The charset {@link #decode} uses for bytes without a byte order mark. */
  public static Charset detect(byte[] bytes, String declared, boolean html) {
    Charset label = forLabel(declared);
    if (label == null && html) label = forLabel(metaCharset(bytes));
    boolean utf8 = mostlyUtf8(bytes);
    if (label != null) {
      if (label.equals(StandardCharsets.UTF_8) || label.equals(StandardCharsets.US_ASCII)) {
        if (utf8) return StandardCharsets.UTF_8;
      } else if (!(utf8 && hasNonAscii(bytes))) {
        return label;
      } else {
        return StandardCharsets.UTF_8;
      }
    }
    if (utf8) return StandardCharsets.UTF_8;
    return arabicSingleByte(bytes);
  }

  /** The charset named by an encoding label, or null when the label is blank or unknown. */
  static Charset forLabel(String label) {
    if (label == null || label.isBlank()) return null;
    String l = label.strip().toLowerCase(Locale.ROOT);
    // WHATWG labels Java does not know by these names
    l = switch (l) {
      case "arabic", "asmo-708", "ecma-114", "iso-8859-6-i", "iso-8859-6-e", "iso-ir-127", "csisolatinarabic" -> "iso-8859-6";
      case "cp1256", "x-cp1256" -> "windows-1256";
      case "latin1", "iso-8859-1", "l1", "ascii", "us-ascii" -> "windows-1252";
      default -> l;
    };
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
    return null;
  }

  /** Whether the bytes are valid UTF-8 (strict: no malformed or overlong sequences). */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Share of well-formed sequences among non-ASCII ones above which bytes are read as UTF-8. */
  static final int UTF8_SHARE_PERCENT = 95;

  /**
   * Whether the bytes are UTF-8 with at most a few malformed bytes: well-formed multi-byte
   * sequences are at least {@value #UTF8_SHARE_PERCENT}% of the non-ASCII sequences (pure ASCII is
   * UTF-8).
   */
  static boolean mostlyUtf8(byte[] b) {
    long good = 0;
    long bad = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > n || !continuation(b, i, len)) {
        bad++;
        i++;
      } else {
        good++;
        i += len;
      }
    }
    return bad == 0 || good * 100 >= (good + bad) * UTF8_SHARE_PERCENT;
  }

  /** Whether the {@code len - 1} bytes after a lead byte at {@code i} are continuation bytes, not overlong or surrogates. */
  private static boolean continuation(byte[] b, int i, int len) {
    int lead = b[i] & 0xFF;
    for (int k = 1; k < len; k++) if ((b[i + k] & 0xC0) != 0x80) return false;
    int second = b[i + 1] & 0xFF;
    if (lead == 0xE0 && second < 0xA0) return false; // overlong
    if (lead == 0xED && second > 0x9F) return false; // surrogate
    if (lead == 0xF0 && second < 0x90) return false; // overlong
    if (lead == 0xF4 && second > 0x8F) return false; // above U+10FFFF
    return true;
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return true;
    return false;
  }

  /**
   * Picks windows-1256 or ISO-8859-6 for bytes that are not UTF-8. Each candidate decoding is
   * scored by its Arabic letters, less a penalty for what a wrong guess produces: unmapped bytes
   * (ISO-8859-6 leaves many high bytes unassigned, and windows-1256 uses them for letters) and
   * Latin letters with diacritics (windows-1256 puts à, ç, é, ê where ISO-8859-6 has ل, م, ن, ه, و,
   * ي). Ties go to windows-1256, still the more common of the two on the Arabic web.
   */
  static Charset arabicSingleByte(byte[] bytes) {
    Charset best = WINDOWS_1256;
    long bestScore = Long.MIN_VALUE;
    for (Charset cs : List.of(WINDOWS_1256, ISO_8859_6)) {
      long score = plausibility(decodeReplacing(bytes, cs));
      if (score > bestScore) {
        bestScore = score;
        best = cs;
      }
    }
    return best;
  }

  private static CharSequence decodeReplacing(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(String.valueOf(REPLACEMENT))
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return CharBuffer.wrap(""); // cannot happen with REPLACE
    }
  }

  private static long plausibility(CharSequence s) {
    long score = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= ARABIC_HAMZA && c <= ARABIC_YEH) score++;
      else if (c == REPLACEMENT || (c >= '\u00C0' && c <= '\u00FF')) score -= 3;
    }
    return score;
  }
}
