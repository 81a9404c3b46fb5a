package khabar.export;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.search.Hit;
import khabar.search.SearchRequest;
import khabar.search.SearchResult;
import khabar.search.Searcher;
import khabar.search.Snippet;
import khabar.tag.EntityType;
import khabar.tag.Mention;

/**
 * What is new for a watchlist since the last run. An article is <em>new</em> when it is an
 * original (not a copy), was not reported by an earlier run (the {@code reported} ids a caller
 * keeps between runs), and — when a cut-off is given — was published (else fetched) at or after
 * it. For each watched entity the digest gives:
 *
 * <ol>
 *   <li>the new articles that mention it, newest first, each with the sentence of its first
 *       mention, the mention marked;
 *   <li>the new dollar figures standing in a sentence that names it (at least the watchlist's
 *       {@code min-usd});
 *   <li>the entities it newly co-occurs with: named with it in a new article, and in no older one;
 *   <li>the candidate names (found from context, in no gazetteer) of type company in those new
 *       articles, which may be rivals, partners or subsidiaries to add to the gazetteer;
 *   <li>its monthly article counts over the whole index ({@link Trend}), for a chart.
 * </ol>
 *
 * For each watched query it gives the new articles the query finds, with search snippets.
 */
public final class Digest {
  /** Articles listed per section at most; the count says how many there were. */
  public static final int MAX_ARTICLES = 50;

  /** One new article. */
  public record Item(String id, String url, String title, Instant published, String source, Snippet snippet) {
    public Item {
      Objects.requireNonNull(id, "id");
      title = title == null ? "" : title;
      source = source == null ? "" : source;
      snippet = snippet == null ? Snippet.EMPTY : snippet;
    }
  }

  /** A new dollar figure and where it stands. */
  public record Figure(String articleId, String title, String text, Money money, String sentence) {}

  /** An entity named beside the watched one. */
  public record Named(String id, EntityType type, String name, String nameAr, boolean candidate) {
    /** The Arabic name, else the English one, else the id. */
    public String label() {
      return nameAr != null && !nameAr.isEmpty() ? nameAr : name != null && !name.isEmpty() ? name : id;
    }
  }

  /** The section of one watched entity. */
  public record EntitySection(
      Trend.Series entity, long newArticles, List<Item> articles, List<Figure> money, List<Named> newlyWith,
      List<Named> candidates, Trend.Table trend) {
    public EntitySection {
      articles = List.copyOf(articles);
      money = List.copyOf(money);
      newlyWith = List.copyOf(newlyWith);
      candidates = List.copyOf(candidates);
    }
  }

  /** The section of one watched query. */
  public record QuerySection(String query, long newArticles, List<Item> articles) {
    public QuerySection {
      articles = List.copyOf(articles);
    }
  }

  /**
   * The digest.
   *
   * @param since the cut-off asked, or null
   * @param newIds every new article reported (the ids to remember for the next run)
   */
  public record Report(Instant since, Instant made, List<EntitySection> entities, List<QuerySection> queries, Set<String> newIds) {
    public Report {
      entities = List.copyOf(entities);
      queries = List.copyOf(queries);
      newIds = Set.copyOf(newIds);
    }

    public boolean isEmpty() {
      return newIds.isEmpty();
    }
  }

  private final Searcher searcher;

