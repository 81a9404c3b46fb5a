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

  private static final Proclitics PROCLITICS = Proclitics.INDEX;

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
  void sequencesAreEveryConjunctionPrepositionArticleCombination() {
    List<String> all = Proclitics.ALL.stream().map(Proclitics.Form::letters).toList();
    assertEquals(23, all.size());
    assertEquals(Set.of("و", "ف", "ب", "ك", "ل"), Set.copyOf(all.subList(0, 5)));
    assertEquals(List.of("وبال", "وكال", "فبال", "فكال"), all.subList(19, 23));
    assertEquals(
        List.of("ال", "لل", "وال", "بال", "كال", "فال", "ولل", "فلل", "وبال", "وكال", "فبال", "فكال").stream().sorted().toList(),
        Proclitics.ALL.stream().filter(Proclitics.Form::definite).map(Proclitics.Form::letters).sorted().toList());
  }

  /** The sequences each use strips: how many, and which ones a use leaves out. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          INDEX | 23 |
          NAMES | 23 |
          MONEY | 8  | ك ال لل وك وال بال كال فك فال ولل فلل وبال وكال فبال فكال
          CUES  | 22 | ال
          """)
  void eachUseTakesItsSubset(String use, int count, String leftOut) throws Exception {
    Proclitics p = (Proclitics) Proclitics.class.getField(use).get(null);
    assertEquals(count, p.forms().size());
    Set<String> kept = Set.copyOf(p.forms().stream().map(Proclitics.Form::letters).toList());
    if (leftOut != null) {
      for (String s : leftOut.split(" ")) assertEquals(false, kept.contains(s), use + " keeps " + s);
    }
  }

  /** use, token → the lengths it may cut, shortest first (protected words not consulted). */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          NAMES | وانفيديا  | 1
          NAMES | بانفيديا  | 1
          NAMES | الشركه   | 2
          NAMES | والشركه  | 1,3
          NAMES | وبالشركه | 1,2,4
          NAMES | للشركه   | 1,2
          NAMES | وللشركه  | 1,2,3
          NAMES | فكانفيديا | 1,2
          NAMES | لانفيديا  | 1
          NAMES | ميتا     | ''
          NAMES | وب       | ''
          NAMES | ول       | ''
          NAMES | وسم      | 1
          INDEX | وسم      | ''
          INDEX | وسام     | 1
          INDEX | الصين    | 2
          INDEX | الص      | ''
          MONEY | بنحو     | 1
          MONEY | وبنحو    | 1,2
          MONEY | كمية     | ''
          MONEY | المليار  | ''
          MONEY | ولمليار  | 1,2
          CUES  | الشركه   | ''
          CUES  | والشركه  | 1,3
          CUES  | فللشركه  | 1,2,3
          CUES  | فكالشركه | 1,2,4
          """)
  void cutsByUse(String use, String token, String expected) throws Exception {
    Proclitics p = (Proclitics) Proclitics.class.getField(use).get(null);
    String word = ArabicNormalizer.normalize(token).normalized();
    int[] out = new int[Proclitics.MAX_CUTS];
    int n = p.lengths(word, 0, word.length(), out);
    assertEquals(expected, String.join(",", Arrays.stream(out, 0, n).mapToObj(Integer::toString).toList()));
  }

  /** The names rule set never cuts into a protected word, at any sequence. */
  @ParameterizedTest(name = "{0} cut {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          وسام     | 1 | true
          كمال     | 1 | true
          بكمال    | 1 | false
          بكمال    | 2 | true
          والمانيا | 1 | false
          والمانيا | 3 | true
          وانفيديا | 1 | false
          """)
  void protectedWordsAreNeverCutInto(String token, int cut, boolean expected) {
    String word = ArabicNormalizer.normalize(token).normalized();
    assertEquals(expected, Proclitics.NAMES.cutsProtected(word, 0, word.length(), cut));
  }

  @Test
  void strippableReportsTheDefiniteFlag() {
    assertEquals(
        List.of(new Proclitics.Form("و", false), new Proclitics.Form("وال", true)),
        Proclitics.CUES.strippable("والشركه"));
    assertEquals(List.of(), Proclitics.CUES.strippable("وسام"));
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
