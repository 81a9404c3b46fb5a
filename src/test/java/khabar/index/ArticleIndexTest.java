package khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import khabar.extract.Article;
import khabar.ingest.Documents;
import khabar.search.Hit;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
  @TempDir Path dir;

  static final String BODY =
      "افتتحت شركة ناشئة في عمّان مختبراً لتدريب نماذج اللغة على النصوص القانونية العربية، وقالت إنها جمعت "
          + "بيانات من محاكم ثلاث دول. وأوضح مؤسس الشركة أن النموذج يجيب عن أسئلة المحامين ويلخص الأحكام في ثوانٍ، "
          + "وأن فريقه يعمل على نسخة ثانية تدعم اللهجات. وتخطط الشركة لطرح الخدمة على مكاتب المحاماة في الربيع "
          + "المقبل بعد اختبارها مع عشرين مكتباً.";
  /** BODY as another site republishes it: one clause reworded and a credit line. */
  static final String SYNDICATED =
      BODY.replace("وأن فريقه يعمل على نسخة ثانية تدعم اللهجات", "مضيفاً أن نسخة ثانية تدعم اللهجات قيد التطوير")
          + "\nنُشر بالاتفاق مع الموقع الأصلي.";
  static final String OTHER =
      "خفّضت شركة اتصالات إقليمية أسعار باقات الإنترنت المنزلي بعد دخول منافس جديد إلى السوق، وقال متحدث "
          + "باسمها إن الشبكة ستغطي المدن الصغيرة قبل نهاية العام.";

  static TaggedArticle article(String url, String title, String body) {
    Article a = new Article(url, "موقع", title, body, Instant.parse("2025-06-01T00:00:00Z"), "", "ar", null);
    String hash = Fingerprint.contentHash(body);
    return new TaggedArticle(Documents.idForUrl(url), a, List.of(), hash, "g");
  }

  static List<String> ids(Searcher s, SearchRequest r) throws IOException {
    return s.search(r).hits().stream().map(Hit::id).sorted().toList();
  }

  static SearchRequest all(boolean copies) {
    return new SearchRequest.Builder().includeDuplicates(copies).limit(50).build();
  }

  @Test
  void reingestingUpdatesInPlace() throws IOException {
    TaggedArticle first = article("https://a.example/1", "عنوان أول", BODY);
    TaggedArticle edited = article("https://a.example/1", "عنوان معدّل", BODY + " وأضافت الشركة تفاصيل.");
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      assertEquals(Optional.empty(), idx.upsert(first).copyOf());
      idx.commit();
      assertEquals(Optional.empty(), idx.upsert(edited).copyOf());
      assertEquals(Optional.empty(), idx.upsert(edited).copyOf());
      idx.commit();
    }
    try (Searcher s = new Searcher(dir, null)) {
      assertEquals(1, s.documentCount());
      assertEquals(List.of("عنوان معدّل"), s.search(all(true)).hits().stream().map(Hit::title).toList());
      assertEquals(0, s.search(SearchRequest.of("title:أول")).total());
    }
  }

  @Test
  void theSameTextUnderAnotherUrlIsAnExactDuplicate() throws IOException {
    TaggedArticle original = article("https://a.example/1", "خبر", BODY);
    TaggedArticle copy = article("https://b.example/x", "خبر منقول", "  " + BODY.replace("عمّان", "عمان") + "\n");
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      idx.upsert(original);
      idx.commit();
      assertEquals(Optional.of(new Duplicate(original.id(), Duplicate.Kind.EXACT, 1.0)), idx.upsert(copy).copyOf());
      idx.commit();
    }
    try (Searcher s = new Searcher(dir, null)) {
      assertEquals(List.of(original.id()), ids(s, all(false)));
      assertEquals(List.of(original.id(), copy.id()).stream().sorted().toList(), ids(s, all(true)));
    }
    IndexStats stats = IndexStats.of(dir);
    assertEquals(2, stats.documents());
    assertEquals(1, stats.originals());
    assertEquals(Map.of("EXACT", 1L, "NEAR", 0L), stats.duplicates());
  }

  @Test
  void aSyndicatedCopyIsANearDuplicateEvenWithinOneBatch() throws IOException {
    TaggedArticle original = article("https://a.example/1", "خبر", BODY);
    TaggedArticle copy = article("https://b.example/x", "خبر", SYNDICATED);
    TaggedArticle other = article("https://c.example/y", "خبر آخر", OTHER);
    Optional<Duplicate> found;
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      assertEquals(Optional.empty(), idx.upsert(original).copyOf());
      found = idx.upsert(copy).copyOf(); // no commit in between: found among the pending writes
      assertEquals(Optional.empty(), idx.upsert(other).copyOf());
      idx.commit();
    }
    assertEquals(original.id(), found.orElseThrow().of());
    assertEquals(Duplicate.Kind.NEAR, found.orElseThrow().kind());
    assertTrue(found.orElseThrow().similarity() >= DuplicateDetector.THRESHOLD, found.toString());
    try (Searcher s = new Searcher(dir, null)) {
      assertEquals(List.of(original.id(), other.id()).stream().sorted().toList(), ids(s, all(false)));
      Hit hidden = s.search(new SearchRequest.Builder().query("قيد التطوير").includeDuplicates(true).build()).hits().get(0);
      assertEquals(copy.id(), hidden.id());
      assertEquals(original.id(), hidden.duplicateOf());
    }
    assertEquals(Map.of("EXACT", 0L, "NEAR", 1L), IndexStats.of(dir).duplicates());
  }

  @Test
  void aNearCopyUpdatedInPlaceStaysANearCopy() throws IOException {
    TaggedArticle original = article("https://a.example/1", "خبر", BODY);
    TaggedArticle copy = article("https://b.example/x", "خبر", SYNDICATED);
    TaggedArticle retitled = article("https://b.example/x", "خبر بعنوان جديد", SYNDICATED);
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      idx.upsert(original);
      idx.commit();
      assertEquals(Duplicate.Kind.NEAR, idx.upsert(copy).copyOf().orElseThrow().kind());
      idx.commit();
      ArticleIndex.Upsert u = idx.upsert(retitled);
      assertEquals(ArticleIndex.Outcome.UPDATED, u.outcome());
      // its own stored version has the same text: it must not make the copy an EXACT one
      assertEquals(original.id(), u.copyOf().orElseThrow().of());
      assertEquals(Duplicate.Kind.NEAR, u.copyOf().orElseThrow().kind());
      idx.commit();
    }
    assertEquals(Map.of("EXACT", 0L, "NEAR", 1L), IndexStats.of(dir).duplicates());
  }

  @Test
  void aCopyOfACopyPointsAtTheOriginalAndTheOriginalStaysOriginal() throws IOException {
    TaggedArticle original = article("https://a.example/1", "خبر", BODY);
    TaggedArticle copy = article("https://b.example/x", "خبر", SYNDICATED);
    TaggedArticle copyOfCopy = article("https://c.example/z", "خبر", SYNDICATED + " ");
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      idx.upsert(original);
      idx.commit();
      idx.upsert(copy);
      idx.commit();
      assertEquals(Optional.of(new Duplicate(original.id(), Duplicate.Kind.EXACT, 1.0)), idx.upsert(copyOfCopy).copyOf());
      assertEquals(Optional.empty(), idx.upsert(original).copyOf(), "re-ingesting the original must not make it a copy of its copy");
      idx.commit();
    }
    try (Searcher s = new Searcher(dir, null)) {
      assertEquals(List.of(original.id()), ids(s, all(false)));
    }
    assertEquals(Map.of("EXACT", 1L, "NEAR", 1L), IndexStats.of(dir).duplicates());
  }

  @Test
  void searchesKeepTheirViewWhileAWriterCommitsAndRefreshSeesTheCommit() throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      idx.upsert(article("https://a.example/1", "خبر", BODY));
      idx.commit();
      Searcher before = new Searcher(dir, null);
      idx.upsert(article("https://c.example/y", "خبر آخر", OTHER));
      assertEquals(1, before.refresh().documentCount(), "uncommitted writes are invisible");
      assertTrue(before.refresh() == before);
      idx.commit();
      Searcher after = before.refresh();
      assertEquals(1, before.search(all(true)).total(), "the old view still answers");
      before.close();
      assertEquals(2, after.search(all(true)).total());
      assertEquals(2, after.search(SearchRequest.of("خبر")).total());
      after.close();
    }
  }

  @Test
  void aSecondWriterIsRefusedAtOnce() throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> ArticleIndex.open(dir));
      assertTrue(e.getMessage().startsWith("index " + dir + " is locked"), e.getMessage());
    }
  }

  @Test
  void anOpenedIndexIsCommittedAndReadableBeforeAnyWrite() throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      try (Searcher s = new Searcher(dir, null)) {
        assertEquals(0, s.documentCount());
      }
    }
  }

  @Test
  void hosts() {
    List<String> got = new ArrayList<>();
    for (String u : List.of("https://www.Example.COM/a", "http://news.example:8080/x", "file:///tmp/a.txt", "", "not a url"))
      got.add(StoredArticle.host(u));
    assertEquals(List.of("example.com", "news.example", "", "", ""), got);
  }
}
