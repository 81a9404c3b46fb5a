package khabar.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import khabar.export.Cooccurrence;
import khabar.export.EntityCounts;
import khabar.export.Format;
import khabar.export.Level;
import khabar.export.MentionExporter;
import khabar.export.MentionFilter;
import khabar.export.Period;
import khabar.export.TableWriter;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.money.Qualifier;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;

/**
 * Export rate on a generated index: builds N articles (default 100,000; 7 mentions each, three
 * sentences), then times a mention-level CSV export to a file, an article-level JSONL export, the
 * monthly entity counts and the sentence co-occurrence network. Run after {@code mvn test-compile}:
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.ExportBench [N] [DIR]
 * </pre>
 *
 * A small heap shows that export memory does not grow with the index.
 */
public final class ExportBench {
  private static final String[][] COMPANIES = {
    {"nvidia", "Nvidia", "إنفيديا"}, {"huawei", "Huawei", "هواوي"}, {"openai", "OpenAI", "أوبن إيه آي"},
    {"deepseek", "DeepSeek", "ديب سيك"}, {"tsmc", "TSMC", "تي إس إم سي"}, {"amd", "AMD", "إيه إم دي"},
  };
  private static final String[][] PEOPLE = {
    {"jensen-huang", "Jensen Huang", "جنسن هوانغ"}, {"sam-altman", "Sam Altman", "سام ألتمان"},
    {"lisa-su", "Lisa Su", "ليزا سو"},
  };
  private static final String[][] CHIPS = {{"h800", "H800", "إتش 800"}, {"h20", "H20", "إتش 20"}, {"b200", "B200", "بي 200"}};

  private ExportBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("khabar-export-bench");
    long t0 = System.nanoTime();
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (int i = 0; i < n; i++) index.upsert(article(i));
      index.commit();
    }
    report("index %,d articles", n, t0, -1);
    try (Searcher s = new Searcher(dir, null)) {
      Path csv = dir.resolveSibling(dir.getFileName() + "-mentions.csv");
      long t = System.nanoTime();
      MentionExporter.Result r;
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
          TableWriter tw = TableWriter.open(Format.CSV, MentionExporter.MENTION_COLUMNS, w, true)) {
        r = new MentionExporter().export(s, SearchRequest.of(""), Level.MENTION, MentionFilter.ALL, tw);
      }
      report("export mention CSV: %,d rows, " + Files.size(csv) / 1_000_000 + " MB", r.rows(), t, r.rows());
      Files.delete(csv);

      t = System.nanoTime();
      try (Writer w = new BufferedWriter(Writer.nullWriter());
          TableWriter tw = TableWriter.open(Format.JSONL, MentionExporter.ARTICLE_COLUMNS, w, false)) {
        r = new MentionExporter().export(s, SearchRequest.of(""), Level.ARTICLE, MentionFilter.ALL, tw);
      }
      report("export article JSONL: %,d rows", r.rows(), t, r.rows());

      t = System.nanoTime();
      int rows =
          new EntityCounts()
              .count(s, SearchRequest.of(""), MentionFilter.ALL, Period.MONTH, EntityCounts.Rank.ARTICLES, 20)
              .size();
      report("entities --by month: %,d rows", rows, t, n);

      t = System.nanoTime();
      Cooccurrence.Graph g = new Cooccurrence().build(s, SearchRequest.of(""), Cooccurrence.Window.SENTENCE, 1);
      report("cooccur --window sentence: %,d edges", g.edges().size(), t, n);
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap: max %d MB, used at end %d MB%n", rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  private static void report(String what, long count, long start, long perSecondOf) {
    double secs = (System.nanoTime() - start) / 1e9;
    String rate = perSecondOf < 0 ? "" : String.format(Locale.ROOT, " — %,.0f/s", perSecondOf / secs);
    System.out.printf(Locale.ROOT, what + " in %.1f s%s%n", count, secs, rate);
  }

  /** Article i: three sentences, two companies, a chip, a person, a dollar figure and a repeat. */
  static TaggedArticle article(int i) {
    String[] c1 = COMPANIES[i % COMPANIES.length];
    String[] c2 = COMPANIES[(i / 7 + 1) % COMPANIES.length];
    if (c2 == c1) c2 = COMPANIES[(i + 1) % COMPANIES.length];
    String[] chip = CHIPS[i % CHIPS.length];
    String[] p = PEOPLE[i % PEOPLE.length];
    long usd = 1_000_000L * (1 + i % 997);
    StringBuilder b = new StringBuilder();
    List<Mention> ms = new ArrayList<>();
    b.append("أعلنت ");
    add(b, ms, EntityType.COMPANY, c1);
    b.append(" اليوم عن صفقة جديدة مع ");
    add(b, ms, EntityType.COMPANY, c2);
    b.append(" تشمل رقائق ");
    add(b, ms, EntityType.CHIP, chip);
    b.append(" المتقدمة لمراكز البيانات. وقال ");
    add(b, ms, EntityType.PERSON, p);
    b.append(" إن قيمة الصفقة تبلغ ");
    String amount = (usd / 1_000_000) + " مليون دولار";
    int at = b.length();
    b.append(amount);
    ms.add(Mention.money(Money.of(BigDecimal.valueOf(usd), "USD", Qualifier.EXACT), amount, at, at + amount.length()));
    b.append(" على مدى ثلاث سنوات، وفق بيان رسمي نشر على موقع الشركة.\nوتراجعت أسهم ");
    add(b, ms, EntityType.COMPANY, c1);
    b.append(" بعد الإعلان بنسبة طفيفة في تداولات المساء، فيما ترقب المستثمرون نتائج الربع المقبل.");
    Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * (i % 17_000));
    Article a =
        new Article("https://bench.example/" + i, "bench" + (i % 5) + ".example", "صفقة رقم " + i, b.toString(), published,
            "", "ar", null);
    return new TaggedArticle("b" + i, a, ms, "h" + i, "bench");
  }

  private static void add(StringBuilder b, List<Mention> ms, EntityType type, String[] e) {
    int at = b.length();
    b.append(e[2]);
    ms.add(new Mention(type, e[0], e[1], e[2], e[2], at, at + e[2].length(), null));
  }
}
