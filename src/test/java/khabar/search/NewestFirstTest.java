package khabar.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import khabar.index.Fields;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NewestFirstTest {
  private static final long DAY = 86_400_000L;

  /**
   * 3,000 articles over ten years, many on the same day (ties decided by score), some undated, a
   * few dated before 1970; "common" in most, "old" only in the oldest tenth, "rare" in thirty.
   */
  private static IndexSearcher newsroom(ByteBuffersDirectory dir) throws Exception {
    SplittableRandom random = new SplittableRandom(19);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(700))) {
      for (int i = 0; i < 3_000; i++) {
        Document d = new Document();
        StringBuilder text = new StringBuilder("filler");
        int repeats = random.nextInt(1, 4);
        if (random.nextInt(10) < 9) text.append(" common".repeat(repeats));
        if (i < 300) text.append(" old");
        if (i % 100 == 7) text.append(" rare".repeat(repeats));
        if (i % 250 == 3) text.append(" undated");
        d.add(new TextField(Fields.BODY, text.toString(), Field.Store.NO));
        if (i % 250 != 3) {
          long date = i % 500 == 11 ? -random.nextLong(1, 1_000) * DAY : 1_500_000_000_000L + (i / 3) * DAY;
          d.add(new LongPoint(Fields.PUBLISHED, date));
          d.add(new NumericDocValuesField(Fields.PUBLISHED, date));
        }
        w.addDocument(d);
      }
    }
    return new IndexSearcher(DirectoryReader.open(dir));
  }

  private static int[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
  }

  @Test
  void givesThePageTheSortedPassOverEveryMatchGives() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexSearcher s = newsroom(dir);
      Query either =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.BODY, "common")), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(Fields.BODY, "rare")), BooleanClause.Occur.SHOULD)
              .build();
      Query[] queries = {
        new TermQuery(new Term(Fields.BODY, "common")), new TermQuery(new Term(Fields.BODY, "rare")),
        new TermQuery(new Term(Fields.BODY, "old")), new TermQuery(new Term(Fields.BODY, "undated")),
        new TermQuery(new Term(Fields.BODY, "filler")), either, new TermQuery(new Term(Fields.BODY, "absent"))
      };
      int checked = 0;
      for (Query q : queries) {
        for (int n : new int[] {1, 10, 25, 100, 4_000}) {
          TopDocs all = s.search(q, new TopFieldCollectorManager(NewestFirst.SORT, n, Integer.MAX_VALUE));
          TopDocs ours = NewestFirst.top(s, q, n);
          assertArrayEquals(docs(all), docs(ours), q + ", top " + n);
          for (int k = 0; k < all.scoreDocs.length; k++) {
            ScoreDoc a = all.scoreDocs[k];
            assertEquals(Float.floatToIntBits(a.score), Float.floatToIntBits(ours.scoreDocs[k].score), q + " score " + k);
          }
          checked += ours.scoreDocs.length;
        }
      }
      assertEquals(9_443, checked, "hits compared");
      s.getIndexReader().close();
    }
  }
}
