package khabar.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.WeakHashMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import khabar.index.Fields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Facet counts over every document a query matches (not just the page shown): articles per
 * company, chip, person and source (the {@value #TOP} largest, ties by name), and per month and
 * year of publication (all of them, in time order). Counts are exact. Counting runs in the same
 * pass as the top hits, over doc-value ordinals per segment; only the ordinals counted are turned
 * back into strings.
 */
final class Facets implements CollectorManager<Facets.Counter, Map<String, Map<String, Integer>>> {
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

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Map<String, Integer>> reduce(Collection<Counter> counters) {
    Map<String, Map<String, Integer>> keyword = new LinkedHashMap<>();
    for (String f : KEYWORD_FIELDS) keyword.put(f, new HashMap<>());
    Map<Integer, Integer> months = new TreeMap<>();
    for (Counter c : counters) {
      c.keyword.forEach((f, m) -> m.forEach((v, n) -> keyword.get(f).merge(v, n, Integer::sum)));
      c.months.forEach((k, n) -> months.merge(k, n, Integer::sum));
    }
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    keyword.forEach((f, m) -> out.put(f, top(m)));
    Map<String, Integer> month = new LinkedHashMap<>();
    Map<String, Integer> year = new LinkedHashMap<>();
    months.forEach(
        (k, n) -> {
          int y = Math.floorDiv(k, 12);
          month.put(String.format(Locale.ROOT, "%04d-%02d", y, Math.floorMod(k, 12) + 1), n);
          year.merge(String.format(Locale.ROOT, "%04d", y), n, Integer::sum);
        });
    out.put(MONTH, month);
    out.put(YEAR, year);
    return out;
  }

  private static Map<String, Integer> top(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Months since year 0 of a publication time, the key of the month facet. */
  static int monthKey(long epochMillis) {
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** Per segment: the index in {@link #KEYWORD_FIELDS} of each entity ordinal's facet, -1 for none. */
  private static final Map<IndexReader.CacheKey, byte[]> FACET_OF_ORD = Collections.synchronizedMap(new WeakHashMap<>());

  private static byte[] facetOfOrd(LeafReaderContext ctx) throws IOException {
    IndexReader.CacheHelper helper = ctx.reader().getCoreCacheHelper();
    if (helper == null) return computeFacetOfOrd(ctx);
    byte[] known = FACET_OF_ORD.get(helper.getKey());
    if (known != null) return known;
    byte[] computed = computeFacetOfOrd(ctx);
    FACET_OF_ORD.put(helper.getKey(), computed);
    return computed;
  }

  private static byte[] computeFacetOfOrd(LeafReaderContext ctx) throws IOException {
    SortedSetDocValues entities = DocValues.getSortedSet(ctx.reader(), Fields.ENTITY);
    byte[] out = new byte[(int) Math.min(Integer.MAX_VALUE - 8, entities.getValueCount())];
    java.util.Arrays.fill(out, (byte) -1);
    for (int k = 0; k < ENTITY_FACETS; k++) {
      SortedSetDocValues typed = DocValues.getSortedSet(ctx.reader(), KEYWORD_FIELDS.get(k));
      for (long ord = 0; ord < typed.getValueCount(); ord++) {
        long at = entities.lookupTerm(typed.lookupOrd(ord));
        if (at >= 0) out[(int) at] = (byte) k;
      }
    }
    return out;
  }

  /** Counts one slice of the index. */
  static final class Counter implements Collector {
    private final Map<String, Map<String, Integer>> keyword = new HashMap<>();
    private final Map<Integer, Integer> months = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      // One doc-values read per document for every entity type: the entity field holds them all,
      // and which facet an ordinal belongs to is worked out once per segment.
      SortedSetDocValues entities = DocValues.getSortedSet(ctx.reader(), Fields.ENTITY);
      byte[] facetOfOrd = facetOfOrd(ctx);
      int[] entityCounts = new int[(int) Math.min(Integer.MAX_VALUE - 8, entities.getValueCount())];
      SortedSetDocValues sources = DocValues.getSortedSet(ctx.reader(), Fields.SOURCE);
      SortedDocValues source = DocValues.unwrapSingleton(sources);
      int[] sourceCounts = new int[(int) Math.min(Integer.MAX_VALUE - 8, sources.getValueCount())];
      NumericDocValues published = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
      return new LeafCollector() {
        private int lastMonthDay = Integer.MIN_VALUE;
        private int lastMonth;
        /** Counts per month key from {@code monthBase}: no boxing per document. */
        private int[] monthCounts;
        private int monthBase;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (entities.advanceExact(doc)) {
            for (int v = 0, c = entities.docValueCount(); v < c; v++) entityCounts[(int) entities.nextOrd()]++;
          }
          if (source != null) {
            if (source.advanceExact(doc)) sourceCounts[source.ordValue()]++;
          } else if (sources.advanceExact(doc)) {
            for (int v = 0, c = sources.docValueCount(); v < c; v++) sourceCounts[(int) sources.nextOrd()]++;
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
        public void finish() throws IOException {
          if (monthCounts != null) {
            for (int i = 0; i < MONTH_SPAN; i++) if (monthCounts[i] > 0) months.merge(monthBase + i, monthCounts[i], Integer::sum);
          }
          for (int ord = 0; ord < entityCounts.length; ord++) {
            if (entityCounts[ord] == 0 || facetOfOrd[ord] < 0) continue;
            String value = entities.lookupOrd(ord).utf8ToString();
            keyword.computeIfAbsent(KEYWORD_FIELDS.get(facetOfOrd[ord]), f -> new HashMap<>()).merge(value, entityCounts[ord], Integer::sum);
          }
          Map<String, Integer> m = keyword.computeIfAbsent(Fields.SOURCE, f -> new HashMap<>());
          for (int ord = 0; ord < sourceCounts.length; ord++) {
            if (sourceCounts[ord] == 0) continue;
            String value = sources.lookupOrd(ord).utf8ToString();
            if (!value.isEmpty()) m.merge(value, sourceCounts[ord], Integer::sum);
          }
        }
      };
    }
  }
}
