package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongTokenTest {
  static List<Integer> lengths(NewsAnalyzer a, String text) throws Exception {
    List<Integer> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t.length());
      ts.end();
    }
    return out;
  }

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"a, 40000", "ب, 17000", "x-, 20000", "9, 300"})
  void aTokenOverTheLimitIsCutOnBothSidesAndCounted(String unit, int times) throws Exception {
    String word = unit.repeat(times);
    String text = "شركة " + word + " جديدة";
    for (NewsAnalyzer a : List.of(NewsAnalyzer.forIndexing(), NewsAnalyzer.forQueries())) {
      List<Integer> ls = lengths(a, text);
      assertEquals(NewsAnalyzer.MAX_TOKEN_CHARS, ls.stream().mapToInt(Integer::intValue).max().orElseThrow(), unit);
    }
    assertEquals(1, NewsAnalyzer.overlongTokens(text));
    assertEquals(0, NewsAnalyzer.overlongTokens("شركة " + unit.repeat(10) + " جديدة"));
  }
}
