package khabar.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelpersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "a<b        | a&lt;b",
    "a>b        | a&gt;b",
    "a&b        | a&amp;b",
    "`say \"x\"`| say &quot;x&quot;",
    "it's       | it&#39;s",
    "إنفيديا    | إنفيديا",
  })
  void htmlEscapesTheFiveSpecialCharactersOnly(String in, String out) {
    assertEquals(out, Html.escape(in));
  }

  @Test
  void htmlEscapesARange() {
    StringBuilder b = new StringBuilder();
    Html.escape(b, "<a>&<b>", 3, 7);
    assertEquals("&amp;&lt;b&gt;", b.toString());
  }

  @Test
  void sha256IsTheStandardDigestInLowerCaseHex() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    assertEquals("ba7816bf8f", Sha256.hex("abc", 10));
    assertEquals(Sha256.hex("abc"), Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)));
    MessageDigest d = Sha256.digest();
    d.update("a".getBytes(StandardCharsets.UTF_8));
    d.update("bc".getBytes(StandardCharsets.UTF_8));
    assertEquals(Sha256.hex("abc"), Sha256.hex(d), "in parts as in one piece");
  }
}
