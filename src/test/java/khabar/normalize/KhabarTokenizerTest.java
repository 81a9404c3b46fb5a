package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The analyzer's tokens: exact terms, positions, offsets into the original and types. */
class KhabarTokenizerTest {

  private static List<String> tokens(Analyzer a, String text) {
    return AnalyzedToken.analyze(a, text).stream()
        .map(t -> t.term() + "@" + t.position() + ":" + text.substring(t.start(), t.end()))
        .toList();
  }

  @Test
  void indexSideStacksStrippedFormsOnTheOriginalWord() {
    assertEquals(
        List.of(
            "قالت@0:قالت",
            "وانفيديا@1:وإنفيديا", "انفيديا@1:وإنفيديا",
            "الذكاء@2:الذَّكاءُ", "ذكاء@2:الذَّكاءُ",
            "الاصطناعي@3:الاصطناعيّ", "اصطناعي@3:الاصطناعيّ"),
        tokens(NewsAnalyzer.forIndexing(), "قالت وإنفيديا الذَّكاءُ الاصطناعيّ"));
  }

  @Test
  void querySideStripsProcliticsButKeepsCompoundsWhole() {
    assertEquals(
        List.of("وانفيديا@0:وإنفيديا", "انفيديا@0:وإنفيديا", "الذكاء@1:الذكـــاء", "ذكاء@1:الذكـــاء", "gpt-4o@2:GPT-4o"),
        tokens(NewsAnalyzer.forQueries(), "وإنفيديا الذكـــاء GPT-4o"));
  }

  @Test
  void latinCompoundsKeepTheirPartsAtOnePosition() {
    assertEquals(
        List.of("deepseek-r1@0:DeepSeek-R1", "deepseek@0:DeepSeek-R1", "r1@0:DeepSeek-R1",
            "h800@1:H800", "ascend@2:Ascend", "910b@3:910B", "a100@4:A100"),
        tokens(NewsAnalyzer.forIndexing(), "DeepSeek-R1 H800 Ascend 910B A100"));
  }

  @Test
  void tatweelAfterAProcliticLeavesTheLatinWordWhole() {
    assertEquals(
        List.of("ل@0:لـ", "openai@1:OpenAI", "nvidia@3:Nvidia"), // ب is a stop word
        tokens(NewsAnalyzer.forQueries(), "لـ OpenAI بـNvidia"));
  }

  @Test
  void numbersFoldDigitsAndDropThousandsSeparators() {
    assertEquals(
        List.of("2025@0:٢٠٢٥", "10000@1:10,000", "10000@2:١٠٬٠٠٠", "5.6@3:٥٫٦", "1,30@4:1,30"),
        tokens(NewsAnalyzer.forQueries(), "٢٠٢٥ 10,000 ١٠٬٠٠٠ ٥٫٦ 1,30"));
  }

  @Test
  void stopWordsLeavePositionGaps() {
    assertEquals(
        List.of("قالت@0:قالت", "الشركه@3:الشركة", "شركه@3:الشركة"),
        tokens(NewsAnalyzer.forQueries(), "قالت إن هذه الشركة"));
  }

  @Test
  void invisibleCharactersNeitherSplitNorStartAWord() {
    assertEquals(
        List.of("انفيديا@0:إن\u200Cفيديا", "هواوي@1:هواوي"),
        tokens(NewsAnalyzer.forQueries(), "إن\u200Cفيديا \u200Fهواوي"));
  }

  @Test
  void tokenTypesNameTheScript() {
    List<String> types = AnalyzedToken.analyze(NewsAnalyzer.forQueries(), "هواوي H800 2025 $ gpt-4o").stream()
        .map(AnalyzedToken::type).toList();
    assertEquals(List.of(KhabarTokenizer.ARABIC, KhabarTokenizer.LATIN, KhabarTokenizer.NUMBER,
        KhabarTokenizer.SYMBOL, KhabarTokenizer.COMPOUND), types);
  }

  @Test
  void groupedNumbersAreRecognizedExactly() {
    for (String yes : List.of("1,300", "10,000", "999,999,999", "1,000.5")) {
      assertEquals(true, KhabarTokenizer.isGrouped(yes, 0, yes.length()), yes);
    }
    for (String no : List.of("1300", "1,30", "1,3000", "1234,567", "5.6", "1.000,5")) {
      assertEquals(false, KhabarTokenizer.isGrouped(no, 0, no.length()), no);
    }
  }
}
