package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import khabar.extract.Article;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.money.Qualifier;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoneyReportTest {
  @TempDir static Path dir;
  static Searcher searcher;

  /** The test index plus a later, smaller figure, so amount and date order differ. */
  @BeforeAll
  static void build() throws IOException {
    String text = "أنفقت إنفيديا 2 مليون دولار فقط على التسويق. وقال ألتمان ذلك.";
    TestIndex.Mentions m = new TestIndex.Mentions(text);
    m.entity("إنفيديا", EntityType.COMPANY, "nvidia", "Nvidia", "إنفيديا");
    m.money("2 مليون دولار", Money.of(new BigDecimal("2000000"), "USD", Qualifier.EXACT));
    m.entity("ألتمان", EntityType.PERSON, "sam-altman", "Sam Altman", "سام ألتمان");
    Article a4 =
        new Article("https://example.com/a4", "example.com", "إنفيديا تنفق", text, Instant.parse("2025-03-01T00:00:00Z"),
            "", "ar", null);
    List<TaggedArticle> all = new ArrayList<>(TestIndex.articles());
    all.add(new TaggedArticle("a4", a4, m.list, "h4", "g1"));
    TestIndex.write(dir, all);
    searcher = new Searcher(dir, TestIndex.GAZETTEER);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static List<String> brief(List<MoneyReport.Figure> figures) {
    return figures.stream()
        .map(f -> f.articleId() + " " + f.money().label() + " " + f.money().qualifier() + " "
            + f.entities().stream().map(e -> e.id()).toList())
        .toList();
  }

  @Test
  void largestFirstWithTheEntitiesOfTheSameSentence() throws IOException {
    assertEquals(
        List.of(
            "a2 100000000 USD APPROX [openai, nvidia]",
            "a1 5600000 USD EXACT [sam-altman]",
            "a4 2000000 USD EXACT [nvidia]"),
        brief(new MoneyReport().figures(searcher, SearchRequest.of(""), MentionFilter.ALL, MoneyReport.Sort.AMOUNT)));
  }

  @Test
  void newestFirst() throws IOException {
    assertEquals(
        List.of(
            "a4 2000000 USD EXACT [nvidia]",
            "a2 100000000 USD APPROX [openai, nvidia]",
            "a1 5600000 USD EXACT [sam-altman]"),
        brief(new MoneyReport().figures(searcher, SearchRequest.of(""), MentionFilter.ALL, MoneyReport.Sort.DATE)));
  }

  @Test
  void aDollarRangeKeepsOnlyTheFiguresInsideIt() throws IOException {
    SearchRequest r = new SearchRequest("", null, null, null, null, null, 3_000_000d, 10_000_000d, null, 1, 0);
    assertEquals(
        List.of("a1 5600000 USD EXACT [sam-altman]"),
        brief(new MoneyReport().figures(searcher, r, new MentionFilter(Set.of(), Set.of(), 3_000_000d, 10_000_000d),
            MoneyReport.Sort.AMOUNT)));
  }

  @Test
  void aRowHasTheArticleTheFigureAndItsSentence() throws IOException {
    MoneyReport.Figure f =
        new MoneyReport().figures(searcher, SearchRequest.of(""), MentionFilter.ALL, MoneyReport.Sort.AMOUNT).get(0);
    assertEquals(
        java.util.Arrays.asList(
            "a2", "https://other.net/a2", TestIndex.A2_TITLE, Instant.parse("2025-02-03T08:30:00Z"), "other.net", "نحو 100 مليون دولار",
            new BigDecimal("100000000"), new BigDecimal("100000000"), new BigDecimal("100000000"), "APPROX",
            "استثمرت OpenAI نحو 100 مليون دولار مع إنفيديا.", List.of("OpenAI", "Nvidia"), List.of(), List.of(),
            List.of("openai", "nvidia")),
        f.values());
    assertEquals(MoneyReport.COLUMNS.size(), f.values().size());
  }
}
