package khabar.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recognizer's cheap checks before its grammar: {@link MoneyRecognizer#canStart} and {@link
 * MoneyRecognizer#canStartAmount} never turn away a token where the grammar would read a figure,
 * over every token of the money table and of sentences with proclitics and qualifiers.
 */
class StartChecksTest {
  private static final MoneyRecognizer R = new MoneyRecognizer();

  /** Every text of figures.tsv (positive and negative lines) and a few more. */
  static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>(List.of(
        "وبمليون دولار ولمليارات الدولارات وفي حدود 5 ملايين يورو",
        "من 5 إلى 7 ملايين دولار، بين 3 و4 مليارات ريال، على الأقل 20 دولارا",
        "ما يقارب الـ11 مليار دولار، فمئات الملايين من الدولارات، ودولاران",
        "في عام 2025 على منصة من شركة 1e9 USD 5 $5 US$ 7 ٥٫٦ ملايين دولار ج.م 40"));
    try (InputStream in = MoneyTableTest.class.getResourceAsStream("figures.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t")[0]);
      }
    }
    return out;
  }

  @Test
  void neitherCheckTurnsAwayAFigure() throws IOException {
    int figures = 0;
    int amounts = 0;
    for (String text : texts()) {
      TokenizedText t = Tokenizer.tokenize(text);
      for (int i = 0; i < t.size(); i++) {
        String where = text + " @" + i + " " + t.term(i);
        if (R.match(t, i) != null) {
          figures++;
          assertTrue(R.canStart(t, i), where);
        }
        if (R.body(t, i, i, 0, Qualifier.EXACT, false) != null) {
          amounts++;
          assertTrue(R.canStartAmount(t, i), where);
        }
      }
    }
    assertTrue(figures >= 150, "figures: " + figures);
    assertTrue(amounts >= 150, "amounts: " + amounts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          في         | true  | false
          وفي        | true  | false
          على        | true  | false
          من         | true  | false
          نحو        | true  | false
          بنحو       | true  | false
          مليون      | true  | true
          بمليون     | true  | true
          وبمليارات  | true  | true
          المليارات  | true  | true
          دولار      | true  | true
          ودولاران   | true  | true
          خمسة       | true  | true
          مئات       | true  | true
          شركة       | false | false
          وشركة      | false | false
          منصة       | false | false
          """)
  void wordsThatBeginOnlyAQualifierBeginNoAmount(String word, boolean figure, boolean amount) {
    TokenizedText t = Tokenizer.tokenize(word);
    assertEquals(1, t.size());
    assertEquals(figure, R.canStart(t, 0));
    assertEquals(amount, R.canStartAmount(t, 0));
  }

  @Test
  void numbersAndSignsAlwaysPass() {
    TokenizedText t = Tokenizer.tokenize("2025 $ 1e9 ٥");
    for (int i = 0; i < t.size(); i++) {
      assertTrue(R.canStart(t, i), t.term(i));
      assertTrue(R.canStartAmount(t, i), t.term(i));
    }
    assertFalse(R.canStart(Tokenizer.tokenize("GPT"), 0));
  }
}
