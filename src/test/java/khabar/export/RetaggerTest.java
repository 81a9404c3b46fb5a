package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetaggerTest {
  static final Tagger TAGGER = new Tagger(TestIndex.GAZETTEER);
  static final String STALE_TEXT = "باعت إنفيديا رقائق H800 لشركة هواوي. وقال سام ألتمان إن OpenAI ستشتري.";
  static final String CURRENT_TEXT = "هواوي تطلق Ascend 910B الجديدة.";

  /** One article tagged by an older gazetteer, one tagged by the current one. */
  static void build(Path dir) throws IOException {
    TestIndex.Mentions stale = new TestIndex.Mentions(STALE_TEXT);
    stale.entity("إنفيديا", EntityType.COMPANY, "nvidia", "Nvidia", "إنفيديا"); // still found
    stale.entity("لشركة", EntityType.COMPANY, "bogus", "Bogus", ""); // an alias since deleted
    stale.entity("هواوي", EntityType.COMPANY, "huawei-old", "Huawei", "هواوي"); // id since renamed
    Article a = new Article("https://example.com/s", "example.com", "قديم", STALE_TEXT,
        Instant.parse("2025-01-01T00:00:00Z"), "", "ar", null);
    Article b = new Article("https://example.com/c", "example.com", "حديث", CURRENT_TEXT, null, "", "ar", null);
    TestIndex.write(
        dir,
        List.of(
            new TaggedArticle("stale", a, stale.list, "hs", "old-version"),
            new TaggedArticle("current", b, TAGGER.tag(CURRENT_TEXT), "hc", TestIndex.GAZETTEER.version())));
  }

  static Retagger.Report retag(Path dir, boolean force, List<String> changes) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      return new Retagger(TAGGER, 1)
          .retag(index, force, c -> changes.add(String.join(" ", c.values().stream().map(String::valueOf).toList())));
    }
  }

  static List<String> stored(Path dir, String id) throws IOException {
    try (Searcher s = new Searcher(dir, TestIndex.GAZETTEER)) {
      List<String> out = new ArrayList<>();
      StoredArticles.forEach(
          s.indexSearcher(),
          s.query(SearchRequest.of("")),
          t -> {
            if (t.id().equals(id)) {
              out.add("version=" + t.gazetteerVersion());
              t.mentions().forEach(m -> out.add(m.id() + " " + m.start()));
            }
          });
      return out;
    }
  }

  static SearchRequest entity(String name) {
    return new SearchRequest("", List.of(name), null, null, null, null, null, null, null, 1, 0);
  }

  @Test
  void reportsAddedRemovedAndRelinkedMentionsAndUpdatesTheIndex(@TempDir Path dir) throws IOException {
    build(dir);
    List<String> changes = new ArrayList<>();
    Retagger.Report r = retag(dir, false, changes);
    assertEquals(
        List.of(
            "stale ADDED CHIP 19 23 H800 null h800",
            "stale REMOVED COMPANY 24 29 لشركة bogus null",
            "stale RELINKED COMPANY 30 35 هواوي huawei-old huawei",
            "stale ADDED PERSON 42 52 سام ألتمان null sam-altman",
            "stale ADDED COMPANY 56 62 OpenAI null openai"),
        changes);
    assertEquals(new Retagger.Report(2, 1, 1, 1, 3, 1, 1, List.of()), r);
    assertEquals(
        List.of("version=" + TestIndex.GAZETTEER.version(), "nvidia 5", "h800 19", "huawei 30", "sam-altman 42", "openai 56"),
        stored(dir, "stale"));
    try (Searcher s = new Searcher(dir, TestIndex.GAZETTEER)) {
      // the entity fields were rebuilt too: search finds the new links and not the old ones
      assertEquals(2, s.search(entity("huawei")).total());
      assertEquals(0, s.search(entity("bogus")).total());
      assertEquals(1, s.search(entity("سام ألتمان")).total());
    }
  }

  @Test
  void aSecondRunFindsEverythingCurrentAndChangesNothing(@TempDir Path dir) throws IOException {
    build(dir);
    retag(dir, false, new ArrayList<>());
    List<String> changes = new ArrayList<>();
    assertEquals(new Retagger.Report(2, 2, 0, 0, 0, 0, 0, List.of()), retag(dir, false, changes));
    assertEquals(List.of(), changes);
    // forced, every article is tagged again, but with nothing to change nothing is rewritten
    assertEquals(new Retagger.Report(2, 0, 0, 0, 0, 0, 0, List.of()), retag(dir, true, changes));
    assertEquals(List.of(), changes);
  }
}
