package khabar.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.apache.lucene.search.IndexSearcher;

/**
 * Search latency p50/p95/p99 on the generated index ({@link SearchIndex}) for a fixed mix of
 * requests — one word, two words, a phrase, a prefix, an entity filter, an entity with a dollar
 * floor, newest first — through {@link Searcher#search} (hits, snippets, facets), against Lucene
 * alone running the same query for the top 10 ids.
 */
final class SearchSuite implements Suite {
  private static final String[] QUERIES = {
    "الرقائق", "مراكز البيانات", "\"الذكاء الاصطناعي\"", "الاستثمار AND التصدير", "تمويل*", "الطلب",
  };
  private static final String[] ENTITIES = {"nvidia", "huawei", "openai", "tsmc"};

  @Override
  public String name() {
    return "search";
  }

  static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (String q : QUERIES) out.add(SearchRequest.of(q));
    for (String e : ENTITIES) {
      out.add(new SearchRequest("", List.of(e), null, null, null, null, null, null, null, 10, 0));
      out.add(new SearchRequest("", List.of(e), null, null, null, null, 1e9, null, null, 10, 0));
    }
    out.add(new SearchRequest("الشركة", null, null, null, null, null, null, null, SearchRequest.Sort.DATE, 10, 0));
    return out;
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<Result> out = new ArrayList<>();
    Path dir = SearchIndex.open(ctx, out);
    List<SearchRequest> requests = requests();
    try (Searcher s = ctx.pipeline().searcher(dir)) {
      IndexSearcher lucene = s.indexSearcher();
      String size = String.format(Locale.ROOT, " (%,d articles)", s.documentCount());
      Harness h = ctx.harness;
      Result base =
          h.measure(name(), "baseline: Lucene top 10 of the same query" + size, "queries", requests, r -> 0,
              r -> lucene.search(s.query(r), 10).scoreDocs.length);
      Result r =
          h.measure(name(), "Searcher.search (hits, snippets, facets)" + size, "queries", requests, q -> 0,
              q -> s.search(q).hits().size());
      out.add(base);
      out.add(r.compared(base.name(), base.p50Ms() / r.p50Ms()));
    }
    return out;
  }
}
