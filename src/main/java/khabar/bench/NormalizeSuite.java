package khabar.bench;

import java.io.IOException;
import java.util.List;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.NewsAnalyzer;
import khabar.normalize.Tokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Normalization, tokenization and the index-side and query-side Lucene analyzers, in MB/s over the
 * generated article bodies.
 */
final class NormalizeSuite implements Suite {
  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<String> texts = ctx.texts();
    Harness h = ctx.harness;
    Result base = h.measure(name(), PlainScan.NAME, "articles", texts, BenchContext::utf8, PlainScan::count);
    Result norm =
        h.measure(name(), "ArabicNormalizer.normalize", "articles", texts, BenchContext::utf8,
            t -> ArabicNormalizer.normalize(t).length());
    Result tok =
        h.measure(name(), "Tokenizer.tokenize (normalize + tokens)", "articles", texts, BenchContext::utf8,
            t -> Tokenizer.tokenize(t).size());
    Analyzer indexing = NewsAnalyzer.forIndexing();
    Analyzer queries = NewsAnalyzer.forQueries();
    Result index =
        h.measure(name(), "NewsAnalyzer.forIndexing (tokens with stacked forms)", "articles", texts, BenchContext::utf8,
            t -> tokens(indexing, t));
    Result query =
        h.measure(name(), "NewsAnalyzer.forQueries", "articles", texts, BenchContext::utf8, t -> tokens(queries, t));
    return List.of(base, norm.against(base), tok.against(base), index.against(base), query.against(base));
  }

  /** The tokens {@code a} makes of {@code text}, as the index or the query parser consumes them. */
  private static int tokens(Analyzer a, String text) throws IOException {
    int n = 0;
    try (TokenStream ts = a.tokenStream("body", text)) {
      ts.reset();
      while (ts.incrementToken()) n++;
      ts.end();
    }
    return n;
  }
}
