package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcliticsTest {

  private static final Proclitics PROCLITICS = new Proclitics();

  private static List<String> forms(String word) {
    return PROCLITICS.strippedForms(ArabicNormalizer.normalize(word).normalized());
  }

  /** word → every stripped form, in order; an empty cell means none. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          وإنفيديا   | انفيديا
          لإنفيديا   | انفيديا
          بإنفيديا   | انفيديا
          فهواوي     | هواوي
          كهواوي     | هواوي
          الرقائق    | رقايق
          ورقائق     | رقايق
          والرقائق   | الرقايق رقايق
          بالشركة    | الشركه شركه
          للشركة     | لشركه الشركه شركه
          وللشركة    | للشركه لشركه الشركه شركه
          فبالذكاء   | بالذكاء الذكاء ذكاء
          وبهواوي    | بهواوي هواوي
          الصين      | صين
          بحر        |
          وصف        |
          وقت        |
          انفيديا    |
          OpenAI     |
          كمال       |
          بكمال      | كمال
          وسام       |
          ألوان      |
          والمانيا   | المانيا
          إلهام      |
          """)
  void stripsProcliticsWithinTheGuards(String word, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(" "));
    assertEquals(want, forms(word));
  }

  @Test
  void prefixesAreEveryConjunctionPrepositionArticleCombination() {
    assertEquals(23, Proclitics.PREFIXES.size());
    assertEquals(List.of("وبال", "وكال", "فبال", "فكال"), Proclitics.PREFIXES.subList(0, 4));
    assertEquals(Set.of("و", "ف", "ب", "ك", "ل"), Set.copyOf(Proclitics.PREFIXES.subList(18, 23)));
  }

  @Test
  void minimumStemIsConfigurable() {
    Proclitics loose = new Proclitics(Set.of(), 2);
    assertEquals(List.of("حر"), loose.strippedForms("بحر"));
    assertThrows(IllegalArgumentException.class, () -> new Proclitics(Set.of(), 1));
  }

  @Test
  void protectedWordsAreNormalizedWhenLoaded() {
    Proclitics p = new Proclitics(Set.of("كَمال"), 3);
    assertEquals(List.of(), p.strippedForms("كمال"));
    assertEquals(true, Proclitics.defaultProtectedWords().contains("المانيا"));
  }

  @Test
  void wordListsSkipCommentsAndBlankLines() {
    assertEquals(List.of("الماني", "كمال"), Proclitics.readWordList("# names\nألماني\n\n كمال # a name\n"));
  }
}
