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
    List<String> problems = new ArrayList<>();
    StoredFields[] stored = new StoredFields[searcher.getIndexReader().leaves().size()];
    long seen = forEachDoc(searcher, query, (leaf, doc) -> {
      if (stored[leaf.ord] == null) stored[leaf.ord] = leaf.reader().storedFields();
      TaggedArticle a = read(stored[leaf.ord].document(doc), problems);
      if (a != null) visitor.visit(a);
    });
    return new Scan(seen - problems.size(), problems);
  }

  /** Receives one matching live document: its leaf and its id within the leaf, in increasing order per leaf. */
  @FunctionalInterface
  public interface DocVisitor {
    void visit(LeafReaderContext leaf, int doc) throws IOException;
  }

  /** Visits the live documents matching {@code query}, leaf by leaf in index order; returns how many. */
  public static long forEachDoc(IndexSearcher searcher, Query query, DocVisitor visitor) throws IOException {
    long seen = 0;
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      Scorer s = w.scorer(ctx);
      if (s == null) continue;
      Bits live = ctx.reader().getLiveDocs();
      DocIdSetIterator it = s.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        visitor.visit(ctx, doc);
        seen++;
      }
    }
    return seen;
  }

  /** The article stored in {@code d}, or null after adding a line naming it and what was wrong to {@code problems}. */
  static TaggedArticle read(Document d, List<String> problems) {
    try {
      return StoredArticle.read(d);
    } catch (RuntimeException e) {
      problems.add("article " + d.get(Fields.ID) + ": " + e.getMessage());
      return null;
    }
  }
}
