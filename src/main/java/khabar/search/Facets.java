package khabar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * The number of documents a query matches and facet counts over them (not just the page shown):
 * articles per company, chip, person and source (the {@value #TOP} largest, ties by name in
 * code-point order), and per month and year of publication (all of them, in time order).
 * Counting needs no scores: it runs as a pass of its own, so that the top hits can skip what
 * cannot compete. The pass notes every match (the total is always exact); the facets are then
 * counted over every match, or, with {@link Sampling} and more matches than it allows, over an
 * even sample of them and scaled up ({@link Counted#approximate}). Per segment it counts
 * doc-value ordinals into arrays; at the end of a segment they are added up by global ordinal
 * ({@link Ordinals}, built once per reader); only the values counted are visited and only the
 * values shown are turned back into strings.
 */
final class Facets implements CollectorManager<Facets.Matches, Facets.Counted> {
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
  /** Seed of the draw within each stretch of a sample: the same matches always give the same sample. */
  private static final long SAMPLE_SEED = 0x6b686162L;

  /**
   * When facets are counted on a sample: with more than {@code above} matches, on {@code size} of
   * them, one drawn from each of {@code size} equal stretches of the matches in index order (so
   * the sample spreads over the whole index, old and new articles alike), and every count is
   * scaled by matches / size.
   */
  record Sampling(int above, int size) {
    /** Searches count facets exactly up to 20,000 matches, and on 10,000 of them beyond. */
    static final Sampling DEFAULT = new Sampling(20_000, 10_000);

    Sampling {
      if (size < 1) throw new IllegalArgumentException("a sample needs at least one match: " + size);
      if (above < size) throw new IllegalArgumentException("sampling above " + above + " matches cannot draw " + size);
    }
  }

  /**
   * The matches of a query and its facets (facet name → value → count, in output order).
   *
   * @param matches every match, counted exactly
   * @param counted the matches the facets were counted on: {@code matches}, or a sample of them
   */
  record Counted(long matches, long counted, Map<String, Map<String, Integer>> facets) {
    /** Whether the facet counts are estimates from a sample. */
    boolean approximate() {
      return counted < matches;
    }
  }

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
  /** Null: count every match. */
  private final Sampling sampling;

  /**
   * @param sampling when to count on a sample of the matches; null counts every match
   */
  Facets(Ordinals ordinals, Sampling sampling) {
    this.ordinals = ordinals;
    this.sampling = sampling;
  }

  @Override
  public Matches newCollector() {
    return new Matches();
  }

  @Override
  public Counted reduce(Collection<Matches> collected) throws IOException {
    List<Segment> segments = new ArrayList<>();
    for (Matches m : collected) segments.addAll(m.segments);
    segments.sort(java.util.Comparator.comparingInt(g -> g.context.ord));
    long matches = 0;
    for (Segment g : segments) matches += g.size;
    Counter counter = new Counter(ordinals);
    long counted = matches;
    if (sampling != null && matches > sampling.above()) {
      counted = sampling.size();
      draw(segments, matches, sampling.size());
    }
    for (Segment g : segments) counter.count(g.context, g.docs, g.size);
    return counter.counted(matches, counted);
  }

  /**
   * Keeps in {@code segments} only a sample of {@code size} of their {@code matches} matches: the
   * matches in index order cut into {@code size} stretches of (nearly) equal length, one match
   * drawn from each.
   */
  static void draw(List<Segment> segments, long matches, int size) {
    SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
    Iterator<Segment> it = segments.iterator();
    Segment g = it.next();
    long before = 0; // matches in the segments before g
    int kept = 0; // of g's matches, kept so far
    for (int i = 0; i < size; i++) {
      long from = matches * i / size;
      long to = matches * (i + 1) / size;
      long at = from + random.nextLong(to - from);
      while (at >= before + g.size) {
        before += g.size;
        g.size = kept;
        kept = 0;
        g = it.next();
      }
      g.docs[kept++] = g.docs[(int) (at - before)]; // in order: never overwrites a match not yet passed
    }
    g.size = kept;
    while (it.hasNext()) it.next().size = 0;
  }

  /** One segment's matching documents, in order. */
  static final class Segment {
    final LeafReaderContext context;
    int[] docs = new int[64];
    int size;

    Segment(LeafReaderContext context) {
      this.context = context;
    }

    void add(int doc) {
      if (size == docs.length) docs = java.util.Arrays.copyOf(docs, size * 2);
      docs[size++] = doc;
    }

    /** Adds the first {@code n} of {@code more}, in order after those added so far. */
    void add(int[] more, int n) {
      if (size + n > docs.length) docs = java.util.Arrays.copyOf(docs, Math.max(docs.length * 2, size + n));
      System.arraycopy(more, 0, docs, size, n);
      size += n;
    }
  }

  /** Notes the matching documents of one slice of the index, segment by segment. */
  static final class Matches implements Collector {
    private final List<Segment> segments = new ArrayList<>();
    private final int[] buffer = new int[512];

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      Segment g = new Segment(ctx);
      segments.add(g);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          g.add(doc);
        }

        /** Takes a batch in one copy where Lucene hands one over (a dense stretch of matches). */
        @Override
        public void collect(DocIdStream stream) throws IOException {
          for (int n; (n = stream.intoArray(buffer)) > 0; ) g.add(buffer, n);
        }
      };
    }
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

    /** The values kept, largest first, each count as {@code shown} makes it. */
    Map<String, Integer> values(GlobalOrdinals values, java.util.function.IntUnaryOperator shown) throws IOException {
      String[] names = values.values(java.util.Arrays.copyOf(ords, size));
      Map<String, Integer> out = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) out.put(names[i], shown.applyAsInt(counts[i]));
      return out;
    }
  }

  /** A year as at least four digits, as {@code String.format("%04d")} writes it (which cost more than the counting). */
  static String year(int y) {
    String digits = Integer.toString(Math.abs(y));
    String padded = digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    return y < 0 ? "-" + (digits.length() >= 3 ? digits : "0".repeat(3 - digits.length()) + digits) : padded;
  }

  /** Months since year 0 of a publication time, the key of the month facet. */
  static int monthKey(long epochMillis) {
    return monthOfDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
  }

  /**
   * Months since year 0 of a day since 1970-01-01 in the proleptic Gregorian calendar, as {@code
   * LocalDate.ofEpochDay} would give it, by integer arithmetic alone (H. Hinnant's days-to-civil):
   * a sample's documents seldom share a day, and building a date for each cost a tenth of the
   * facet count.
   */
  static int monthOfDay(long epochDay) {
    long z = epochDay + 719_468; // days since 0000-03-01
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097; // day of the 400-year era, [0, 146096]
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of a year starting in March, [0, 365]
    long mp = (5 * doy + 2) / 153; // month from March, [0, 11]
    long month = mp < 10 ? mp + 3 : mp - 9; // [1, 12]
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return Math.toIntExact(year * 12 + month - 1);
  }

  /** Counts facets of the documents it is given, segment by segment, by global ordinal. */
  static final class Counter {
    private final Ordinals ordinals;
    private final Counts entities;
    private final Counts sources;
    private final Map<Integer, Integer> months = new TreeMap<>();

    Counter(Ordinals ordinals) {
      this.ordinals = ordinals;
      this.entities = new Counts(ordinals.entities().count());
      this.sources = new Counts(ordinals.sources().count());
    }

    /** Counts of a segment's ordinals: the global ones when the segment's ordinals are global. */
    private static Counts local(GlobalOrdinals g, Counts global, SortedSetDocValues values) {
      return g.identity() ? global : new Counts((int) values.getValueCount());
    }

    /** Adds a segment's counts to the global ones. */
    private static void addUp(GlobalOrdinals g, int leaf, Counts local, Counts global) {
      if (local == global) return;
      LongValues toGlobal = g.toGlobal(leaf);
      for (int i = 0; i < local.size; i++) {
        int ord = local.counted[i];
        global.add((int) toGlobal.get(ord), local.counts[ord]);
      }
    }

    /** Counts the first {@code n} of {@code docs}, documents of the segment {@code ctx} in increasing order. */
    void count(LeafReaderContext ctx, int[] docs, int n) throws IOException {
      if (n == 0) return;
      SortedSetDocValues entityValues = DocValues.getSortedSet(ctx.reader(), Fields.ENTITY);
      Counts entityLocal = local(ordinals.entities(), entities, entityValues);
      SortedSetDocValues sourceValues = DocValues.getSortedSet(ctx.reader(), Fields.SOURCE);
      SortedDocValues source = DocValues.unwrapSingleton(sourceValues);
      Counts sourceLocal = local(ordinals.sources(), sources, sourceValues);
      NumericDocValues published = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
      int lastMonthDay = Integer.MIN_VALUE;
      int lastMonth = 0;
      int[] monthCounts = null; // counts per month key from monthBase: no boxing per document
      int monthBase = 0;
      for (int i = 0; i < n; i++) {
        int doc = docs[i];
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
          int at = lastMonth - monthBase;
          if (at >= 0 && at < MONTH_SPAN) monthCounts[at]++;
          else months.merge(lastMonth, 1, Integer::sum); // a date far from the first one seen
        }
      }
      if (monthCounts != null) {
        for (int i = 0; i < MONTH_SPAN; i++) if (monthCounts[i] > 0) months.merge(monthBase + i, monthCounts[i], Integer::sum);
      }
      addUp(ordinals.entities(), ctx.ord, entityLocal, entities);
      addUp(ordinals.sources(), ctx.ord, sourceLocal, sources);
    }

    /**
     * The facets as shown, counted on {@code counted} of {@code matches} matches: each count
     * scaled by matches / counted when that is a sample.
     */
    Counted counted(long matches, long counted) throws IOException {
      double scale = counted == 0 ? 1 : (double) matches / counted;
      java.util.function.IntUnaryOperator shown = n -> counted == matches ? n : (int) Math.round(n * scale);
      Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
      Top[] byType = new Top[ENTITY_FACETS];
      for (int k = 0; k < ENTITY_FACETS; k++) byType[k] = new Top();
      byte[] facetOf = ordinals.facetOfEntity();
      for (int ord : entities.counted()) if (facetOf[ord] >= 0) byType[facetOf[ord]].offer(ord, entities.counts[ord]);
      for (int k = 0; k < ENTITY_FACETS; k++) out.put(KEYWORD_FIELDS.get(k), byType[k].values(ordinals.entities(), shown));
      Top bySource = new Top();
      if (sources.size > 0) {
        boolean emptySource = ordinals.sources().value(0).isEmpty(); // the smallest value, if any
        for (int ord : sources.counted()) if (ord > 0 || !emptySource) bySource.offer(ord, sources.counts[ord]);
      }
      out.put(Fields.SOURCE, bySource.values(ordinals.sources(), shown));
      Map<String, Integer> month = new LinkedHashMap<>();
      Map<String, Integer> year = new LinkedHashMap<>();
      months.forEach(
          (k, n) -> {
            String yyyy = year(Math.floorDiv(k, 12));
            int mm = Math.floorMod(k, 12) + 1;
            int c = shown.applyAsInt(n);
            month.put(yyyy + (mm < 10 ? "-0" : "-") + mm, c);
            year.merge(yyyy, c, Integer::sum); // a year is the sum of its months, as shown
          });
      out.put(MONTH, month);
      out.put(YEAR, year);
      return new Counted(matches, counted, out);
    }
  }
}
