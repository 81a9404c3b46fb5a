package khabar.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import khabar.normalize.NewsAnalyzer;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * Fuzz test of the query parser: any query text parses or is refused with a syntax error (which
 * the CLI and the API show as one line and a 400); any other exception is a finding. Seeds in
 * src/test/resources/khabar/search/QueryParserFuzzTestInputs/.
 */
class QueryParserFuzzTest {
  private static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("src/test/resources/gazetteers"));
  private static final NewsAnalyzer ANALYZER = NewsAnalyzer.forQueries();

  @FuzzTest(maxDuration = "10s")
  void parse(FuzzedDataProvider data) {
    String q = data.consumeRemainingAsString();
    try {
      new NewsQueryParser(ANALYZER, GAZETTEER).parse(q);
    } catch (ParseException | IllegalArgumentException e) {
      // a syntax error, reported as such
    }
  }
}
