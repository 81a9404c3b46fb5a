package khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CharsetsTest {
  /** Our own sentence; every character exists in windows-1256 and ISO-8859-6. */
  static final String ARABIC = "أعلنت شركة ناشئة في الرياض، يوم الأحد، عن شريحة جديدة للذكاء الاصطناعي بقيمة 40 مليون دولار وستبدأ الإنتاج في العام المقبل.";
  static final String PAGE = "<html><head><title>خبر</title></head><body><p>" + ARABIC + "</p></body></html>";

  static final Charset W1256 = Charsets.WINDOWS_1256;
  static final Charset ISO6 = Charsets.ISO_8859_6;

  static Stream<Arguments> cases() {
    return Stream.of(
        // bytes in, declared by transport, html?, expected charset
        Arguments.of("utf-8, undeclared", ARABIC.getBytes(StandardCharsets.UTF_8), null, false, StandardCharsets.UTF_8),
        Arguments.of("windows-1256, undeclared", ARABIC.getBytes(W1256), null, false, W1256),
        Arguments.of("iso-8859-6, undeclared", ARABIC.getBytes(ISO6), null, false, ISO6),
        Arguments.of("windows-1256 page, undeclared", PAGE.getBytes(W1256), null, true, W1256),
        Arguments.of("iso-8859-6 page, undeclared", PAGE.getBytes(ISO6), null, true, ISO6),
        Arguments.of("http header windows-1256", ARABIC.getBytes(W1256), "windows-1256", false, W1256),
        Arguments.of("http header cp1256 label", ARABIC.getBytes(W1256), "cp1256", false, W1256),
        Arguments.of("http header asmo-708 label", ARABIC.getBytes(ISO6), "ASMO-708", false, ISO6),
        Arguments.of("meta charset windows-1256", withMeta("<meta charset=\"windows-1256\">").getBytes(W1256), null, true, W1256),
        Arguments.of("meta http-equiv iso-8859-6", withMeta("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">").getBytes(ISO6), null, true, ISO6),
        Arguments.of("declared utf-8, really windows-1256", withMeta("<meta charset=\"utf-8\">").getBytes(W1256), null, true, W1256),
        Arguments.of("header utf-8, really iso-8859-6", ARABIC.getBytes(ISO6), "utf-8", false, ISO6),
        Arguments.of("declared windows-1256, really utf-8", withMeta("<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8), null, true, StandardCharsets.UTF_8),
        Arguments.of("unknown label, utf-8 bytes", ARABIC.getBytes(StandardCharsets.UTF_8), "x-no-such-charset", false, StandardCharsets.UTF_8),
        Arguments.of("header utf-8, a few stray bytes", withStrayBytes(PAGE), "utf-8", true, StandardCharsets.UTF_8),
        Arguments.of("meta utf-8, a few stray bytes", withStrayBytes(withMeta("<meta charset=\"utf-8\">")), null, true, StandardCharsets.UTF_8),
        Arguments.of("undeclared utf-8, cut mid-character", cutLastByte(ARABIC.getBytes(StandardCharsets.UTF_8)), null, false, StandardCharsets.UTF_8),
        Arguments.of("ascii only", "Nvidia shares rose 4% on Monday.".getBytes(StandardCharsets.US_ASCII), null, false, StandardCharsets.UTF_8));
  }

  /** UTF-8 bytes with three windows-1256 bytes pasted in (a quote and two alefs). */
  static byte[] withStrayBytes(String page) {
    byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
    int at = utf8.length / 2;
    while ((utf8[at] & 0xC0) == 0x80) at++; // a character boundary
    byte[] out = new byte[utf8.length + 3];
    System.arraycopy(utf8, 0, out, 0, at);
    out[at] = (byte) 0x93;
    out[at + 1] = (byte) 0xC7;
    out[at + 2] = (byte) 0xC7;
    System.arraycopy(utf8, at, out, at + 3, utf8.length - at);
    return out;
  }

  static byte[] cutLastByte(byte[] b) {
    return java.util.Arrays.copyOf(b, b.length - 2);
  }

  @org.junit.jupiter.api.Test
  void strayBytesInUtf8BecomeReplacementCharactersAndTheRestIsKept() {
    String text = Charsets.decode(withStrayBytes(PAGE), "utf-8", true);
    assertEquals(3, text.chars().filter(c -> c == 0xFFFD).count());
    assertEquals(PAGE, text.replace("\uFFFD", ""));
  }

  static String withMeta(String meta) {
    return "<html><head>" + meta + "<title>خبر</title></head><body><p>" + ARABIC + "</p></body></html>";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void detectsTheCharsetAndDecodesTheText(String name, byte[] bytes, String declared, boolean html, Charset expected) {
    assertEquals(expected, Charsets.detect(bytes, declared, html));
    assertEquals(new String(bytes, expected), Charsets.decode(bytes, declared, html));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boms")
  void aByteOrderMarkWinsOverAnyDeclaration(String name, byte[] bom, Charset cs) {
    byte[] body = ARABIC.getBytes(cs);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    assertEquals(ARABIC, Charsets.decode(bytes, "windows-1256", true));
  }

  static Stream<Arguments> boms() {
    return Stream.of(
        Arguments.of("utf-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        Arguments.of("utf-16le", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        Arguments.of("utf-16be", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
  }
}
