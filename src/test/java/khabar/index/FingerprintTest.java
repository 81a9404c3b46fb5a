package khabar.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import khabar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * {@link Fingerprint}'s loops give what the regular expressions they replaced gave: a changed fold
 * would change every content hash and signature, so every stored article would look changed.
 */
class FingerprintTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static String regexFold(String text) {
    return SPACES.matcher(ArabicNormalizer.normalize(text).normalized()).replaceAll(" ").strip();
  }

  private static String[] regexWords(String text) {
    return NON_WORD.splitAsStream(regexFold(text)).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  @Test
  void foldsSpacesAndSplitsWordsAsBefore() {
    String s = "  أعلنت\u00a0الشركةُ\t\tعن  جولة،\n\r\u000bتمويل GPT‑4o بـ١٠٬٠٠٠ $ ﻻ 😀x ½ ²  ";
    assertEquals(regexFold(s), Fingerprint.fold(s));
    assertEquals("اعلنت الشركه عن جوله، تمويل gpt-4o ب10,000 $ لا 😀x ½ ²", Fingerprint.fold(s));
    assertArrayEquals(regexWords(s), Fingerprint.words(s));
    assertArrayEquals(new String[] {"اعلنت", "الشركه", "عن", "جوله", "تمويل", "gpt", "4o", "ب10", "000", "لا", "x", "½", "²"},
        Fingerprint.words(s));
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomText() {
    // letters of several scripts, digits, marks, every kind of space and control, surrogates
    String alphabet = "ابتةىأإآؤئءًٌَُِّْـ٠١٢٣abcXYZ019 \t\n\u000b\f\r\u001c\u0085\u00a0\u2007\u200b\u200c\u2028\u3000"
        + ".,-_'\"؟،٪٫٬½²ⅫﻻﷲＡ\ud83d\ude00\ud800\udfff";
    Random r = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(30);
      for (int i = 0; i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String s = b.toString();
      assertEquals(regexFold(s), Fingerprint.fold(s), () -> "fold of " + escape(s));
      assertArrayEquals(regexWords(s), Fingerprint.words(s), () -> "words of " + escape(s));
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) b.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    return b.toString();
  }
}
