package khabar.index;

import static khabar.index.ArticleIndexTest.BODY;
import static khabar.index.ArticleIndexTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import khabar.index.ArticleIndex.Outcome;
import khabar.index.ArticleIndex.SameText;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outcomes of {@link ArticleIndex#upsert}, one rule a line, and its duplicate state under threads. */
class UpsertTest {
  @TempDir Path dir;

  static final TaggedArticle FIRST = article("https://a.example/1", "خبر", BODY);

  @Test
  void eachOutcome() throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      assertEquals(Outcome.ADDED, idx.upsert(FIRST).outcome());
      assertEquals(Outcome.DUPLICATE, idx.upsert(FIRST).outcome(), "same id and content since the last commit");
      idx.commit();
      assertEquals(Outcome.UNCHANGED, idx.upsert(FIRST).outcome(), "same id and content, committed");
      TaggedArticle retitled = article("https://a.example/1", "خبر معدّل", BODY);
      assertEquals(Outcome.UPDATED, idx.upsert(retitled).outcome(), "another title");
      idx.commit();
      TaggedArticle retagged = new TaggedArticle(retitled.id(), retitled.article(), retitled.mentions(), retitled.contentHash(), "g2");
      assertEquals(Outcome.UPDATED, idx.upsert(retagged).outcome(), "another tagger version");
      idx.commit();
      Mention m = new Mention(EntityType.COMPANY, "acme", "Acme", "أكمي", BODY.substring(0, 5), 0, 5, null, false, null);
      TaggedArticle more = new TaggedArticle(retagged.id(), retagged.article(), List.of(m), retagged.contentHash(), "g2");
      assertEquals(Outcome.UPDATED, idx.upsert(more).outcome(), "other mentions, same version (retag --force)");
      TaggedArticle elsewhere = article("https://b.example/2", "خبر", BODY);
      assertEquals(Outcome.DUPLICATE, idx.upsert(elsewhere, SameText.SKIP).outcome(), "same text under another id, skipped");
      ArticleIndex.Upsert marked = idx.upsert(elsewhere, SameText.MARK);
      assertEquals(Outcome.ADDED, marked.outcome(), "same text under another id, marked");
      assertEquals(FIRST.id(), marked.copyOf().orElseThrow().of());
    }
  }

  @Test
  void aFormerIdIsReKeyed() throws IOException {
    TaggedArticle old = article("file:///data/dump/a.html", "خبر", BODY);
    TaggedArticle moved = article("file:dump/a.html", "خبر", BODY);
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      idx.upsert(old);
      idx.commit();
      assertEquals(new ArticleIndex.Upsert(Outcome.UPDATED, Optional.empty(), true), idx.upsert(moved, SameText.MARK, old.id()),
          "moved, not added, and no copy of its former self");
      assertEquals(Outcome.DUPLICATE, idx.upsert(moved, SameText.MARK, old.id()).outcome(), "written since the commit");
      idx.commit();
      assertEquals(List.of(moved.id()), ids(idx));
      assertEquals(new ArticleIndex.Upsert(Outcome.UNCHANGED, Optional.empty(), false), idx.upsert(moved, SameText.MARK, old.id()),
          "the former id is gone");
      idx.upsert(old); // the old article back beside the new one: a twin, marked as its copy
      idx.commit();
      assertEquals(new ArticleIndex.Upsert(Outcome.UNCHANGED, Optional.empty(), true), idx.upsert(moved, SameText.MARK, old.id()),
          "the twin goes; the article stays as it is");
      idx.commit();
      assertEquals(List.of(moved.id()), ids(idx));
    }
  }

  static List<String> ids(ArticleIndex idx) throws IOException {
    List<String> ids = new ArrayList<>();
    try (DirectoryReader r = idx.reader()) {
      StoredFields f = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        if (r.hasDeletions() && !MultiBits.getLiveDocs(r).get(i)) continue;
        ids.add(f.document(i).get(Fields.ID));
      }
    }
    return ids;
  }

  @Test
  void copiesWrittenAtOnceFromManyThreadsHaveOneOriginal() throws Exception {
    int n = 64;
    List<Future<ArticleIndex.Upsert>> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (ArticleIndex idx = ArticleIndex.open(dir)) {
      for (int i = 0; i < n; i++) {
        TaggedArticle t = article("https://copy.example/" + i, "خبر", BODY);
        results.add(pool.submit(() -> idx.upsert(t)));
      }
      int originals = 0;
      for (Future<ArticleIndex.Upsert> f : results) {
        assertEquals(Outcome.ADDED, f.get().outcome());
        if (f.get().copyOf().isEmpty()) originals++;
      }
      assertEquals(1, originals);
      idx.commit();
    } finally {
      pool.shutdown();
    }
    try (DirectoryReader r = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
      assertEquals(n, r.numDocs());
      StoredFields sf = r.storedFields();
      List<String> originals = new ArrayList<>();
      String of = null;
      for (int d = 0; d < r.maxDoc(); d++) {
        String dup = StoredArticle.duplicateOf(sf.document(d));
        if (dup == null) originals.add(sf.document(d).get(Fields.ID));
        else if (of == null) of = dup;
        else assertEquals(of, dup, "every copy names the one original");
      }
      assertEquals(List.of(of), originals);
    }
  }
}
