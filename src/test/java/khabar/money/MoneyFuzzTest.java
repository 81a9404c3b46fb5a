package khabar.money;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;

/**
 * Fuzz test of the money recognizer: at every token of any text it returns a match inside the
 * text, with a non-negative amount, or null, and never throws. Seeds in
 * src/test/resources/khabar/money/MoneyFuzzTestInputs/.
 */
class MoneyFuzzTest {
  private static final MoneyRecognizer MONEY = new MoneyRecognizer();

  @FuzzTest(maxDuration = "10s")
  void recognize(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TokenizedText t = Tokenizer.tokenize(text);
    for (int i = 0; i < t.size(); i++) {
      MoneyMatch m = MONEY.match(t, i);
      if (m == null) continue;
      if (m.startToken() < i || m.endToken() > t.size() || (m.equivalent() != null && m.equivalent().endToken() > t.size())) {
        throw new AssertionError("match outside the text: " + m + " at " + i + " of " + t.size());
      }
    }
  }
}
