package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingGeneratorTest {

  private static List<String> top(String name, int k) {
    return SpellingGenerator.standard().spell(name, k).stream().map(SpellingGenerator.Spelling::arabic).toList();
  }

  /** name → its cheapest spellings, in order (each rule of the table at work in some row). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Google     | 3 | غوغل غوجل جوغل
          Samsung    | 2 | سامسونغ سامسونج
          Huang      | 2 | هوانغ هوانج
          Microsoft  | 1 | ميكروسوفت
          Qualcomm   | 1 | كوالكوم
          Ericsson   | 1 | اريكسون
          Bloomberg  | 2 | بلومبيرغ بلومبرغ
          Stripe     | 2 | سترايب ستريب
          Mike       | 1 | مايك
          Anthropic  | 2 | انثروبيك انتروبيك
          Cook       | 1 | كوك
          Cambridge  | 1 | كامبريدج
          """)
  void spellsNamesAsThePressDoes(String name, int k, String expected) {
    assertEquals(Arrays.asList(expected.split(" ")), top(name, k));
  }

  /** The spelling the press uses is among the first few, though not always first. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Trump      | ترامب    | 3
          Nvidia     | نفيديا   | 1
          Intel      | انتل     | 2
          Zuckerberg | زوكربيرغ | 3
          Jobs       | جوبز     | 2
          Palantir   | بالانتير | 1
          Oracle     | اوراكل   | 1
          """)
  void attestedSpellingIsNearTheTop(String name, String attested, int within) {
    assertTrue(top(name, within).contains(attested), top(name, within).toString());
  }

  @Test
  void severalWordsCombineCheapestFirst() {
    assertEquals(List.of("مارك زوكيربيرغ", "مارك زوكيربرغ"), top("Mark Zuckerberg", 2));
  }

  @Test
  void onlyLatinLettersAreSpelled() {
    assertEquals(List.of(), top("GPT-4o", 3));
    assertEquals(List.of(), top("", 3));
  }

  @Test
  void foldedSpellingsAreNotRepeated() {
    List<String> v = top("Vivo", 10);
    assertEquals(v.size(), v.stream().distinct().count());
    assertTrue(v.stream().noneMatch(s -> s.indexOf('\u06A4') >= 0), v.toString());
  }

  @Test
  void badRulesAreReportedWithTheirLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpellingGenerator.parse("# c\nab\tany\n", "t.tsv"));
    assertEquals("t.tsv:2: expected 3 tab-separated columns, found 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SpellingGenerator.parse("ab\tsomewhere\tب\n", "t.tsv"));
    assertEquals("t.tsv:1: bad rule 'ab' at 'somewhere'", e.getMessage());
  }

  @Test
  void costsComeFromTheTable() {
    SpellingGenerator g = SpellingGenerator.parse("a\tany\tا -:0.5\nb\tany\tب پ\n", "t.tsv");
    assertEquals(
        List.of(new SpellingGenerator.Spelling("با", 0), new SpellingGenerator.Spelling("ب", 0.5)),
        g.spell("ba", 5));
  }
}
