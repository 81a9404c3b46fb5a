package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityCountsTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    searcher = TestIndex.build(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static List<String> rows(SearchRequest r, MentionFilter f, Period p, EntityCounts.Rank rank, int top) throws IOException {
    return new EntityCounts().count(searcher, r, f, p, rank, top).stream()
        .map(x -> String.join(" ", x.values().stream().map(String::valueOf).toList()))
        .toList();
  }

  @Test
  void overallTopEntitiesPerTypeByArticles() throws IOException {
    assertEquals(
        List.of(
            "all COMPANY nvidia Nvidia إنفيديا 2 3",
            "all COMPANY deepseek DeepSeek ديب سيك 1 1",
            "all COMPANY huawei Huawei هواوي 1 1",
            "all COMPANY openai OpenAI أوبن إيه آي 1 1",
            "all CHIP ascend-910b Ascend 910B أسيند 910 بي 1 1",
            "all CHIP h800 H800  1 1",
            "all PERSON sam-altman Sam Altman سام ألتمان 2 2"),
        rows(SearchRequest.of(""), MentionFilter.ALL, Period.ALL, EntityCounts.Rank.ARTICLES, 20));
  }

  @Test
  void perMonthIsATimeSeriesWithUndatedLast() throws IOException {
    assertEquals(
        List.of(
            "2025-01 COMPANY nvidia Nvidia إنفيديا 1 2",
            "2025-01 COMPANY deepseek DeepSeek ديب سيك 1 1",
            "2025-01 CHIP h800 H800  1 1",
            "2025-01 PERSON sam-altman Sam Altman سام ألتمان 1 1",
            "2025-02 COMPANY nvidia Nvidia إنفيديا 1 1",
            "2025-02 COMPANY openai OpenAI أوبن إيه آي 1 1",
            "2025-02 PERSON sam-altman Sam Altman سام ألتمان 1 1",
            "undated COMPANY huawei Huawei هواوي 1 1",
            "undated CHIP ascend-910b Ascend 910B أسيند 910 بي 1 1"),
        rows(SearchRequest.of(""), MentionFilter.ALL, Period.MONTH, EntityCounts.Rank.ARTICLES, 20));
  }

  @Test
  void topLimitsEachTypeAndPeriod() throws IOException {
    assertEquals(
        List.of(
            "all COMPANY nvidia Nvidia إنفيديا 2 3",
            "all CHIP ascend-910b Ascend 910B أسيند 910 بي 1 1",
            "all PERSON sam-altman Sam Altman سام ألتمان 2 2"),
        rows(SearchRequest.of(""), MentionFilter.ALL, Period.ALL, EntityCounts.Rank.MENTIONS, 1));
  }

  @Test
  void filtersSelectArticlesAndNameTheEntitiesToCount() throws IOException {
    SearchRequest nvidiaSince =
        new SearchRequest("", List.of("Nvidia"), null, Instant.parse("2025-02-01T00:00:00Z"), null, null, null, null, null, 1, 0);
    assertEquals(
        List.of("2025-W06 COMPANY nvidia Nvidia إنفيديا 1 1"),
        rows(nvidiaSince, MentionFilter.of(nvidiaSince, TestIndex.GAZETTEER), Period.WEEK, EntityCounts.Rank.ARTICLES, 20));
    assertEquals(
        List.of("all CHIP ascend-910b Ascend 910B أسيند 910 بي 1 1", "all CHIP h800 H800  1 1"),
        rows(SearchRequest.of(""), new MentionFilter(Set.of(), Set.of(EntityType.CHIP), null, null), Period.ALL,
            EntityCounts.Rank.ARTICLES, 20));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ALL   | 2025-01-27T10:00:00Z | all
          DAY   | 2025-01-27T23:59:59Z | 2025-01-27
          WEEK  | 2025-01-27T10:00:00Z | 2025-W05
          WEEK  | 2024-12-30T00:00:00Z | 2025-W01
          WEEK  | 2021-01-03T00:00:00Z | 2020-W53
          MONTH | 2025-02-03T08:30:00Z | 2025-02
          MONTH | ''                   | undated
          ALL   | ''                   | all
          """)
  void periodKeys(Period p, String when, String expected) {
    assertEquals(expected, p.key(when.isEmpty() ? null : Instant.parse(when)));
  }
}
