package khabar.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khabar.index.MinHash;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Copies across the whole input, decided as {@code khabar ingest}'s index decides them
 * (DuplicateDetector), with the grouping done by Spark:
 *
 * <ul>
 *   <li><b>Exact</b>: articles grouped by content hash; each later one is an edge to the first.
 *   <li><b>Near</b>: articles grouped by each of their {@link MinHash#BANDS} band keys; within a
 *       group each article is compared with up to {@link #MAX_CANDIDATES} earlier members, and a
 *       pair at or above {@link MinHash#NEAR_COPY} estimated Jaccard similarity is an edge.
 *   <li>The edges (few: only copies have them) are resolved on the driver in input order, as the
 *       index writer does: an exact copy points at the original of the first article with its hash;
 *       a near copy at the original of its most similar earlier article (ties: the earliest); a copy
 *       of a copy at the original.
 * </ul>
 */
final class Copies {
  /** Earlier members of a band group compared with each article (ingest compares 20 candidates by band agreement). */
  static final int MAX_CANDIDATES = 50;
  static final String EXACT = "exact";
  static final String NEAR = "near";

  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("duplicate_of", DataTypes.StringType, false)
      .add("copy", DataTypes.StringType, false);

  /** A later article that repeats an earlier one. */
  record Edge(String later, long laterOrd, String earlier, long earlierOrd, double similarity, boolean exact) implements Serializable {}

  private record Member(long ord, String id, int[] signature) implements Serializable {}

  private Copies() {}

  /** {@code (id, duplicate_of, copy)} for every copy among {@code articles} (ord, id, content_hash, signature; one row per id). */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> articles) {
    JavaRDD<Member> members = articles.select("ord", "id", "content_hash", "signature").javaRDD().map(r -> {
      List<Integer> s = r.getList(3);
      int[] sig = new int[s.size()];
      for (int i = 0; i < sig.length; i++) sig[i] = s.get(i);
      return new Member(r.getLong(0), r.getString(1), sig);
    });
    JavaRDD<Edge> exact = articles.select("ord", "id", "content_hash").javaRDD()
        .filter(r -> !r.getString(2).isBlank())
        .mapToPair(r -> new Tuple2<>(r.getString(2), new Member(r.getLong(0), r.getString(1), new int[0])))
        .groupByKey()
        .flatMap(g -> {
          List<Member> all = sorted(g._2());
          List<Edge> out = new ArrayList<>();
          Member first = all.get(0);
          for (int i = 1; i < all.size(); i++) out.add(new Edge(all.get(i).id(), all.get(i).ord(), first.id(), first.ord(), 1.0, true));
          return out.iterator();
        });
    JavaRDD<Edge> near = members
        .filter(m -> m.signature().length > 0)
        .flatMapToPair(m -> MinHash.bands(m.signature()).stream().map(b -> new Tuple2<>(b, m)).iterator())
        .groupByKey()
        .flatMap(g -> {
          List<Member> all = sorted(g._2());
          List<Edge> out = new ArrayList<>();
          for (int i = 1; i < all.size(); i++) {
            Member later = all.get(i);
            for (int j = Math.max(0, i - MAX_CANDIDATES); j < i; j++) {
              Member earlier = all.get(j);
              double s = MinHash.similarity(later.signature(), earlier.signature());
              if (s >= MinHash.NEAR_COPY) out.add(new Edge(later.id(), later.ord(), earlier.id(), earlier.ord(), s, false));
            }
          }
          return out.iterator();
        })
        .distinct();
    List<Edge> edges = new ArrayList<>(exact.union(near).collect());
    List<Row> rows = new ArrayList<>();
    resolve(edges).forEach((id, d) -> rows.add(RowFactory.create(id, d[0], d[1])));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** id → {original, exact|near}, deciding the articles in input order. */
  static Map<String, String[]> resolve(List<Edge> edges) {
    Map<String, List<Edge>> byLater = new LinkedHashMap<>();
    edges.stream()
        .sorted(Comparator.comparingLong(Edge::laterOrd).thenComparingLong(Edge::earlierOrd))
        .forEach(e -> byLater.computeIfAbsent(e.later(), k -> new ArrayList<>()).add(e));
    Map<String, String[]> decided = new HashMap<>();
    for (Map.Entry<String, List<Edge>> x : byLater.entrySet()) {
      String id = x.getKey();
      String[] d = null;
      for (Edge e : x.getValue()) {
        String original = original(decided, e.earlier());
        if (e.exact() && !original.equals(id)) {
          d = new String[] {original, EXACT};
          break;
        }
      }
      if (d == null) {
        double best = -1;
        for (Edge e : x.getValue()) {
          String original = original(decided, e.earlier());
          if (!e.exact() && !original.equals(id) && e.similarity() > best) {
            best = e.similarity();
            d = new String[] {original, NEAR};
          }
        }
      }
      if (d != null) decided.put(id, d);
    }
    return decided;
  }

  private static String original(Map<String, String[]> decided, String id) {
    String[] d = decided.get(id);
    return d == null ? id : d[0];
  }

  private static List<Member> sorted(Iterable<Member> members) {
    List<Member> all = new ArrayList<>();
    members.forEach(all::add);
    all.sort(Comparator.comparingLong(Member::ord));
    return all;
  }
}
