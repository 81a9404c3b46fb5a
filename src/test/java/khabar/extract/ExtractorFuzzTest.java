package khabar.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the HTML extractor: any page yields an article (perhaps empty) without an exception,
 * and its text has no blank-line runs longer than the separator. Seeds in
 * src/test/resources/khabar/extract/ExtractorFuzzTestInputs/.
 */
class ExtractorFuzzTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  @FuzzTest(maxDuration = "10s")
  void extract(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    Article a = EXTRACTOR.extract(new Page("https://news.example/fuzz", html, true, null, "fuzz"));
    if (a.text().contains("\n\n\n")) throw new AssertionError("blocks separated by more than one blank line");
    if (!a.text().equals(a.text().strip())) throw new AssertionError("text not stripped");
  }
}
