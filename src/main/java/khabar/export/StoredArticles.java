package khabar.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import khabar.index.StoredArticle;
import khabar.index.Fields;
import khabar.index.TaggedArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Visits the stored articles matching a query one at a time, in index order, without collecting
 * hits: memory stays bounded whatever the size of the index. An article whose stored fields
 * cannot be read back is reported and skipped; the others are still visited.
 */
public final class StoredArticles {
  private StoredArticles() {}

  /** Receives one stored article. */
  @FunctionalInterface
  public interface Visitor {
    void visit(TaggedArticle article) throws IOException;
  }

  /**
   * What a scan saw.
   *
   * @param articles articles visited
   * @param problems one line per article skipped: its id and what was wrong
   */
  public record Scan(long articles, List<String> problems) {
    public Scan {
      problems = List.copyOf(problems);
    }
  }

  public static Scan forEach(IndexSearcher searcher, Query query, Visitor visitor) throws IOException {
    long seen = 0;
    List<String> problems = new ArrayList<>();
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      Scorer s = w.scorer(ctx);
      if (s == null) continue;
      Bits live = ctx.reader().getLiveDocs();
      StoredFields stored = ctx.reader().storedFields();
      DocIdSetIterator it = s.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        Document d = stored.document(doc);
        TaggedArticle a;
        try {
          a = StoredArticle.read(d);
        } catch (RuntimeException e) {
          problems.add("article " + d.get(Fields.ID) + ": " + e.getMessage());
          continue;
        }
        visitor.visit(a);
        seen++;
      }
    }
    return new Scan(seen, problems);
  }
}
