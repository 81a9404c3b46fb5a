package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.index.TaggedArticle;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Tagger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredArticlesTest {

  /** The test index with article a2's stored mentions broken. */
  static void buildWithBrokenA2(Path dir) throws IOException {
    TestIndex.write(dir, TestIndex.articles());
    // a document no writer of ours would make: written with Lucene's own writer
    try (FSDirectory fs = FSDirectory.open(dir); IndexWriter w = new IndexWriter(fs, new IndexWriterConfig())) {
      Document d = StoredArticle.toDocument(TestIndex.articles().get(1));
      d.removeField(Fields.MENTIONS);
      d.add(new StoredField(Fields.MENTIONS, "[{\"type\":"));
      w.updateDocument(new Term(Fields.ID, "a2"), d);
      w.commit();
    }
  }

  @Test
  void anUnreadableArticleIsReportedAndTheOthersAreStillVisited(@TempDir Path dir) throws IOException {
    buildWithBrokenA2(dir);
    List<String> seen = new ArrayList<>();
    StoredArticles.Scan scan;
    try (Searcher s = new Searcher(dir, TestIndex.GAZETTEER)) {
      scan = StoredArticles.forEach(s.indexSearcher(), s.query(SearchRequest.of("")), a -> seen.add(a.id()));
    }
    assertEquals(List.of("a1", "a3"), seen);
    assertEquals(2, scan.articles());
    assertEquals(1, scan.problems().size());
    assertEquals("article a2: stored mentions of article a2 are not JSON", scan.problems().get(0));
  }

  @Test
  void retaggingLeavesAnUnreadableArticleAsItWasAndRetagsTheRest(@TempDir Path dir) throws IOException {
    buildWithBrokenA2(dir);
    Retagger.Report r;
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      r = new Retagger(new Tagger(TestIndex.GAZETTEER), 1000).retag(index, false, c -> {});
    }
    assertEquals(3, r.scanned());
    assertEquals(2, r.retagged());
    assertEquals(List.of("article a2: stored mentions of article a2 are not JSON"), r.problems());
  }
}
