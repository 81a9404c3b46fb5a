package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import khabar.normalize.Tokenizer;
import khabar.tag.GazetteerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The given-name lexicon and the common-word list, one line per rule. */
class LexiconTest {
  static final GivenNames NAMES = GivenNames.load(Path.of("gazetteers", GivenNames.FILE));
  static final CommonWords WORDS = CommonWords.standard();

  @Test
  void theShippedLexiconsHaveRealWorldSize() {
    assertTrue(NAMES.size() >= 1000, "given-name spellings: " + NAMES.size());
    assertTrue(WORDS.size() >= 90_000, "common words: " + WORDS.size());
  }

  /** name | given-name tokens matched | ambiguous | arabic | family name first */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      محمد الشامسي | 1 | false | true | false
      عبد الله النعيمي | 2 | false | true | false
      عبدالله النعيمي | 1 | false | true | false
      أمل القاسمي | 1 | true | true | false
      علي حسن | 1 | true | true | false
      جوناثان بريسكوت | 1 | false | false | false
      وانغ لي مينغ | 1 | false | false | true
      ماسايوشي سون | 1 | false | false | false
      بريسكوت | 0 | false | false | false
      """)
  void givenNamesAreMatchedWithTheirKind(String text, int length, boolean ambiguous, boolean arabic, boolean familyFirst) {
    var t = Tokenizer.tokenize(text);
    GivenNames.Match m = NAMES.at(t, 0, t.term(0));
    if (length == 0) {
      assertEquals(null, m);
      return;
    }
    assertEquals(new GivenNames.Match(length, ambiguous, arabic, familyFirst), m);
  }

  @Test
  void aBadLexiconLineIsReportedWithFileAndLine() {
    GazetteerException e = assertThrows(GazetteerException.class, () -> GivenNames.parse("g.tsv", List.of(
        "spellings\torigin\tordinary", "محمد\tarabic", "أمل\t\thope", "عبد الله الرحمن الرحيم\tarabic\t"), "v"));
    assertEquals(List.of(
        "g.tsv:2: expected 3 tab-separated columns, found 2",
        "g.tsv:3: no origin (arabic, english, chinese, ...)",
        "g.tsv:4: spelling 'عبد الله الرحمن الرحيم' must have one or two words"), e.problems());
  }

  /** word (folded as the text is) | common | verb */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      شركه | true | false
      الشركه | true | false
      شركته | true | false
      مالوفه | true | false
      كبيرا | true | false
      منافسي | true | false
      يقول | true | true
      وسيبقي | false | true
      فريس | true | false
      الكعبي | false | false
      الشهراني | false | false
      بريسكوت | false | false
      """)
  void commonWordsAndVerbs(String word, boolean common, boolean verb) {
    assertEquals(common, WORDS.isCommon(word), "common " + word);
    assertEquals(verb, WORDS.isVerb(word), "verb " + word);
  }
}
