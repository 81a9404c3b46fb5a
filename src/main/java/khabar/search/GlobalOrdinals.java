package khabar.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The values of one keyword doc-values field across every segment of a reader, numbered in
 * sorted order (Lucene's {@link OrdinalMap}), so that counts per value can be kept in one array
 * and only the values shown are turned back into strings. Built once per reader: the reader never
 * changes.
 */
final class GlobalOrdinals {
  private final List<LeafReaderContext> leaves;
  private final String field;
  /** Null when the reader has at most one segment: its ordinals are the global ones. */
  private final OrdinalMap map;
  private final int count;

  private GlobalOrdinals(List<LeafReaderContext> leaves, String field, OrdinalMap map, long count) {
    this.leaves = leaves;
    this.field = field;
    this.map = map;
    if (count > Integer.MAX_VALUE - 8) throw new IllegalStateException("too many values of " + field + ": " + count);
    this.count = (int) count;
  }

  static GlobalOrdinals of(IndexReader reader, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.isEmpty()) return new GlobalOrdinals(leaves, field, null, 0);
    if (leaves.size() == 1) {
      return new GlobalOrdinals(leaves, field, null, DocValues.getSortedSet(leaves.getFirst().reader(), field).getValueCount());
    }
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    OrdinalMap map = OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
    return new GlobalOrdinals(leaves, field, map, map.getValueCount());
  }

  /** Number of distinct values in the reader. */
  int count() {
    return count;
  }

  /** Whether segment ordinals are already global (one segment): counts need no mapping. */
  boolean identity() {
    return map == null;
  }

  /** Segment ordinal → global ordinal for the segment at {@code leaf} (its index in the reader's leaves). */
  LongValues toGlobal(int leaf) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
  }

  /** The value of a global ordinal. */
  String value(long global) throws IOException {
    return values(new int[] {(int) global})[0];
  }

  /** The values of some global ordinals, in their order. */
  String[] values(int[] globals) throws IOException {
    SortedSetDocValues[] byLeaf = new SortedSetDocValues[leaves.size()];
    String[] out = new String[globals.length];
    for (int i = 0; i < globals.length; i++) {
      int leaf = map == null ? 0 : map.getFirstSegmentNumber(globals[i]);
      long ord = map == null ? globals[i] : map.getFirstSegmentOrd(globals[i]);
      if (byLeaf[leaf] == null) byLeaf[leaf] = DocValues.getSortedSet(leaves.get(leaf).reader(), field);
      out[i] = byLeaf[leaf].lookupOrd(ord).utf8ToString();
    }
    return out;
  }
}
