package khabar.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import khabar.search.SearchRequest;
import khabar.search.Searcher;

/**
 * One workbook of what a request selects, a sheet per view:
 *
 * <ol>
 *   <li>{@code articles}: one row per article ({@link MentionExporter#ARTICLE_COLUMNS});
 *   <li>{@code mentions}: one row per mention, with its sentence ({@link MentionExporter#MENTION_COLUMNS});
 *   <li>{@code money}: the dollar figures with the entities of their sentence ({@link MoneyReport#COLUMNS}),
 *       largest first;
 *   <li>{@code entities}: the entities by articles and mentions ({@link EntityCounts#COLUMNS}), all
 *       of them, not a top list.
 * </ol>
 *
 * Every sheet sees the same articles: exactly those search would find for the request.
 */
public final class WorkbookExport {
  /** Sheet names, in order. */
  public static final List<String> SHEETS = List.of("articles", "mentions", "money", "entities");

  private final MentionExporter exporter;

  public WorkbookExport(boolean withText) {
    this.exporter = new MentionExporter(withText);
  }

  /** What went into the workbook: rows per sheet (in {@link #SHEETS} order) and unreadable articles. */
  public record Result(long articles, List<Long> rows, List<String> problems) {
    public Result {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  public Result write(Searcher searcher, SearchRequest request, MentionFilter filter, OutputStream out)
      throws IOException {
    List<Long> rows = new ArrayList<>();
    MentionExporter.Result articles;
    try (XlsxWriter x = new XlsxWriter(out)) {
      XlsxWriter.Sheet a = x.sheet("articles", exporter.columnsOf(Level.ARTICLE));
      articles = exporter.export(searcher, request, Level.ARTICLE, filter, a);
      rows.add(a.rows());
      XlsxWriter.Sheet m = x.sheet("mentions", exporter.columnsOf(Level.MENTION));
      exporter.export(searcher, request, Level.MENTION, filter, m);
      rows.add(m.rows());
      XlsxWriter.Sheet money = x.sheet("money", MoneyReport.COLUMNS);
      for (MoneyReport.Figure f : new MoneyReport().figures(searcher, request, filter, MoneyReport.Sort.AMOUNT)) {
        money.write(f.values());
      }
      rows.add(money.rows());
      XlsxWriter.Sheet e = x.sheet("entities", EntityCounts.COLUMNS);
      for (EntityCounts.Row r :
          new EntityCounts().count(searcher, request, filter, Period.ALL, EntityCounts.Rank.ARTICLES, Integer.MAX_VALUE)) {
        e.write(r.values());
      }
      rows.add(e.rows());
    }
    return new Result(articles.articles(), rows, articles.problems());
  }
}
