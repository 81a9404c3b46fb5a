package khabar.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;

/**
 * Top entities of the articles a request selects: for each period and type, the entities with the
 * most articles (or mentions). Money figures are not entities and are not counted. Memory grows
 * with entities × periods, never with articles.
 */
public final class EntityCounts {

  public static final List<String> COLUMNS =
      List.of("period", "type", "entity_id", "name", "name_ar", "articles", "mentions");

  /** Which count ranks entities; the other breaks ties, then the id. */
  public enum Rank {
    ARTICLES,
    MENTIONS
  }

  /**
   * One entity's counts in one period.
   *
   * @param period the period key ({@link Period#key})
   * @param articles selected articles mentioning the entity
   * @param mentions its mentions in them
   */
  public record Row(String period, EntityType type, String id, String name, String nameAr, long articles, long mentions) {
    public Row {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
    }

    public List<Object> values() {
      return List.of(period, type.name(), id, name, nameAr, articles, mentions);
    }
  }

  /**
   * Counts entities of the selected articles kept by {@code filter}; rows are ordered by period,
   * type (COMPANY, CHIP, PERSON), then rank, at most {@code top} per period and type.
   */
  public List<Row> count(Searcher searcher, SearchRequest request, MentionFilter filter, Period period, Rank rank, int top)
      throws IOException {
    if (top < 1) throw new IllegalArgumentException("top must be at least 1");
    Map<String, Map<String, long[]>> counts = new HashMap<>();
    Map<String, Mention> names = new HashMap<>();
    StoredArticles.forEach(
        searcher.indexSearcher(),
        searcher.query(request),
        a -> {
          Map<String, long[]> bucket = counts.computeIfAbsent(period.key(a.article().published()), k -> new HashMap<>());
          Set<String> seen = new HashSet<>();
          for (Mention m : a.mentions()) {
            if (m.type() == EntityType.MONEY || !filter.accepts(m)) continue;
            names.putIfAbsent(m.id(), m);
            long[] c = bucket.computeIfAbsent(m.id(), k -> new long[2]);
            if (seen.add(m.id())) c[0]++;
            c[1]++;
          }
        });
    List<Row> all = new ArrayList<>();
    counts.forEach(
        (p, bucket) ->
            bucket.forEach(
                (id, c) -> {
                  Mention m = names.get(id);
                  all.add(new Row(p, m.type(), id, m.name(), m.nameAr(), c[0], c[1]));
                }));
    Comparator<Row> byRank =
        rank == Rank.ARTICLES
            ? Comparator.comparingLong(Row::articles).reversed().thenComparing(Comparator.comparingLong(Row::mentions).reversed())
            : Comparator.comparingLong(Row::mentions).reversed().thenComparing(Comparator.comparingLong(Row::articles).reversed());
    all.sort(Comparator.comparing(Row::period).thenComparing(Row::type).thenComparing(byRank).thenComparing(Row::id));
    List<Row> out = new ArrayList<>();
    String group = null;
    int n = 0;
    for (Row r : all) {
      String g = r.period() + "\u0000" + r.type();
      if (!g.equals(group)) {
        group = g;
        n = 0;
      }
      if (n++ < top) out.add(r);
    }
    return out;
  }
}
