package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Totals and facets stay exact where the top hits stop counting, and across many segments. */
class SearchAtScaleTest {
  /** More matches than the top hits count before they start skipping. */
  private static final int ARTICLES = 1_250;

  @TempDir Path one;
  @TempDir Path many;
  @TempDir Path big;

  @Test
  void manySegmentsCountWhatOneSegmentCounts() throws IOException {
    Newsroom.write(one);
    try (ArticleIndex index = ArticleIndex.open(many)) {
      for (TaggedArticle t : Newsroom.all()) {
        index.upsert(t);
        index.commit(); // a segment each
      }
    }
    List<SearchRequest> requests =
        List.of(
            new SearchRequest.Builder().build(),
            new SearchRequest.Builder().includeDuplicates(true).build(),
            new SearchRequest.Builder().entity("nvidia").build(),
            new SearchRequest.Builder().query("الرقائق").build(),
            new SearchRequest.Builder().query("الشرك*").sort(SearchRequest.Sort.DATE).build());
    try (Searcher a = new Searcher(one, Newsroom.GAZETTEER);
        Searcher b = new Searcher(many, Newsroom.GAZETTEER)) {
      assertEquals(1, a.indexSearcher().getIndexReader().leaves().size());
      assertTrue(b.indexSearcher().getIndexReader().leaves().size() >= 5, "one segment per commit");
      for (SearchRequest r : requests) {
        SearchResult x = a.search(r);
        SearchResult y = b.search(r);
        assertEquals(x.total(), y.total(), r.toString());
        assertEquals(x.facets(), y.facets(), r.toString());
        assertEquals(ids(x), ids(y), r.toString());
      }
      Map<String, Map<String, Integer>> f = b.search(requests.getFirst()).facets();
      assertEquals(List.of("nvidia", "huawei", "openai"), List.copyOf(f.get("company").keySet()));
      assertEquals(Map.of("nvidia", 3, "huawei", 1, "openai", 1), f.get("company"));
      assertEquals(Map.of("مرصد التقنية", 2, "بوابة الرقائق", 1, "الخليج الرقمي", 1), f.get("source"));
    }
  }

  @Test
  void totalsAndFacetsStayExactBeyondWhatTheTopHitsCount() throws IOException {
    writeBig();
    try (Searcher s = new Searcher(big, Newsroom.GAZETTEER)) {
      SearchResult r = s.search(new SearchRequest.Builder().query("نتائج").build());
      assertEquals(ARTICLES, r.total());
      assertEquals(10, r.hits().size());
      assertEquals(Map.of("nvidia", ARTICLES), r.facets().get("company"));
      assertEquals(Map.of("مرصد التقنية", ARTICLES * 4 / 5, "بوابة الرقائق", ARTICLES / 5), r.facets().get("source"));
      assertEquals(ARTICLES, r.facets().get("month").values().stream().mapToInt(Integer::intValue).sum());

      SearchResult newest = s.search(new SearchRequest.Builder().query("نتائج").sort(SearchRequest.Sort.DATE).build());
      assertEquals(ARTICLES, newest.total());
      assertEquals(
          IntStream.range(0, 10).mapToObj(k -> "a" + (ARTICLES - 1 - k)).toList(), ids(newest), "the newest ten, in order");
    }
  }

  @Test
  void beyondTheSamplingThresholdFacetsAreEstimatedFromAnEvenSample() throws IOException {
    writeBig();
    try (Searcher s = new Searcher(big, Newsroom.GAZETTEER)) {
      SearchRequest words = new SearchRequest.Builder().query("نتائج").build();
      // 1,250 matches, above 1,000: counted on 250 of them, one from each stretch of 5 in index order
      s.sampling(new Facets.Sampling(1_000, 250));
      SearchResult r = s.search(words);
      assertEquals(ARTICLES, r.total(), "the total stays exact");
      assertEquals(250, r.facetsCounted());
      assertTrue(r.facetsApproximate());
      assertEquals(Map.of("nvidia", ARTICLES), r.facets().get("company"), "every sampled article, scaled by 5");
      Map<String, Integer> sources = r.facets().get("source");
      assertEquals(ARTICLES, sources.values().stream().mapToInt(Integer::intValue).sum(), "whole multiples of 5, summing to the total");
      for (int n : sources.values()) assertEquals(0, n % 5);
      // each stretch of 5 holds one article of بوابة الرقائق (every fifth), drawn with chance 1/5:
      // 250 ± 3 standard deviations of the scaled binomial (5 × √(250 × 0.2 × 0.8) ≈ 32)
      int portal = sources.get("بوابة الرقائق");
      assertTrue(portal >= 250 - 95 && portal <= 250 + 95, "estimate " + portal + " of 250");
      assertEquals(ARTICLES, r.facets().get("month").values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(r.facets(), s.search(words).facets(), "the same matches give the same sample");
      assertEquals(ids(s.search(words.withExactFacets(true))), ids(r), "sampling leaves the page alone");

      SearchResult exact = s.search(words.withExactFacets(true));
      assertEquals(ARTICLES, exact.facetsCounted());
      assertFalse(exact.facetsApproximate());
      assertEquals(Map.of("مرصد التقنية", ARTICLES * 4 / 5, "بوابة الرقائق", ARTICLES / 5), exact.facets().get("source"));

      s.sampling(new Facets.Sampling(ARTICLES, 250)); // not more matches than the threshold: exact
      SearchResult at = s.search(words);
      assertFalse(at.facetsApproximate());
      assertEquals(exact.facets(), at.facets());
    }
  }

  private void writeBig() throws IOException {
    Random random = new Random(7);
    Instant day = Instant.parse("2025-01-01T00:00:00Z");
    try (ArticleIndex index = ArticleIndex.open(big)) {
      for (int i = 0; i < ARTICLES; i++) {
        // distinct words, so that no article is taken for a copy of another
        String words = IntStream.range(0, 30).mapToObj(k -> "ك" + random.nextInt(1_000_000)).collect(Collectors.joining(" "));
        String body = "أعلنت إنفيديا نتائج جديدة. " + words + ".";
        String source = i % 5 == 0 ? "بوابة الرقائق" : "مرصد التقنية";
        index.upsert(
            new Newsroom.Piece("a" + i, "https://x.example/" + i, source, "خبر " + i, body, day.plusSeconds(3600L * i).toString())
                .entity("إنفيديا", "nvidia")
                .done());
      }
      index.commit();
    }
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }
}
