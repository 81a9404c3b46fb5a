package khabar.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import khabar.extract.Article;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;

/**
 * Exports the articles a {@link SearchRequest} selects — exactly the articles search would find
 * for it, ignoring its sort, limit and offset — one row per mention or one per article, streaming
 * article by article in index order.
 */
public final class MentionExporter {

  /** Columns of {@link Level#MENTION} rows, in order (docs/EXPORT.md). */
  public static final List<String> MENTION_COLUMNS =
      List.of("article_id", "url", "title", "published", "date", "source", "type", "entity_id", "name", "name_ar",
          "text", "start", "end", "sentence", "amount", "min", "max", "currency", "usd", "qualifier",
          "gazetteer_version", "candidate");

  /** Columns of {@link Level#ARTICLE} rows, in order (docs/EXPORT.md). */
  public static final List<String> ARTICLE_COLUMNS =
      List.of("article_id", "url", "title", "published", "date", "source", "mentions", "entity_ids", "companies",
          "chips", "people", "names_ar", "money", "usd_total", "gazetteer_version");

  /** {@link #ARTICLE_COLUMNS} and the article's text, for {@code --with-text}. */
  public static final List<String> ARTICLE_COLUMNS_WITH_TEXT = withText(ARTICLE_COLUMNS);

  private final boolean withText;

  /** An exporter of the columns {@link #columns(Level)} names. */
  public MentionExporter() {
    this(false);
  }

  /** An exporter whose article rows also carry the article's text when {@code withText}. */
  public MentionExporter(boolean withText) {
    this.withText = withText;
  }

  private static List<String> withText(List<String> columns) {
    List<String> c = new ArrayList<>(columns);
    c.add("text");
    return List.copyOf(c);
  }

  /**
   * What an export wrote.
   *
   * @param articles articles selected and read
   * @param rows rows written
   * @param problems articles that could not be read back, one line each; they wrote no rows
   */
  public record Result(long articles, long rows, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  public static List<String> columns(Level level) {
    return level == Level.MENTION ? MENTION_COLUMNS : ARTICLE_COLUMNS;
  }

  /** The columns this exporter writes at {@code level}. */
  public List<String> columnsOf(Level level) {
    return level == Level.ARTICLE && withText ? ARTICLE_COLUMNS_WITH_TEXT : columns(level);
  }

  /**
   * Writes the rows of every article {@code request} selects to {@code out}, whose columns must
   * be {@link #columnsOf(Level)}; {@code rows} decides which mentions of a selected article are
   * written ({@link MentionFilter#ALL} for all).
   */
  public Result export(Searcher searcher, SearchRequest request, Level level, MentionFilter rows, RowSink out)
      throws IOException {
    if (!out.columns().equals(columnsOf(level))) {
      throw new IllegalArgumentException("table columns " + out.columns() + " are not the " + level + " columns");
    }
    long before = out.rows();
    StoredArticles.Scan scan =
        StoredArticles.forEach(
            searcher.indexSearcher(),
            searcher.query(request),
            a -> {
              if (level == Level.MENTION) writeMentions(a, rows, out);
              else out.write(withText ? withText(articleRow(a, rows), a) : articleRow(a, rows));
            });
    return new Result(scan.articles(), out.rows() - before, scan.problems());
  }

  private static List<Object> withText(List<Object> row, TaggedArticle a) {
    List<Object> r = new ArrayList<>(row);
    r.add(a.article().text());
    return r;
  }

  private static void writeMentions(TaggedArticle t, MentionFilter filter, RowSink out) throws IOException {
    Sentences sentences = null;
    for (Mention m : t.mentions()) {
      if (!filter.accepts(m)) continue;
      if (sentences == null) sentences = Sentences.of(t.article().text());
      out.write(mentionRow(t, m, sentences.textAt(m.start())));
    }
  }

  static List<Object> mentionRow(TaggedArticle t, Mention m, String sentence) {
    Article a = t.article();
    Money money = m.money();
    return Arrays.asList(
        t.id(), a.url(), a.title(), a.published(), date(a.published()), a.source(), m.type().name(), m.id(), m.name(),
        m.nameAr(), m.text(), m.start(), m.end(), sentence,
        money == null ? null : money.amount(),
        money == null ? null : money.min(),
        money == null ? null : money.max(),
        money == null ? null : money.currency(),
        money == null ? null : money.usd(),
        money == null ? null : money.qualifier().name(),
        t.gazetteerVersion(),
        m.candidate());
  }

  static List<Object> articleRow(TaggedArticle t, MentionFilter filter) {
    Article a = t.article();
    Map<String, Mention> entities = new LinkedHashMap<>();
    List<MoneyValue> money = new ArrayList<>();
    BigDecimal usdTotal = null;
    int count = 0;
    for (Mention m : t.mentions()) {
      if (!filter.accepts(m)) continue;
      count++;
      if (m.type() == EntityType.MONEY) {
        money.add(new MoneyValue(m.text(), m.money()));
        BigDecimal usd = m.money().usd();
        // a figure restating another in dollars would count the same money twice
        if (usd != null && m.money().equivalentOf() == null) usdTotal = usdTotal == null ? usd : usdTotal.add(usd);
      } else {
        entities.putIfAbsent(m.id(), m);
      }
    }
    List<String> ids = new ArrayList<>();
    List<String> companies = new ArrayList<>();
    List<String> chips = new ArrayList<>();
    List<String> people = new ArrayList<>();
    List<String> namesAr = new ArrayList<>();
    for (Mention m : entities.values()) {
      ids.add(m.id());
      String name = m.name().isEmpty() ? m.id() : m.name();
      switch (m.type()) {
        case COMPANY -> companies.add(name);
        case CHIP -> chips.add(name);
        case PERSON -> people.add(name);
        case MONEY -> throw new IllegalStateException("money is not an entity");
      }
      if (!m.nameAr().isEmpty()) namesAr.add(m.nameAr());
    }
    return Arrays.asList(
        t.id(), a.url(), a.title(), a.published(), date(a.published()), a.source(), count, ids, companies, chips,
        people, namesAr, money, usdTotal, t.gazetteerVersion());
  }

  /** The UTC date of a timestamp, or null. */
  static LocalDate date(Instant when) {
    return when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
  }

  /**
   * One money figure of an article row: a JSON object with typed fields in JSON Lines, its
   * readable label ({@code 5600000 USD}) in a CSV or spreadsheet cell.
   */
  record MoneyValue(String text, Money money) implements RowSink.Structured {
    @Override
    public Map<String, Object> fields() {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("text", text);
      f.put("amount", money.amount());
      f.put("min", money.min());
      f.put("max", money.max());
      f.put("currency", money.currency());
      f.put("usd", money.usd());
      f.put("qualifier", money.qualifier().name());
      return f;
    }

    @Override
    public String toString() {
      return money.label();
    }
  }
}