  public Digest(Searcher searcher) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
  }

  /**
   * Makes the digest of {@code entities} and {@code queries}; {@code reported} holds the ids an
   * earlier run reported, {@code minUsd} the smallest dollar figure to list (or null).
   */
  public Report make(List<Trend.Series> entities, List<String> queries, Double minUsd, Instant since, Set<String> reported, Instant now)
      throws IOException {
    Map<String, Integer> watched = new LinkedHashMap<>();
    for (int i = 0; i < entities.size(); i++) watched.put(entities.get(i).id(), i);
    List<List<TaggedArticle>> fresh = new ArrayList<>();
    List<Set<String>> before = new ArrayList<>(); // ids named with the entity in older articles
    for (int i = 0; i < entities.size(); i++) {
      fresh.add(new ArrayList<>());
      before.add(new HashSet<>());
    }
    Set<String> newIds = new LinkedHashSet<>();
    StoredArticles.forEach(
        searcher.indexSearcher(),
        searcher.query(SearchRequest.of("")),
        a -> {
          boolean isNew = isNew(a, since, reported);
          Set<Integer> hits = new HashSet<>();
          for (Mention m : a.mentions()) {
            Integer i = watched.get(m.id());
            if (i != null) hits.add(i);
          }
          for (int i : hits) {
            if (isNew) {
              fresh.get(i).add(a);
              newIds.add(a.id());
            } else {
              for (Mention m : a.mentions()) if (m.type() != EntityType.MONEY) before.get(i).add(m.id());
            }
          }
        });
    List<EntitySection> sections = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      sections.add(section(entities.get(i), fresh.get(i), before.get(i), minUsd));
    }
    List<QuerySection> qs = new ArrayList<>();
    for (String q : queries) qs.add(query(q, since, reported, newIds));
    return new Report(since, now, sections, qs, newIds);
  }

  static boolean isNew(TaggedArticle a, Instant since, Set<String> reported) {
    if (reported.contains(a.id())) return false;
    if (since == null) return true;
    Instant when = a.article().published() != null ? a.article().published() : a.article().fetched();
    return when == null || !when.isBefore(since);
  }

  private EntitySection section(Trend.Series e, List<TaggedArticle> fresh, Set<String> before, Double minUsd)
      throws IOException {
    fresh.sort(NEWEST_FIRST);
    List<Item> items = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    Map<String, Named> newlyWith = new LinkedHashMap<>();
    Map<String, Named> candidates = new LinkedHashMap<>();
    for (TaggedArticle a : fresh) {
      Sentences sentences = Sentences.of(a.article().text());
      Mention first = null;
      Set<Integer> sentencesOfEntity = new HashSet<>();
      for (Mention m : a.mentions()) {
        if (!m.id().equals(e.id())) continue;
        if (first == null) first = m;
        sentencesOfEntity.add(sentences.indexAt(m.start()));
      }
      if (items.size() < MAX_ARTICLES) items.add(item(a, first, sentences));
      for (Mention m : a.mentions()) {
        if (m.type() == EntityType.MONEY) {
          Money money = m.money();
          int k = sentences.indexAt(m.start());
          if (k >= 0 && sentencesOfEntity.contains(k) && money.usd() != null && money.equivalentOf() == null
              && (minUsd == null || money.usd().doubleValue() >= minUsd)) {
            figures.add(new Figure(a.id(), a.article().title(), m.text(), money, sentences.text(k)));
          }
        } else if (!m.id().equals(e.id())) {
          Named n = new Named(m.id(), m.type(), m.name(), m.nameAr(), m.candidate());
          if (m.candidate() && m.type() == EntityType.COMPANY) candidates.putIfAbsent(m.id(), n);
          if (!before.contains(m.id())) newlyWith.putIfAbsent(m.id(), n);
        }
      }
    }
    figures.sort(Comparator.comparing((Figure f) -> f.money().usd()).reversed());
    Trend.Table trend = new Trend().count(searcher, SearchRequest.of(""), List.of(e), Period.MONTH);
    return new EntitySection(
        e, fresh.size(), items, figures, new ArrayList<>(newlyWith.values()), new ArrayList<>(candidates.values()), trend);
  }

  private static Item item(TaggedArticle a, Mention first, Sentences sentences) {
    Snippet snippet = Snippet.EMPTY;
    if (first != null) {
      int k = sentences.indexAt(first.start());
      if (k >= 0) {
        int at = sentences.start(k);
        snippet =
            new Snippet(sentences.text(k), List.of(new Snippet.Span(first.start() - at, first.end() - at)));
      }
    }
    return new Item(a.id(), a.article().url(), a.article().title(), a.article().published(), a.article().source(), snippet);
  }

  private QuerySection query(String q, Instant since, Set<String> reported, Set<String> newIds) throws IOException {
    SearchRequest r =
        new SearchRequest(q, List.of(), List.of(), since, null, null, null, null, SearchRequest.Sort.DATE, 1000, 0);
    SearchResult res = searcher.search(r);
    List<Item> items = new ArrayList<>();
    long count = 0;
    for (Hit h : res.hits()) {
      if (reported.contains(h.id())) continue;
      count++;
      newIds.add(h.id());
      if (items.size() < MAX_ARTICLES) {
        items.add(new Item(h.id(), h.url(), h.title(), h.published(), h.source(), h.snippet()));
      }
    }
    return new QuerySection(q, count, items);
  }

  private static final Comparator<TaggedArticle> NEWEST_FIRST =
      Comparator.comparing((TaggedArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(TaggedArticle::id);
}
