package khabar.export;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import khabar.util.Enums;

/**
 * Every dollar figure of the articles a request selects, with its article, date, qualifier and
 * the companies, chips and people mentioned in the same sentence. Figures in other currencies
 * are left out (no exchange rates are guessed). The figures are held in memory to be sorted:
 * one small row per dollar figure.
 */
public final class MoneyReport {

  public static final List<String> COLUMNS =
      List.of("article_id", "url", "title", "published", "source", "text", "amount", "min", "max", "qualifier",
          "sentence", "companies", "chips", "people", "entity_ids");

  /** Row order. */
  public enum Sort {
    /** Largest first, by the upper bound then the lower bound. */
    AMOUNT,
    /** Newest first; undated figures last. */
    DATE;

    public static Sort parse(String s) {
      return Enums.parse(Sort.class, "sort", s);
    }
  }

  /**
   * One dollar figure.
   *
   * @param money the figure, in USD
   * @param text the surface form in the article
   * @param start its offset in the article text
   * @param sentence the sentence it stands in
   * @param entities companies, chips and people starting in that sentence, first mention of each
   */
  public record Figure(
      String articleId, String url, String title, Instant published, String source, Money money, String text,
      int start, String sentence, List<Mention> entities) {
    public Figure {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(money, "money");
      if (!money.hasUsd()) throw new IllegalArgumentException("figure has no dollar value: " + money.label());
      entities = List.copyOf(entities);
    }

    public List<Object> values() {
      return java.util.Arrays.asList(
          articleId, url, title, published, source, text, money.usd(), money.usdMin(),
          money.usdMax(), money.qualifier().name(), sentence, names(EntityType.COMPANY), names(EntityType.CHIP),
          names(EntityType.PERSON), entities.stream().map(Mention::id).toList());
    }

    private List<String> names(EntityType type) {
      return entities.stream().filter(m -> m.type() == type).map(m -> m.name().isEmpty() ? m.id() : m.name()).toList();
    }
  }

  /**
   * The dollar figures of the selected articles kept by {@code filter} (its dollar range, when it
   * has one), sorted.
   */
  public List<Figure> figures(Searcher searcher, SearchRequest request, MentionFilter filter, Sort sort)
      throws IOException {
    List<Figure> out = new ArrayList<>();
    StoredArticles.forEach(searcher.indexSearcher(), searcher.query(request), a -> collect(a, filter, out));
    Comparator<Figure> order =
        sort == Sort.AMOUNT
            ? Comparator.comparing((Figure f) -> f.money().usdMax())
                .thenComparing(f -> f.money().usdMin())
                .reversed()
            : Comparator.comparing(Figure::published, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .reversed();
    out.sort(order.thenComparing(Figure::articleId).thenComparingInt(Figure::start));
    return out;
  }

  static void collect(TaggedArticle a, MentionFilter filter, List<Figure> out) {
    Sentences sentences = null;
    for (Mention m : a.mentions()) {
      if (m.money() == null || !m.money().hasUsd() || !filter.accepts(m)) continue;
      if (sentences == null) sentences = Sentences.of(a.article().text());
      int k = sentences.indexAt(m.start());
      Map<String, Mention> near = new LinkedHashMap<>();
      if (k >= 0) {
        for (Mention e : a.mentions()) {
          if (e.type() != EntityType.MONEY && sentences.indexAt(e.start()) == k) near.putIfAbsent(e.id(), e);
        }
      }
      out.add(
          new Figure(
              a.id(), a.article().url(), a.article().title(), a.article().published(), a.article().source(),
              m.money(), m.text(), m.start(), k < 0 ? "" : sentences.text(k), new ArrayList<>(near.values())));
    }
  }
}
