package khabar.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import khabar.index.TaggedArticle;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;

/**
 * A time series of chosen entities: per period, how many selected articles mention each entity,
 * how many times, and — for companies — the dollar total of the figures in the sentences that
 * name it. The table is wide (one row per period, columns per entity) and its periods are
 * continuous from the first dated article to the last, with zeros where nothing was published.
 *
 * <ul>
 *   <li>Undated articles fall outside every period: they are counted in {@link Table#undated()}.
 *   <li>A dollar figure counts once per company per sentence that names both; a figure restating
 *       another ({@code equivalentOf}) is left out, and so are figures without a dollar value.
 *   <li>Ranges and vague figures have no single amount and are left out of totals.
 * </ul>
 */
public final class Trend {

  /** An entity followed: its id, type and names for labels. */
  public record Series(String id, EntityType type, String name, String nameAr) {
    public Series {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      if (type == EntityType.MONEY) throw new IllegalArgumentException("money is not an entity");
      name = name == null ? "" : name;
      nameAr = nameAr == null ? "" : nameAr;
    }

    /** The Arabic name, else the English one, else the id. */
    public String labelAr() {
      return !nameAr.isEmpty() ? nameAr : !name.isEmpty() ? name : id;
    }

    boolean hasMoney() {
      return type == EntityType.COMPANY;
    }
  }

  /** One period's counts for one entity. */
  public record Cell(long articles, long mentions, BigDecimal usd) {}

  /**
   * The wide table.
   *
   * @param period the bucketing
   * @param series the entities, in the order asked
   * @param periods period keys in time order, continuous
   * @param cells per period key, one cell per series
   * @param undated selected articles without a publication date
   */
  public record Table(Period period, List<Series> series, List<String> periods, Map<String, List<Cell>> cells, long undated) {
    public Table {
      series = List.copyOf(series);
      periods = List.copyOf(periods);
      cells = Map.copyOf(cells);
    }

    /** {@code period}, then per entity {@code ID.articles}, {@code ID.mentions} and, for a company, {@code ID.usd}. */
    public List<String> columns() {
      List<String> c = new ArrayList<>();
      c.add("period");
      for (Series s : series) {
        c.add(s.id() + ".articles");
        c.add(s.id() + ".mentions");
        if (s.hasMoney()) c.add(s.id() + ".usd");
      }
      return c;
    }

    /** The rows in {@link #columns()} order, one per period. */
    public List<List<Object>> rows() {
      List<List<Object>> out = new ArrayList<>();
      for (String p : periods) {
        List<Object> row = new ArrayList<>();
        row.add(p);
        List<Cell> cs = cells.get(p);
        for (int i = 0; i < series.size(); i++) {
          Cell c = cs.get(i);
          row.add(c.articles());
          row.add(c.mentions());
          if (series.get(i).hasMoney()) row.add(c.usd());
        }
        out.add(row);
      }
      return out;
    }
  }

  /** Counts {@code series} over the articles {@code request} selects, bucketed by {@code period}. */
  public Table count(Searcher searcher, SearchRequest request, List<Series> series, Period period) throws IOException {
    if (period == Period.ALL) throw new IllegalArgumentException("a trend needs a period: day, week or month");
    if (series.isEmpty()) throw new IllegalArgumentException("name at least one entity");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < series.size(); i++) {
      if (index.put(series.get(i).id(), i) != null) {
        throw new IllegalArgumentException("entity " + series.get(i).id() + " is named twice");
      }
    }
    TreeMap<LocalDate, long[][]> counts = new TreeMap<>();
    TreeMap<LocalDate, BigDecimal[]> usd = new TreeMap<>();
    long[] undated = {0};
    StoredArticles.forEach(
        searcher.indexSearcher(),
        searcher.query(request),
        a -> {
          if (a.article().published() == null) {
            undated[0]++;
            return;
          }
          LocalDate start = start(period, LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC));
          long[][] c = counts.computeIfAbsent(start, k -> new long[series.size()][2]);
          BigDecimal[] u = usd.computeIfAbsent(start, k -> new BigDecimal[series.size()]);
          add(a, index, c, u);
        });
    List<String> periods = new ArrayList<>();
    Map<String, List<Cell>> cells = new LinkedHashMap<>();
    if (!counts.isEmpty()) {
      for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = next(period, d)) {
        String key = period.key(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        periods.add(key);
        long[][] c = counts.get(d);
        BigDecimal[] u = usd.get(d);
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
          BigDecimal total = series.get(i).hasMoney() ? (u == null || u[i] == null ? BigDecimal.ZERO : u[i]) : null;
          row.add(c == null ? new Cell(0, 0, total) : new Cell(c[i][0], c[i][1], total));
        }
        cells.put(key, row);
      }
    }
    return new Table(period, series, periods, cells, undated[0]);
  }

  private static void add(TaggedArticle a, Map<String, Integer> index, long[][] c, BigDecimal[] u) {
    Set<Integer> seen = new HashSet<>();
    Sentences sentences = null;
    for (Mention m : a.mentions()) {
      Integer i = index.get(m.id());
      if (i == null) continue;
      c[i][1]++;
      if (seen.add(i)) c[i][0]++;
    }
    for (Mention m : a.mentions()) {
      // a price per share is a value, never part of a sum of money
      if (m.money() == null || m.money().usd() == null || m.money().equivalentOf() != null || m.money().perShare()) continue;
      if (sentences == null) sentences = Sentences.of(a.article().text());
      int k = sentences.indexAt(m.start());
      if (k < 0) continue;
      Set<Integer> companies = new HashSet<>();
      for (Mention e : a.mentions()) {
        Integer i = index.get(e.id());
        if (i != null && e.type() == EntityType.COMPANY && sentences.indexAt(e.start()) == k) companies.add(i);
      }
      for (int i : companies) u[i] = u[i] == null ? m.money().usd() : u[i].add(m.money().usd());
    }
  }

  /** The first day of the period holding {@code d}. */
  static LocalDate start(Period p, LocalDate d) {
    return switch (p) {
      case DAY -> d;
      case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L); // Monday, as ISO weeks (Period.key) start
      case MONTH -> d.withDayOfMonth(1);
      case ALL -> throw new IllegalArgumentException("no periods");
    };
  }

  private static LocalDate next(Period p, LocalDate d) {
    return switch (p) {
      case DAY -> d.plusDays(1);
      case WEEK -> d.plus(1, ChronoUnit.WEEKS);
      case MONTH -> d.plusMonths(1);
      case ALL -> throw new IllegalArgumentException("no periods");
    };
  }
}
