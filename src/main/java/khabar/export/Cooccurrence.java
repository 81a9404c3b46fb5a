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
import java.util.TreeSet;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import khabar.util.Enums;

/**
 * The co-occurrence network of the articles a request selects: entities (companies, chips,
 * people; not money) as nodes, and an edge between two entities for each article — or, with
 * {@link Window#SENTENCE}, each sentence — that mentions both. Memory grows with the number of
 * distinct entities and pairs, never with articles.
 */
public final class Cooccurrence {

  public static final List<String> COLUMNS =
      List.of("source", "source_name", "source_name_ar", "source_type", "target", "target_name",
          "target_name_ar", "target_type", "weight", "articles");

  /** What counts as "together". */
  public enum Window {
    /** Anywhere in the same article. */
    ARTICLE,
    /** In the same sentence ({@link Sentences}); a mention belongs to the sentence it starts in. */
    SENTENCE;

    public static Window parse(String s) {
      return Enums.parse(Window.class, "window", s);
    }
  }

  /**
   * An entity of the network.
   *
   * @param articles selected articles mentioning it
   * @param mentions its mentions in them
   */
  public record Node(String id, EntityType type, String name, String nameAr, long articles, long mentions) {
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
    }

    /** What a graph tool shows: the English name, else the Arabic one (a candidate's), never a bare id unless nameless. */
    public String label() {
      if (name != null && !name.isEmpty()) return name;
      if (nameAr != null && !nameAr.isEmpty()) return nameAr;
      return id;
    }

    /** The Arabic label: the Arabic name, else the English one. */
    public String labelAr() {
      return nameAr != null && !nameAr.isEmpty() ? nameAr : label();
    }

    /** Whether this is a name no gazetteer lists (a candidate id). */
    public boolean candidate() {
      return id.startsWith(khabar.tag.Mention.CANDIDATE_PREFIX);
    }
  }

  /**
   * Two entities seen together; {@code source} sorts before {@code target}.
   *
   * @param weight articles (article window) or sentences (sentence window) with both
   * @param articles articles with both in the window
   */
  public record Edge(String source, String target, long weight, long articles) {
    public Edge {
      if (source.compareTo(target) >= 0) throw new IllegalArgumentException("edge " + source + "–" + target + " is not ordered");
    }
  }

  /**
   * The network: nodes by id, edges by weight (largest first, then ids).
   *
   * @param window the window the edges were counted in
   */
  public record Graph(Window window, List<Node> nodes, List<Edge> edges) {
    public Graph {
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
    }

    /** One row per edge with both ends' names and types, in {@link #COLUMNS} order. */
    public List<List<Object>> rows() {
      Map<String, Node> byId = new HashMap<>();
      for (Node n : nodes) byId.put(n.id(), n);
      List<List<Object>> rows = new ArrayList<>();
      for (Edge e : edges) {
        Node s = byId.get(e.source());
        Node t = byId.get(e.target());
        rows.add(List.of(s.id(), s.name(), s.nameAr(), s.type().name(), t.id(), t.name(), t.nameAr(),
            t.type().name(), e.weight(), e.articles()));
      }
      return rows;
    }
  }

  /**
   * Builds the network; edges with a weight under {@code minWeight} are dropped, and so are nodes
   * left without edges.
   */
  public Graph build(Searcher searcher, SearchRequest request, Window window, long minWeight) throws IOException {
    if (minWeight < 1) throw new IllegalArgumentException("minimum weight must be at least 1");
    Map<String, Mention> first = new HashMap<>();
    Map<String, long[]> nodeCounts = new HashMap<>();
    Map<String, long[]> pairCounts = new HashMap<>(); // "a\0b" -> {weight, articles}
    StoredArticles.forEach(
        searcher.indexSearcher(),
        searcher.query(request),
        a -> {
          List<Mention> ms = a.mentions().stream().filter(m -> m.type() != EntityType.MONEY).toList();
          Set<String> ids = new TreeSet<>();
          for (Mention m : ms) {
            first.putIfAbsent(m.id(), m);
            nodeCounts.computeIfAbsent(m.id(), k -> new long[2])[1]++;
            ids.add(m.id());
          }
          for (String id : ids) nodeCounts.get(id)[0]++;
          Set<String> articlePairs = new HashSet<>();
          if (window == Window.ARTICLE) {
            articlePairs.addAll(pairs(ids));
            for (String p : articlePairs) pairCounts.computeIfAbsent(p, k -> new long[2])[0]++;
          } else {
            Sentences sentences = Sentences.of(a.article().text());
            Map<Integer, Set<String>> bySentence = new HashMap<>();
            for (Mention m : ms) {
              int k = sentences.indexAt(m.start());
              if (k >= 0) bySentence.computeIfAbsent(k, x -> new TreeSet<>()).add(m.id());
            }
            for (Set<String> inSentence : bySentence.values()) {
              for (String p : pairs(inSentence)) {
                pairCounts.computeIfAbsent(p, k -> new long[2])[0]++;
                articlePairs.add(p);
              }
            }
          }
          for (String p : articlePairs) pairCounts.get(p)[1]++;
        });
    List<Edge> edges = new ArrayList<>();
    Set<String> linked = new HashSet<>();
    pairCounts.forEach(
        (p, c) -> {
          if (c[0] < minWeight) return;
          int z = p.indexOf('\u0000');
          Edge e = new Edge(p.substring(0, z), p.substring(z + 1), c[0], c[1]);
          edges.add(e);
          linked.add(e.source());
          linked.add(e.target());
        });
    edges.sort(
        Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source).thenComparing(Edge::target));
    List<Node> nodes = new ArrayList<>();
    for (String id : new TreeSet<>(linked)) {
      Mention m = first.get(id);
      long[] c = nodeCounts.get(id);
      nodes.add(new Node(id, m.type(), m.name(), m.nameAr(), c[0], c[1]));
    }
    return new Graph(window, nodes, edges);
  }

  /** Every unordered pair of a sorted set, as "a\0b" with a before b. */
  private static List<String> pairs(Set<String> sortedIds) {
    List<String> ids = new ArrayList<>(sortedIds);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) out.add(ids.get(i) + '\u0000' + ids.get(j));
    }
    return out;
  }
}
