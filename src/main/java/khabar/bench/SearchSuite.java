package khabar.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.apache.lucene.search.IndexSearcher;

/**
 * Search latency p50/p95/p99 on the generated index ({@link SearchIndex}) through {@link
 * Searcher#search} (hits, snippets, facets), against Lucene alone running the same query for the
 * top 10 ids. The whole mix is compared with the baseline; then each kind of request is measured on
 * its own (one word, two words, a phrase, a boolean query, a prefix, an entity, an entity with a
 * word, an entity with a dollar floor, newest first), since they cost very differently.
 */
final class SearchSuite implements Suite {
  private static final String[] WORDS = {"الرقائق", "الطلب", "الاستثمار", "التصدير", "الشركة", "السوق"};
  private static final String[] PAIRS = {"مراكز البيانات", "الذكاء الاصطناعي", "أشباه الموصلات", "الطلب الرقائق"};
  private static final String[] ENTITIES = {"nvidia", "huawei", "openai", "tsmc"};

  @Override
  public String name() {
    return "search";
  }

  /** The requests of each kind, in a fixed order. */
  static Map<String, List<SearchRequest>> requestsByKind() {
    Map<String, List<SearchRequest>> out = new LinkedHashMap<>();
    List<SearchRequest> words = new ArrayList<>();
    for (String w : WORDS) words.add(SearchRequest.of(w));
    out.put("one word", words);
    List<SearchRequest> two = new ArrayList<>();
    List<SearchRequest> phrase = new ArrayList<>();
    for (String p : PAIRS) {
      two.add(SearchRequest.of(p));
      phrase.add(SearchRequest.of("\"" + p + "\""));
    }
    out.put("two words", two);
    out.put("phrase", phrase);
    out.put("boolean", List.of(SearchRequest.of("الاستثمار AND التصدير"), SearchRequest.of("الرقائق OR المعالجات"),
        SearchRequest.of("السوق NOT الصين")));
    out.put("prefix", List.of(SearchRequest.of("تمويل*"), SearchRequest.of("رقائ*"), SearchRequest.of("استثمار*")));
    List<SearchRequest> entity = new ArrayList<>();
    List<SearchRequest> entityWord = new ArrayList<>();
    List<SearchRequest> entityDollars = new ArrayList<>();
    for (int i = 0; i < ENTITIES.length; i++) {
      String e = ENTITIES[i];
      entity.add(new SearchRequest.Builder().entity(e).build());
      entityWord.add(new SearchRequest.Builder().query(WORDS[i]).entity(e).build());
      entityDollars.add(new SearchRequest("", List.of(e), null, null, null, null, 1e9, null, null, 10, 0));
    }
    out.put("entity", entity);
    out.put("entity + word", entityWord);
    out.put("entity + dollar floor", entityDollars);
    List<SearchRequest> byDate = new ArrayList<>();
    for (String w : WORDS) byDate.add(new SearchRequest.Builder().query(w).sort(SearchRequest.Sort.DATE).build());
    out.put("word, newest first", byDate);
    return out;
  }

  /** Every request of every kind. */
  static List<SearchRequest> requests() {
    return requestsByKind().values().stream().flatMap(List::stream).toList();
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
      // beyond 20,000 matches the facets above are estimated from a sample; this counts every match
      Result exact =
          h.measure(name(), "Searcher.search, facets counted exactly" + size, "queries", requests, q -> 0,
              q -> s.search(q.withExactFacets(true)).hits().size());
      out.add(base);
      out.add(r.compared(base.name(), base.p50Ms() / r.p50Ms()));
      out.add(exact.compared(base.name(), base.p50Ms() / exact.p50Ms()));
      for (Map.Entry<String, List<SearchRequest>> kind : requestsByKind().entrySet()) {
        out.add(h.measure(name(), "Searcher.search, " + kind.getKey(), "queries", kind.getValue(), q -> 0,
            q -> s.search(q).hits().size()));
      }
    }
    return out;
  }
}
