package khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import khabar.extract.Page;
import khabar.extract.PageHints;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SourceFingerprintTest {
  static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
  static final Page PAGE = new Page("https://news.example/a", "<p>نص الخبر</p>", true, T, "dump.jsonl:1",
      new PageHints("عنوان", T, "موقع", "ar", "كاتب"));

  static List<Page> changes() {
    PageHints h = PAGE.hints();
    return List.of(
        new Page("https://news.example/b", PAGE.content(), true, T, null, h), // URL
        new Page(PAGE.url(), "<p>نص الخبر.</p>", true, T, null, h), // content
        new Page(PAGE.url(), PAGE.content(), false, T, null, h), // HTML or text
        new Page(PAGE.url(), PAGE.content(), true, T, null, new PageHints("عنوان آخر", T, "موقع", "ar", "كاتب")),
        new Page(PAGE.url(), PAGE.content(), true, T, null, new PageHints("عنوان", null, "موقع", "ar", "كاتب")),
        new Page(PAGE.url(), PAGE.content(), true, T, null, new PageHints("عنوان", T, "موقع آخر", "ar", "كاتب")),
        new Page(PAGE.url(), PAGE.content(), true, T, null, new PageHints("عنوان", T, "موقع", "en", "كاتب")),
        new Page(PAGE.url(), PAGE.content(), true, T, null, new PageHints("عنوان", T, "موقع", "ar", "كاتب آخر")),
        // parts cannot run together: moving a character from the URL to the content changes it
        new Page("https://news.example/", "a<p>نص الخبر</p>", true, T, null, h));
  }

  @ParameterizedTest
  @MethodSource("changes")
  void aChangeOfWhatTheRecordSaysChangesTheFingerprint(Page changed) {
    assertNotEquals(SourceFingerprint.of(PAGE), SourceFingerprint.of(changed));
  }

  @Test
  void theFetchTimeAndTheOriginDoNotCount() {
    Page refetched = new Page(PAGE.url(), PAGE.content(), true, T.plusSeconds(86_400), "other.warc@17", PAGE.hints());
    assertEquals(SourceFingerprint.of(PAGE), SourceFingerprint.of(refetched));
  }

  @Test
  void aStatedPayloadDigestStandsForTheContent() {
    Page warc = new Page(PAGE.url(), PAGE.content(), true, T, "a.warc@0", PAGE.hints(), "sha1:AAAA\ntext/html\n");
    Page sameDigest = new Page(PAGE.url(), "<p>decoded anew</p>", true, T, "b.warc@9", PAGE.hints(), "sha1:AAAA\ntext/html\n");
    Page otherDigest = new Page(PAGE.url(), PAGE.content(), true, T, "a.warc@0", PAGE.hints(), "sha1:BBBB\ntext/html\n");
    assertEquals(SourceFingerprint.of(warc), SourceFingerprint.of(sameDigest), "the payload is not hashed");
    assertNotEquals(SourceFingerprint.of(warc), SourceFingerprint.of(otherDigest));
    assertNotEquals(SourceFingerprint.of(PAGE), SourceFingerprint.of(warc), "a digest is never taken for a content");
  }

  @TempDir Path dir;

  @Test
  void theIndexKnowsAStoredFingerprintAfterTheCommitAndARetagKeepsIt() throws Exception {
    TaggedArticle base = ArticleIndexTest.article("https://a.example/1", "خبر", ArticleIndexTest.BODY);
    TaggedArticle t = new TaggedArticle(base.id(), base.article(), base.mentions(), base.contentHash(), "g1", "f00d");
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
      index.upsert(t);
      assertFalse(index.hasSource("f00d"), "not before the commit");
      index.commit();
      assertTrue(index.hasSource("f00d"));
      assertFalse(index.hasSource("beef"));
      assertFalse(index.hasSource(""));
      TaggedArticle stored;
      try (DirectoryReader r = index.reader()) {
        stored = StoredArticle.read(r.storedFields().document(0));
      }
      assertEquals("f00d", stored.sourceFingerprint());
      assertEquals(ArticleIndex.Outcome.UPDATED, index.upsert(stored.retagged(List.of(), "g2")).outcome());
      index.commit();
      assertTrue(index.hasSource("f00d"), "a retag keeps the fingerprint");
    }
  }

  @Test
  void isThirtyTwoHexDigits() {
    assertEquals(32, SourceFingerprint.of(PAGE).length());
    assertEquals("", SourceFingerprint.of(PAGE).replaceAll("[0-9a-f]", ""));
  }
}
