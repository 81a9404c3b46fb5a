package khabar.search;

import java.io.IOException;
import khabar.index.Fields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The first page of a query's matches newest first (ties by score, then index order), found in the
 * newest articles first. Lucene's own sorted search skips articles older than the page only for
 * some queries; for a disjunction (every query word with its spellings, in title or body) it
 * visits every match and its date, 47 ms at a million articles. Here the query is first run
 * within a window of the newest dates, about {@value #WINDOW_PER_HIT} dated articles per hit
 * wanted, widened {@value #WIDEN}-fold while it holds fewer than the page: once it holds a whole
 * page, every match outside it is older than all of them (or has no date, which sorts last), so
 * the page is exactly the one the whole index gives. A window reaching the oldest date, or zero
 * (articles without a date sort as zero), is the whole query again.
 */
final class NewestFirst {
  static final Sort SORT = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
  /** Dated articles in the first window per hit the page needs. */
  static final int WINDOW_PER_HIT = 64;
  /** How much a window too small for the page is widened. */
  static final int WIDEN = 8;

  private NewestFirst() {}

  /** The top {@code n} of {@code query} (rewritten) newest first; matches counted only up to {@code n}. */
  static TopDocs top(IndexSearcher searcher, Query query, int n) throws IOException {
    var reader = searcher.getIndexReader();
    int dated = PointValues.getDocCount(reader, Fields.PUBLISHED);
    if (dated > 0) {
      long oldest = LongPoint.decodeDimension(PointValues.getMinPackedValue(reader, Fields.PUBLISHED), 0);
      long newest = LongPoint.decodeDimension(PointValues.getMaxPackedValue(reader, Fields.PUBLISHED), 0);
      double span = (double) newest - oldest;
      double width = span * Math.min(1.0, (double) WINDOW_PER_HIT * n / dated);
      for (long from = (long) (newest - width); from > oldest && from > 0; from = (long) (newest - (width *= WIDEN))) {
        Query window =
            new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(window, new TopFieldCollectorManager(SORT, n, n));
        if (top.scoreDocs.length >= n) return top;
      }
    }
    return searcher.search(query, new TopFieldCollectorManager(SORT, n, n));
  }
}
