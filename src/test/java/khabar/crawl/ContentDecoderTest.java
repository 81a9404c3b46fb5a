package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {
  static final String TEXT = "خبر عن رقاقة جديدة";

  static byte[] bytes(String s, String charset) {
    return s.getBytes(Charset.forName(charset));
  }

  @Test
  void headerCharsetFirst() {
    assertEquals(TEXT, ContentDecoder.decode(bytes(TEXT, "windows-1256"), "text/html; charset=windows-1256"));
    assertEquals(TEXT, ContentDecoder.decode(bytes(TEXT, "ISO-8859-6"), "text/html; charset=\"iso-8859-6\""));
    assertEquals(TEXT, ContentDecoder.decode(bytes(TEXT, "windows-1256"), "text/html;charset=cp1256"));
  }

  @Test
  void thenTheMetaCharset() {
    String html = "<html><head><meta charset=\"windows-1256\"><title>" + TEXT + "</title>";
    assertEquals(html, ContentDecoder.decode(bytes(html, "windows-1256"), "text/html"));
  }

  @Test
  void byteOrderMarkBeatsALabel() {
    byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, ContentDecoder.decode(body, "text/html; charset=windows-1256"));
  }

  @Test
  void undeclaredIsUtf8WhenValidElseWindows1256() {
    assertEquals(TEXT, ContentDecoder.decode(bytes(TEXT, "UTF-8"), ""));
    assertEquals(TEXT, ContentDecoder.decode(bytes(TEXT, "windows-1256"), "text/html"));
    assertEquals(TEXT, ContentDecoder.decode(bytes(TEXT, "windows-1256"), "text/html; charset=no-such-charset"));
  }

  @Test
  void mediaTypeWithoutParameters() {
    assertEquals("text/html", ContentDecoder.mediaType("Text/HTML; charset=UTF-8"));
    assertEquals("", ContentDecoder.mediaType(""));
  }
}
