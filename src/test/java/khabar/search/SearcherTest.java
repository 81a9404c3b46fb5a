package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import khabar.tag.EntityType;
import org.apache.lucene.index.IndexNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearcherTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    Newsroom.write(dir);
    searcher = new Searcher(dir, Newsroom.GAZETTEER);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static SearchRequest.Builder request() {
    return new SearchRequest.Builder();
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  static List<String> ids(SearchRequest r) throws IOException {
    SearchResult res = searcher.search(r);
    assertEquals(res.hits().size(), res.total(), "the page holds every hit");
    return ids(res);
  }

  static List<String> sorted(String... ids) {
    return Arrays.stream(ids).filter(s -> !s.isEmpty()).sorted().toList();
  }

  static List<String> sortedIds(SearchRequest r) throws IOException {
    return ids(r).stream().sorted().toList();
  }

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          إنفيديا                         | n1 n2 n3
          انفيديا                         | n1 n2 n3
          الرقائق                         | n1 n3 n4
          رقائق                           | n1 n3 n4
          والرقائق                        | n1 n3 n4
          الذكاء                          | n3
          "مراكز البيانات"                | n2 n3
          "البيانات مراكز"                | ''
          إنفيديا AND هواوي               | n2
          هواوي OR ترامب                  | n2 n4
          إنفيديا NOT هواوي               | n1 n3
          إنفيديا -هواوي                  | n1 n3
          إنفيديا هواوي                   | n2
          (هواوي OR ترامب) AND الخليج     | n4
          الشرك*                          | n1 n2 n4
          شرك*                            | n1 n2 n4
          هوا*                            | n2
          title:الصين                     | n1
          body:الصين                      | n1 n4
          source:marsad.example           | n1 n3
          source:"مرصد التقنية"           | n1 n3
          entity:nvidia                   | n1 n2 n3
          entity:إنفيديا                  | n1 n2 n3
          entity:NVIDIA                   | n1 n2 n3
          company:huawei                  | n2
          person:"Sam Altman"             | n3
          type:CHIP                       | n1 n2
          type:money                      | n1 n2 n3 n5
          غيرموجود                        | ''
          """)
  void queryLanguage(String query, String expected) throws IOException {
    assertEquals(sorted(expected.split(" ")), sortedIds(request().query(query).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nvidia", "Nvidia", "NVIDIA", "إنفيديا", "انفيديا", "نفيديا", "NVIDIA Corp"})
  void anEntityIsFoundByAnySpellingInAnyScript(String name) throws IOException {
    assertEquals(List.of("n1", "n2", "n3"), sortedIds(request().entity(name).build()));
  }

  @Test
  void severalEntitiesMustAllBeMentioned() throws IOException {
    assertEquals(List.of("n2"), sortedIds(request().entity("هواوي").entity("Nvidia").build()));
    assertEquals(List.of("n3"), sortedIds(request().entity("سام ألتمان").entity("إنفيديا").build()));
    assertEquals(List.of(), sortedIds(request().entity("huawei").entity("openai").build()));
  }

  @Test
  void typesFilter() throws IOException {
    assertEquals(List.of("n1", "n2"), sortedIds(request().type(EntityType.CHIP).build()));
    assertEquals(List.of("n3", "n4", "n5"), sortedIds(request().type(EntityType.PERSON).build()));
    assertEquals(List.of("n3"), sortedIds(request().type(EntityType.PERSON).type(EntityType.COMPANY).build()));
  }

  @ParameterizedTest(name = "{0} … {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          2025-03-01T00:00:00Z | 2025-03-31T23:59:59Z | n1 n2
          2025-03-22T12:00:00Z | 2025-04-02T08:00:00Z | n2 n3
          2025-04-01T00:00:00Z |                      | n3 n4
                               | 2025-03-15T00:00:00Z | n1
          2026-01-01T00:00:00Z |                      | ''
          """)
  void dateRangesAreInclusiveAndSkipUndatedArticles(String from, String to, String expected) throws IOException {
    SearchRequest r =
        request().from(from == null ? null : Instant.parse(from)).to(to == null ? null : Instant.parse(to)).build();
    assertEquals(sorted(expected.split(" ")), sortedIds(r));
  }

  @ParameterizedTest(name = "{0} … {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          1e9     |         | n2 n3
                  | 1e7     | n5
          2.5e8   | 2.5e8   | n1
          2.5e9   | 2.6e9   | n2
          3.1e9   | 3.9e10  | ''
          1e6     | 1e12    | n1 n2 n3 n5
          """)
  void dollarFiltersMatchAnyFigureOverlappingTheRange(Double min, Double max, String expected) throws IOException {
    assertEquals(sorted(expected.split(" ")), sortedIds(request().usd(min, max).build()));
  }

  @Test
  void sourceFilterTakesSiteNameOrHost() throws IOException {
    assertEquals(List.of("n1", "n3"), sortedIds(request().source("مرصد التقنية").build()));
    assertEquals(List.of("n1", "n3"), sortedIds(request().source("marsad.example").build()));
    assertEquals(List.of("n1", "n3"), sortedIds(request().source("https://www.marsad.example/").build()));
    assertEquals(List.of(), sortedIds(request().source("nowhere.example").build()));
  }

  @Test
  void dateSortIsNewestFirstWithUndatedLast() throws IOException {
    assertEquals(List.of("n4", "n3", "n2", "n1", "n5"), ids(request().sort(SearchRequest.Sort.DATE).build()));
  }

  @Test
  void relevanceRanksTitleMatchesFirst() throws IOException {
    // n1 names China in its title and body, n2 and n4 in the body only
    assertEquals("n1", ids(request().query("الصين").build()).get(0));
  }

  @Test
  void pagesWithLimitAndOffset() throws IOException {
    SearchResult page = searcher.search(request().sort(SearchRequest.Sort.DATE).limit(2).offset(1).build());
    assertEquals(5, page.total());
    assertEquals(List.of("n3", "n2"), ids(page));
    SearchResult past = searcher.search(request().limit(2).offset(9).build());
    assertEquals(5, past.total());
    assertEquals(List.of(), ids(past));
  }

  @Test
  void duplicatesAreHiddenUnlessAskedFor() throws IOException {
    assertEquals(List.of("n1"), sortedIds(request().query("H800").build()));
    SearchResult all = searcher.search(request().query("H800").includeDuplicates(true).build());
    assertEquals(List.of("n1", "n6"), ids(all).stream().sorted().toList());
    Hit copy = all.hits().stream().filter(h -> h.id().equals("n6")).findFirst().orElseThrow();
    assertEquals("n1", copy.duplicateOf());
    assertEquals(7, searcher.search(request().includeDuplicates(true).build()).total());
    SearchResult n4 = searcher.search(request().entity("ترامب").includeDuplicates(true).sort(SearchRequest.Sort.DATE).build());
    assertEquals(List.of("n7", "n4"), ids(n4));
    assertEquals("n4", n4.hits().get(0).duplicateOf());
    assertNull(n4.hits().get(1).duplicateOf());
  }

  @Test
  void facetsCountEveryMatchExactly() throws IOException {
    SearchResult r = searcher.search(request().limit(1).build());
    Map<String, Map<String, Integer>> f = r.facets();
    assertEquals(List.of("company", "chip", "person", "source", "month", "year"), List.copyOf(f.keySet()));
    assertEquals(Map.of("nvidia", 3, "huawei", 1, "openai", 1), f.get("company"));
    assertEquals(List.of("nvidia", "huawei", "openai"), List.copyOf(f.get("company").keySet()));
    assertEquals(Map.of("h800", 1, "ascend-910b", 1), f.get("chip"));
    assertEquals(Map.of("sam-altman", 1, "donald-trump", 1, "liang-wenfeng", 1), f.get("person"));
    assertEquals(Map.of("مرصد التقنية", 2, "بوابة الرقائق", 1, "الخليج الرقمي", 1), f.get("source"));
    assertEquals(List.of("2025-03", "2025-04", "2025-05"), List.copyOf(f.get("month").keySet()));
    assertEquals(Map.of("2025-03", 2, "2025-04", 1, "2025-05", 1), f.get("month"));
    assertEquals(Map.of("2025", 4), f.get("year"));
  }

  @Test
  void facetsFollowTheFiltersAndDuplicates() throws IOException {
    Map<String, Map<String, Integer>> f = searcher.search(request().entity("nvidia").build()).facets();
    assertEquals(Map.of("nvidia", 3, "huawei", 1, "openai", 1), f.get("company"));
    assertEquals(Map.of("2025-03", 2, "2025-04", 1), f.get("month"));
    Map<String, Map<String, Integer>> withCopies =
        searcher.search(request().entity("nvidia").includeDuplicates(true).build()).facets();
    assertEquals(Map.of("nvidia", 4, "huawei", 1, "openai", 1), withCopies.get("company"));
    assertEquals(Map.of("مرصد التقنية", 2, "بوابة الرقائق", 1, "الخليج الرقمي", 1), withCopies.get("source"));
  }

  @Test
  void snippetsMarkTheOriginalCharactersOfEachMatch() throws IOException {
    Hit n3 = searcher.search(request().query("الذكاء").build()).hits().get(0);
    assertEquals(List.of("الذَّكاءَ"), n3.snippet().marked());
    Hit n4 = searcher.search(request().query("الرقائق").build()).hits().get(0);
    assertEquals(List.of("الرقـــائق"), n4.snippet().marked());
    Hit n2 = searcher.search(request().query("إنفيديا").entity("huawei").build()).hits().get(0);
    assertEquals(List.of("انفيديا"), n2.snippet().marked());
    assertEquals(
        "وقال مسؤول إن الشريحة تنافس منتجات ⟦انفيديا⟧ في مراكز البيانات.", n2.snippet().render("⟦", "⟧"));
  }

  @Test
  void phraseSnippetsMarkThePhraseAsOne() throws IOException {
    SearchResult r = searcher.search(request().query("\"مراكز البيانات\"").build());
    assertEquals(2, r.hits().size());
    for (Hit h : r.hits()) assertEquals(List.of("مراكز البيانات"), h.snippet().marked(), h.id());
  }

  @Test
  void entityOnlySearchesShowTheFirstMentionOfTheEntity() throws IOException {
    Hit n3 = searcher.search(request().entity("Sam Altman").build()).hits().get(0);
    assertEquals(List.of("سام ألتمان"), n3.snippet().marked());
    assertTrue(n3.snippet().text().startsWith("جمعت أوبن إيه آي"), n3.snippet().text());
    Hit viaField = searcher.search(request().query("entity:هواوي").build()).hits().get(0);
    assertEquals(List.of("هواوي"), viaField.snippet().marked());
  }

  @Test
  void searchesWithoutWordsOrEntitiesShowTheLead() throws IOException {
    Hit n5 = searcher.search(request().query("").source("").type(EntityType.PERSON).sort(SearchRequest.Sort.DATE).build())
        .hits().get(2);
    assertEquals("n5", n5.id());
    assertEquals(List.of(), n5.snippet().marks());
    assertEquals(Newsroom.N5_BODY, n5.snippet().text());
  }

  @Test
  void hitsCarryTheirFieldsAndEntities() throws IOException {
    Hit n3 = searcher.search(request().query("تمويلاً").build()).hits().get(0);
    assertEquals("n3", n3.id());
    assertEquals("https://marsad.example/2025/04/openai-round", n3.url());
    assertEquals("أوبن إيه آي تجمع تمويلاً جديداً", n3.title());
    assertEquals(Instant.parse("2025-04-02T08:00:00Z"), n3.published());
    assertEquals("مرصد التقنية", n3.source());
    assertEquals(List.of("openai", "sam-altman", "nvidia"), n3.entities());
    assertTrue(n3.score() > 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          إنفيديا AND                 | cannot parse query 'إنفيديا AND' at the end: the query ends too early
          "مراكز البيانات             | cannot parse query '"مراكز البيانات': Lexical error
          إنفيديا )                   | cannot parse query 'إنفيديا )' at column 9: unexpected ')'
          country:cn                  | cannot parse query 'country:cn': unknown field 'country'
          entity:كوكاكولا             | cannot parse query 'entity:كوكاكولا': no entity named 'كوكاكولا' in the gazetteers
          *فيديا                      | cannot parse query '*فيديا': '*' or '?' not allowed as first character
          """)
  void badQueriesSayWhatAndWhere(String query, String message) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search(request().query(query).build()));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void anUnknownEntityNameIsTakenAsAnIdInRequestsAndRefusedByResolve() throws IOException {
    assertEquals(0, searcher.search(request().entity("كوكاكولا").build()).total());
    assertEquals(List.of("n4"), sortedIds(request().entity("Donald-Trump").build()));
    UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> searcher.resolve("كوكاكولا"));
    assertEquals("no entity named 'كوكاكولا' in the gazetteers", e.getMessage());
    assertEquals("donald-trump", searcher.resolve("ترامب"));
  }

  @Test
  void badRangesAreRefusedWhenTheRequestIsMade() {
    assertThrows(IllegalArgumentException.class,
        () -> request().from(Instant.parse("2025-05-01T00:00:00Z")).to(Instant.parse("2025-04-01T00:00:00Z")).build());
    assertThrows(IllegalArgumentException.class, () -> request().usd(5e9, 1e9).build());
  }

  @Test
  void aMissingIndexIsReportedAsSuch(@TempDir Path empty) {
    assertThrows(IndexNotFoundException.class, () -> new Searcher(empty.resolve("nothing"), null));
    IndexNotFoundException e = assertThrows(IndexNotFoundException.class, () -> new Searcher(empty, null));
    assertEquals("no index in " + empty, e.getMessage());
  }
}
