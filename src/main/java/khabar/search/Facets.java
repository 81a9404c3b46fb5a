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
  static final String MONTH = "month";
  static final String YEAR = "year";
  private static final long MILLIS_PER_DAY = 86_400_000L;

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
      int n = KEYWORD_FIELDS.size();
      SortedSetDocValues[] dvs = new SortedSetDocValues[n];
      int[][] counts = new int[n][];
      for (int k = 0; k < n; k++) {
        dvs[k] = DocValues.getSortedSet(ctx.reader(), KEYWORD_FIELDS.get(k));
        counts[k] = new int[(int) Math.min(Integer.MAX_VALUE - 8, dvs[k].getValueCount())];
      }
      NumericDocValues published = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
      return new LeafCollector() {
        private int lastMonthDay = Integer.MIN_VALUE;
        private int lastMonth;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int k = 0; k < n; k++) {
            if (!dvs[k].advanceExact(doc)) continue;
            for (int v = 0, c = dvs[k].docValueCount(); v < c; v++) counts[k][(int) dvs[k].nextOrd()]++;
          }
          if (published.advanceExact(doc)) {
            long ms = published.longValue();
            int day = (int) Math.floorDiv(ms, MILLIS_PER_DAY);
            if (day != lastMonthDay) { // articles of one day often come together
              lastMonthDay = day;
              lastMonth = monthKey(ms);
            }
            months.merge(lastMonth, 1, Integer::sum);
          }
        }

        @Override
        public void finish() throws IOException {
          for (int k = 0; k < n; k++) {
            Map<String, Integer> m = keyword.computeIfAbsent(KEYWORD_FIELDS.get(k), f -> new HashMap<>());
            for (int ord = 0; ord < counts[k].length; ord++) {
              if (counts[k][ord] == 0) continue;
              String value = dvs[k].lookupOrd(ord).utf8ToString();
              if (!value.isEmpty()) m.merge(value, counts[k][ord], Integer::sum);
            }
          }
        }
      };
    }
  }
}
