package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link MainText#clean} folds white space exactly as the pattern it replaced. */
class MainTextTest {
  private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u200B]+");

  @Test
  void cleanFoldsSpaceRunsAndStrips() {
    assertEquals("نص الخبر \u00a0هنا", MainText.clean("\n  نص\t\tالخبر\u200B \u00a0هنا  \n"));
    assertEquals("a b", MainText.clean("a b"));
    assertEquals("", MainText.clean(" \n\u200B "));
  }

  @Test
  void cleanAgreesWithThePatternOnRandomText() {
    String alphabet = "ab ن \t\n\r\f\u000b\u00a0\u200b\u200c\u2028\u3000x";
    Random r = new Random(3);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String s = b.toString();
      assertEquals(SPACE.matcher(s).replaceAll(" ").strip(), MainText.clean(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
    }
  }
}
