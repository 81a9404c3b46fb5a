package khabar.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import khabar.index.Fields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * The number of documents a query matches and facet counts over all of them (not just the page
 * shown): articles per company, chip, person and source (the {@value #TOP} largest, ties by name
 * in code-point order), and per month and year of publication (all of them, in time order).
 * Counts are exact. Counting needs no scores: it runs as a pass of its own, so that the top hits
 * can skip what cannot compete. Per segment it counts doc-value ordinals into arrays; at the end
 * of a segment they are added up by global ordinal ({@link Ordinals}, built once per reader); only
 * the values counted are visited and only the values shown are turned back into strings.
 */
final class Facets implements CollectorManager<Facets.Counter, Facets.Counted> {
  /** Values kept per entity or source facet. */
  static final int TOP = 20;
  /** The keyword facets, in output order. */
  static final List<String> KEYWORD_FIELDS = List.of(Fields.COMPANY, Fields.CHIP, Fields.PERSON, Fields.SOURCE);
  /** The first {@value} keyword facets are entity types, each also in the entity field. */
  private static final int ENTITY_FACETS = 3;
  static final String MONTH = "month";
  static final String YEAR = "year";
  private static final long MILLIS_PER_DAY = 86_400_000L;
  /** Months counted in a flat array around the first date a segment meets: a century. */
  private static final int MONTH_SPAN = 1200;

  /** The matches of a query and its facets (facet name → value → count, in output order). */
  record Counted(long matches, Map<String, Map<String, Integer>> facets) {}

  /**
   * What facet counting needs to know about a reader, worked out once for it: the global
   * ordinals of the entity and source fields, and which facet each entity ordinal belongs to
   * (one doc-values read per document then serves every entity type).
   */
  record Ordinals(GlobalOrdinals entities, GlobalOrdinals sources, byte[] facetOfEntity) {
    static Ordinals of(IndexReader reader) throws IOException {
      GlobalOrdinals entities = GlobalOrdinals.of(reader, Fields.ENTITY);
      byte[] facetOf = new byte[entities.count()];
      java.util.Arrays.fill(facetOf, (byte) -1);
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedSetDocValues all = DocValues.getSortedSet(leaf.reader(), Fields.ENTITY);
        LongValues global = entities.toGlobal(leaf.ord);
        for (int k = 0; k < ENTITY_FACETS; k++) {
          SortedSetDocValues typed = DocValues.getSortedSet(leaf.reader(), KEYWORD_FIELDS.get(k));
          for (long ord = 0; ord < typed.getValueCount(); ord++) {
            long at = all.lookupTerm(typed.lookupOrd(ord));
            if (at >= 0) facetOf[(int) global.get(at)] = (byte) k;
          }
        }
      }
      return new Ordinals(entities, GlobalOrdinals.of(reader, Fields.SOURCE), facetOf);
    }
  }

  private final Ordinals ordinals;

  Facets(Ordinals ordinals) {
    this.ordinals = ordinals;
  }

  @Override
  public Counter newCollector() {
    return new Counter(ordinals);
  }

  @Override
  public Counted reduce(Collection<Counter> counters) throws IOException {
    Counts entities = null;
    Counts sources = null;
    Map<Integer, Integer> months = new TreeMap<>();
    long matches = 0;
    for (Counter c : counters) {
      entities = entities == null ? c.entities : entities.add(c.entities);
      sources = sources == null ? c.sources : sources.add(c.sources);
      c.months.forEach((k, n) -> months.merge(k, n, Integer::sum));
      matches += c.matches;
    }
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    Top[] byType = new Top[ENTITY_FACETS];
    for (int k = 0; k < ENTITY_FACETS; k++) byType[k] = new Top();
    byte[] facetOf = ordinals.facetOfEntity();
    if (entities != null) {
      for (int ord : entities.counted()) if (facetOf[ord] >= 0) byType[facetOf[ord]].offer(ord, entities.counts[ord]);
    }
    for (int k = 0; k < ENTITY_FACETS; k++) out.put(KEYWORD_FIELDS.get(k), byType[k].values(ordinals.entities()));
    Top bySource = new Top();
    if (sources != null) {
      boolean emptySource = ordinals.sources().value(0).isEmpty(); // the smallest value, if any
      for (int ord : sources.counted()) if (ord > 0 || !emptySource) bySource.offer(ord, sources.counts[ord]);
    }
    out.put(Fields.SOURCE, bySource.values(ordinals.sources()));
    Map<String, Integer> month = new LinkedHashMap<>();
    Map<String, Integer> year = new LinkedHashMap<>();
    months.forEach(
        (k, n) -> {
          int y = Math.floorDiv(k, 12);
          String yyyy = String.format(Locale.ROOT, "%04d", y);
          int mm = Math.floorMod(k, 12) + 1;
          month.put(yyyy + (mm < 10 ? "-0" : "-") + mm, n);
          year.merge(yyyy, n, Integer::sum);
        });
    out.put(MONTH, month);
    out.put(YEAR, year);
    return new Counted(matches, out);
  }

  /**
   * Counts per ordinal and the ordinals counted, so that a query with few matches neither scans
   * nor turns into strings the tens of thousands of values it did not meet.
   */
  static final class Counts {
    final int[] counts;
    private int[] counted = new int[64];
    private int size;

    Counts(int values) {
      counts = new int[values];
    }

    void add(int ord, int n) {
      if (counts[ord] == 0) {
        if (size == counted.length) counted = java.util.Arrays.copyOf(counted, size * 2);
        counted[size++] = ord;
      }
      counts[ord] += n;
    }

    /** {@code other} added to these counts; returns this. */
    Counts add(Counts other) {
      for (int i = 0; i < other.size; i++) add(other.counted[i], other.counts[other.counted[i]]);
      return this;
    }

    /** The ordinals counted, in the order first counted. */
    int[] counted() {
      return java.util.Arrays.copyOf(counted, size);
    }
  }

  /**
   * The {@value #TOP} largest counts of one facet, offered in any order; ties rank the smaller
   * ordinal first (the value first in code-point order).
   */
  private static final class Top {
    private final int[] ords = new int[TOP + 1];
    private final int[] counts = new int[TOP + 1];
    private int size;

    void offer(int ord, int count) {
      if (size == TOP && !before(ord, count, TOP - 1)) return;
      int at = size;
      while (at > 0 && before(ord, count, at - 1)) at--;
      System.arraycopy(ords, at, ords, at + 1, size - at);
      System.arraycopy(counts, at, counts, at + 1, size - at);
      ords[at] = ord;
      counts[at] = count;
      if (size < TOP) size++;
    }

    /** Whether {@code (ord, count)} ranks before the entry at {@code i}: a larger count, or the same and a smaller ordinal. */
    private boolean before(int ord, int count, int i) {
      return count > counts[i] || (count == counts[i] && ord < ords[i]);
    }

    Map<String, Integer> values(GlobalOrdinals values) throws IOException {
      String[] names = values.values(java.util.Arrays.copyOf(ords, size));
      Map<String, Integer> out = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) out.put(names[i], counts[i]);
      return out;
    }
  }

  /** Months since year 0 of a publication time, the key of the month facet. */
  static int monthKey(long epochMillis) {
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** Counts one slice of the index, by global ordinal. */
  static final class Counter implements Collector {
    private final Ordinals ordinals;
    private final Counts entities;
    private final Counts sources;
    private final Map<Integer, Integer> months = new HashMap<>();
    private long matches;

    Counter(Ordinals ordinals) {
      this.ordinals = ordinals;
      this.entities = new Counts(ordinals.entities().count());
      this.sources = new Counts(ordinals.sources().count());
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Counts of a segment's ordinals: the slice's own when the segment's ordinals are global. */
    private static Counts local(GlobalOrdinals g, Counts global, SortedSetDocValues values) {
      return g.identity() ? global : new Counts((int) values.getValueCount());
    }

    /** Adds a segment's counts to the slice's. */
    private static void addUp(GlobalOrdinals g, int leaf, Counts local, Counts global) {
      if (local == global) return;
      LongValues toGlobal = g.toGlobal(leaf);
      for (int i = 0; i < local.size; i++) {
        int ord = local.counted[i];
        global.add((int) toGlobal.get(ord), local.counts[ord]);
      }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      SortedSetDocValues entityValues = DocValues.getSortedSet(ctx.reader(), Fields.ENTITY);
      Counts entityLocal = local(ordinals.entities(), entities, entityValues);
      SortedSetDocValues sourceValues = DocValues.getSortedSet(ctx.reader(), Fields.SOURCE);
      SortedDocValues source = DocValues.unwrapSingleton(sourceValues);
      Counts sourceLocal = local(ordinals.sources(), sources, sourceValues);
      NumericDocValues published = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
      return new LeafCollector() {
        private int lastMonthDay = Integer.MIN_VALUE;
        private int lastMonth;
        /** Counts per month key from {@code monthBase}: no boxing per document. */
        private int[] monthCounts;
        private int monthBase;
        private int collected;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          collected++;
          if (entityValues.advanceExact(doc)) {
            for (int v = 0, c = entityValues.docValueCount(); v < c; v++) entityLocal.add((int) entityValues.nextOrd(), 1);
          }
          if (source != null) {
            if (source.advanceExact(doc)) sourceLocal.add(source.ordValue(), 1);
          } else if (sourceValues.advanceExact(doc)) {
            for (int v = 0, c = sourceValues.docValueCount(); v < c; v++) sourceLocal.add((int) sourceValues.nextOrd(), 1);
          }
          if (published.advanceExact(doc)) {
            long ms = published.longValue();
            int day = (int) Math.floorDiv(ms, MILLIS_PER_DAY);
            if (day != lastMonthDay) { // articles of one day often come together
              lastMonthDay = day;
              lastMonth = monthKey(ms);
            }
            if (monthCounts == null) {
              monthCounts = new int[MONTH_SPAN];
              monthBase = lastMonth - MONTH_SPAN / 2;
            }
            int i = lastMonth - monthBase;
            if (i >= 0 && i < MONTH_SPAN) monthCounts[i]++;
            else months.merge(lastMonth, 1, Integer::sum); // a date far from the first one seen
          }
        }

        @Override
        public void finish() {
          matches += collected;
          if (monthCounts != null) {
            for (int i = 0; i < MONTH_SPAN; i++) if (monthCounts[i] > 0) months.merge(monthBase + i, monthCounts[i], Integer::sum);
          }
          addUp(ordinals.entities(), ctx.ord, entityLocal, entities);
          addUp(ordinals.sources(), ctx.ord, sourceLocal, sources);
        }
      };
    }
  }
}
