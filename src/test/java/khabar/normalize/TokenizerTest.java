package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> terms(String s) {
    TokenizedText t = Tokenizer.tokenize(s);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) out.add(t.term(i) + "/" + t.kind(i));
    return out;
  }

  @Test
  void keepsDecimalNumbersAndChipCodesWhole() {
    assertEquals(
        List.of("5.6/NUMBER", "ملايين/ARABIC", "h800/LATIN", "1,300/NUMBER", "910b/LATIN"),
        terms("5.6 ملايين H800، 1,300 910B"));
  }

  @Test
  void splitsArabicFromDigitsAndLatin() {
    assertEquals(List.of("ار/ARABIC", "1/NUMBER", "ل/ARABIC", "openai/LATIN"), terms("آر1 لـOpenAI"));
  }

  @Test
  void recordsPunctuationGaps() {
    TokenizedText t = Tokenizer.tokenize("سام، ألتمان GPT-4o");
    assertEquals(Gap.BREAK, t.gapBefore(1));
    assertEquals(Gap.SPACE, t.gapBefore(2));
    assertEquals(Gap.JOINER, t.gapBefore(3));
  }

  @Test
  void anAmpersandBetweenLettersJoinsOneName() {
    TokenizedText t = Tokenizer.tokenize("AT&T و Apple & Google و«AT&T»");
    assertEquals(Gap.JOINER, t.gapBefore(1));
    assertEquals(Gap.BREAK, t.gapBefore(4));
    assertEquals(Gap.JOINER, t.gapBefore(7));
  }

  @Test
  void currencySignsAreTokens() {
    assertEquals(List.of("$/SYMBOL", "500/NUMBER", "مليون/ARABIC"), terms("$500 مليون"));
  }
}
