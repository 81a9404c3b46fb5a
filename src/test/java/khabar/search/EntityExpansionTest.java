package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entity expansion (docs/SEARCH.md): plain words that name an entity in any spelling find every
 * article that mentions it, ambiguous names only when the query or the index says so.
 *
 * <pre>
 * e1 Latin "Nvidia"            nvidia          e6 "سام ألتمان", "ألتمان"   sam-altman
 * e2 Arabic "إنفيديا"          nvidia          e7 Latin "Sam Altman"        sam-altman
 * e3 "نفيديا"                  nvidia          e8 "شركة إكس"                x-corp (ambiguous name)
 * e4 "إتش 800"                 h800            e9 "أشعة إكس"                none: the ordinary word
 * e5 Latin "H800"              h800            e10 "شركة X Corp"            x-corp
 * </pre>
 */
class EntityExpansionTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    List<TaggedArticle> all =
        List.of(
            piece("e1", "Nvidia posts record revenue", "Nvidia reported record revenue from data centres this quarter.")
                .entity("Nvidia", "nvidia").done(),
            piece("e2", "أرباح قياسية", "أعلنت إنفيديا أرباحاً قياسية من مراكز البيانات.").entity("إنفيديا", "nvidia").done(),
            piece("e3", "طلب متزايد", "قالت نفيديا إن الطلب على الحوسبة يتزايد.").entity("نفيديا", "nvidia").done(),
            piece("e4", "شحنات جديدة", "وصلت شحنة من رقائق إتش 800 إلى المختبر.").entity("إتش 800", "h800").done(),
            piece("e5", "Shipments", "A shipment of H800 parts arrived at the lab.").entity("H800", "h800").done(),
            piece("e6", "مقابلة", "قال سام ألتمان إن النماذج تتحسن. وأضاف ألتمان أن الكلفة تنخفض.")
                .entity("سام ألتمان", "sam-altman").entity("ألتمان", "sam-altman").done(),
            piece("e7", "Interview", "Sam Altman said the models keep improving.").entity("Sam Altman", "sam-altman").done(),
            piece("e8", "ميزة جديدة", "أعلنت شركة إكس عن ميزة جديدة للمشتركين.").entity("إكس", "x-corp").done(),
            piece("e9", "فحص طبي", "استخدم الأطباء أشعة إكس لفحص المرضى.").done(),
            piece("e10", "مستخدمون", "قالت شركة X Corp إن عدد المستخدمين ارتفع.").entity("X Corp", "x-corp").done());
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (TaggedArticle t : all) index.upsert(t);
      index.commit();
    }
    searcher = new Searcher(dir, Newsroom.GAZETTEER);
  }

  private static Newsroom.Piece piece(String id, String title, String body) {
    return new Newsroom.Piece(id, "https://example.com/" + id, "مصدر", title, body, "2025-06-01T00:00:00Z");
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static SearchResult run(String q, boolean expand) throws IOException {
    return searcher.search(new SearchRequest.Builder().query(q).limit(50).expand(expand).build());
  }

  static List<String> sorted(String ids) {
    return Arrays.stream(ids.split(" ")).filter(s -> !s.isBlank()).sorted().toList();
  }

  static List<String> hits(SearchResult r) {
    return r.hits().stream().map(Hit::id).sorted().toList();
  }

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Nvidia              | e1 e2 e3
          NVIDIA              | e1 e2 e3
          إنفيديا             | e1 e2 e3
          انفيديا             | e1 e2 e3
          نفيديا              | e1 e2 e3
          "NVIDIA Corp"       | e1 e2 e3
          company:nvidia      | e1 e2 e3
          H800                | e4 e5
          h800                | e4 e5
          H٨٠٠                | e4 e5
          إتش 800             | e4 e5
          "اتش 800"           | e4 e5
          Sam Altman          | e6 e7
          سام ألتمان          | e6 e7
          "Sam Altman"        | e6 e7
          ألتمان              | e6 e7
          شركة إكس            | e8 e10
          X Corp              | e8 e10
          إكس                 | e8 e9
          title:Nvidia        | e1
          Nvid*               | e1
          Nvidia OR H800      | e1 e2 e3 e4 e5
          Nvidia -إنفيديا     | ''
          الطلب Nvidia        | e3
          """)
  void plainWordsFindEverySpellingOfTheirEntity(String query, String expected) throws IOException {
    assertEquals(sorted(expected), hits(run(query, true)));
  }

  @ParameterizedTest(name = "--no-expand [{0}] → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Nvidia              | e1
          إنفيديا             | e2
          H800                | e5
          إتش 800             | e4
          Sam Altman          | e7
          شركة إكس            | e8
          """)
  void withoutExpansionOnlyTheTextMatches(String query, String expected) throws IOException {
    SearchResult r = run(query, false);
    assertEquals(sorted(expected), hits(r));
    assertEquals(List.of(), r.expanded());
  }

  @Test
  void eachHitSaysWhyItMatched() throws IOException {
    Map<String, Hit.Match> why = new TreeMap<>();
    for (Hit h : run("Nvidia", true).hits()) why.put(h.id(), h.matched());
    assertEquals(Map.of("e1", Hit.Match.BOTH, "e2", Hit.Match.ENTITY, "e3", Hit.Match.ENTITY), why);
    for (Hit h : run("Nvidia", false).hits()) assertEquals(Hit.Match.TEXT, h.matched());
    for (Hit h : searcher.search(new SearchRequest.Builder().entity("nvidia").build()).hits()) {
      assertEquals(null, h.matched(), "no query words, no reason");
    }
  }

  @Test
  void anEntityOnlyHitIsMarkedAtItsMention() throws IOException {
    Hit e2 = run("Nvidia", true).hits().stream().filter(h -> h.id().equals("e2")).findFirst().orElseThrow();
    assertEquals(List.of("إنفيديا"), e2.snippet().marked());
  }

  @Test
  void theResultNamesTheEntitiesItWidenedTo() throws IOException {
    assertEquals(List.of("nvidia", "h800"), run("Nvidia OR \"إتش 800\"", true).expanded());
  }

  /** Rule 2: an ambiguous name with an ordinary sense in the index stays text without a cue. */
  @Test
  void anAmbiguousNameWithAnOrdinarySenseDoesNotExpand() throws IOException {
    assertEquals(List.of(), run("إكس", true).expanded());
    assertEquals(List.of("x-corp"), run("شركة إكس", true).expanded(), "a cue of its type says so");
    assertEquals(List.of("sam-altman"), run("ألتمان", true).expanded(), "no article uses ألتمان otherwise");
  }

  @ParameterizedTest(name = "[{0}] suggests {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Nvidai     | Nvidia
          انفيدبا    | إنفيديا
          """)
  void didYouMeanOffersANameThatHasHits(String typo, String expected) throws IOException {
    SearchResult r = run(typo, true);
    assertEquals(0, r.total());
    assertEquals(expected, r.suggestions().getFirst());
    assertTrue(run(r.suggestions().getFirst(), true).total() > 0);
  }

  @Test
  void didYouMeanUsesTheIndexTermsToo() throws IOException {
    // the index holds the normalized term, without the attached article: للمشتركين → مشتركين
    assertEquals(List.of("مشتركين"), run("المشتركبن", true).suggestions());
  }

  @Test
  void aQueryWithHitsGetsNoSuggestions() throws IOException {
    assertEquals(List.of(), run("Nvidia", true).suggestions());
  }

  @Test
  void aRegularExpressionTooComplexToDeterminizeIsOneLineOfError() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> run("/[ac]*a[ac]{50,200}/", true));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains("too complex"), e.getMessage());
  }
}
