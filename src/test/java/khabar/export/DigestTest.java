package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTest {
  @TempDir static Path dir;
  static Searcher searcher;
  static final Instant NOW = Instant.parse("2025-03-01T06:00:00Z");
  static final Trend.Series NVIDIA = TrendTest.NVIDIA;
  static final Trend.Series ALTMAN = TrendTest.ALTMAN;

  @BeforeAll
  static void build() throws IOException {
    searcher = TestIndex.build(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static Digest.Report digest(Instant since, Set<String> reported) throws IOException {
    return new Digest(searcher).make(List.of(NVIDIA, ALTMAN), List.of("OpenAI"), 1_000_000d, since, reported, NOW);
  }

  static List<String> ids(List<Digest.Item> items) {
    return items.stream().map(Digest.Item::id).toList();
  }

  static List<String> labels(List<Digest.Named> names) {
    return names.stream().map(Digest.Named::label).toList();
  }

  @Test
  void aFirstRunReportsEveryArticleOfTheWatchedEntitiesNewestFirst() throws IOException {
    Digest.Report r = digest(null, Set.of());
    Digest.EntitySection nvidia = r.entities().get(0);
    assertEquals(2, nvidia.newArticles());
    assertEquals(List.of("a2", "a1"), ids(nvidia.articles()));
    // the snippet is the sentence of the first mention, the mention marked
    assertEquals("استثمرت OpenAI نحو 100 مليون دولار مع ⟦إنفيديا⟧.", nvidia.articles().get(0).snippet().render("⟦", "⟧"));
    assertEquals("باعت ⟦إنفيديا⟧ رقائق H800 لشركة ديب سيك.", nvidia.articles().get(1).snippet().render("⟦", "⟧"));
    // only the figure in a sentence naming Nvidia
    assertEquals(1, nvidia.money().size());
    assertEquals(new BigDecimal("100000000"), nvidia.money().get(0).money().usd());
    assertEquals(List.of("أوبن إيه آي", "سام ألتمان", "H800", "ديب سيك"), labels(nvidia.newlyWith()));
    assertEquals(List.of("2025-01", "2025-02"), nvidia.trend().periods());
    assertEquals(List.of("a2", "a1"), ids(r.entities().get(1).articles()));
    assertEquals(List.of("a2"), ids(r.queries().get(0).articles()));
    assertEquals(Set.of("a1", "a2"), r.newIds());
  }

  @Test
  void aSecondRunWithTheStateReportsNothing() throws IOException {
    Digest.Report first = digest(null, Set.of());
    DigestState state = DigestState.EMPTY.after(first);
    Digest.Report second = digest(null, state.reported());
    assertTrue(second.isEmpty());
    assertEquals(0, second.entities().get(0).newArticles());
    assertEquals(0, second.queries().get(0).newArticles());
    assertEquals(NOW, state.lastRun());
  }

  @Test
  void aCutOffKeepsOlderArticlesAsTheBackgroundForNewPairs() throws IOException {
    Digest.Report r = digest(Instant.parse("2025-02-01T00:00:00Z"), Set.of());
    Digest.EntitySection nvidia = r.entities().get(0);
    assertEquals(List.of("a2"), ids(nvidia.articles()));
    // Altman was already named beside Nvidia in a1 (older): only OpenAI is new beside it
    assertEquals(List.of("أوبن إيه آي"), labels(nvidia.newlyWith()));
  }

  @Test
  void aDollarFloorDropsSmallerFigures() throws IOException {
    Digest.Report r =
        new Digest(searcher).make(List.of(NVIDIA), List.of(), 200_000_000d, null, Set.of(), NOW);
    assertEquals(List.of(), r.entities().get(0).money());
  }

  @Test
  void thePageIsRightToLeftEscapedAndScriptFree() throws IOException {
    String html = DigestPage.html(digest(null, Set.of()));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + DigestPage.CSP + "\">"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains(TestIndex.A2_TITLE), "the formula title is escaped");
    assertTrue(html.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;انقر&quot;)"));
    assertTrue(html.contains("<a href=\"https://other.net/a2\">"));
    assertTrue(html.contains("<h2>إنفيديا <span class=\"meta\" dir=\"ltr\">Nvidia</span></h2>"));
    assertTrue(html.contains("<mark>إنفيديا</mark>"));
    assertTrue(html.contains("<h3>أرقام مالية جديدة</h3>"));
    assertTrue(html.contains("<title>عدد المقالات حسب الشهر</title>"), "the trend chart is inline");
    assertTrue(html.contains("<section>\n<h2>بحث: <bdi>OpenAI</bdi></h2>"));
  }

  @Test
  void thePageSaysWhenNothingIsNew() throws IOException {
    Digest.Report none = digest(null, Set.of("a1", "a2", "a3"));
    assertTrue(DigestPage.html(none).contains("<p class=\"empty\">" + DigestPage.NOTHING_NEW + "</p>"));
    assertTrue(DigestPage.markdown(none).contains(DigestPage.NOTHING_NEW));
  }

  @Test
  void markdownListsArticlesWithLinksAndSnippets() throws IOException {
    String md = DigestPage.markdown(digest(null, Set.of()));
    assertTrue(md.contains("## إنفيديا\n\n2 مقال جديد\n\n"), md);
    assertTrue(md.contains("- [إنفيديا تبيع رقائق H800 لديب سيك](https://example.com/a1) — example.com، \u20662025-01-27\u2069\n"
        + "  > باعت **إنفيديا** رقائق H800 لشركة ديب سيك.\n"), md);
    assertTrue(md.contains("- **نحو 100 مليون دولار** (100,000,000 دولار)\n"), md);
  }

  @Test
  void onlyWebLinksAreFollowed() {
    assertEquals("https://a.example/x", DigestPage.safeUrl(" https://a.example/x"));
    assertEquals("#", DigestPage.safeUrl("javascript:alert(1)"));
    assertEquals("#", DigestPage.safeUrl("file:///etc/passwd"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          entitiy nvidia              | w.txt:2: unknown keyword 'entitiy' (expected entity, query or min-usd)
          entity                      | w.txt:2: 'entity' has no value
          min-usd lots                | w.txt:2: min-usd: not an amount: 'lots'
          # nothing                   | w.txt: a watchlist names no entity and no query
          """)
  void watchlistErrorsNameTheFileAndLine(String line, String message) {
    String text = line.startsWith("#") ? "# a comment\n" + line : "# a comment\n" + line;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Watchlist.parse(text, "w.txt"));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aWatchlistReadsEntitiesQueriesAndAFloor() {
    Watchlist w = Watchlist.parse("# x\nentity  nvidia\n\nentity\tهواوي\nquery \"مراكز البيانات\" AND السعودية\nmin-usd 1,000,000\n", "w");
    assertEquals(List.of("nvidia", "هواوي"), w.entities());
    assertEquals(List.of("\"مراكز البيانات\" AND السعودية"), w.queries());
    assertEquals(1_000_000d, w.minUsd());
    assertEquals(
        "w:3: min-usd is given twice",
        assertThrows(IllegalArgumentException.class, () -> Watchlist.parse("entity a\nmin-usd 1\nmin-usd 2", "w"))
            .getMessage());
  }

  @Test
  void seriesOfAnyTypeButMoney() {
    assertThrows(IllegalArgumentException.class, () -> new Trend.Series("usd:1", EntityType.MONEY, "", ""));
  }
}
