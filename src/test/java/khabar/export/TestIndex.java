package khabar.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.money.Qualifier;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;

/**
 * A small index of three articles with hand-placed mentions, so that every expected row of the
 * export and aggregate tests can be worked out by reading this file.
 *
 * <pre>
 * a1  example.com  2025-01-27  nvidia×2 h800 deepseek sam-altman, 5.6 ملايين دولار (USD 5600000 EXACT)
 * a2  other.net    2025-02-03  openai nvidia sam-altman, نحو 100 مليون دولار (USD 100000000 APPROX)
 * a3  example.com  undated     huawei ascend-910b, 10 آلاف يوان (CNY 10000 EXACT)
 * </pre>
 */
public final class TestIndex {
  public static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("src/test/resources/gazetteers"));

  static final String A1_TEXT =
      "باعت إنفيديا رقائق H800 لشركة ديب سيك. قال سام ألتمان إن الصفقة بلغت 5.6 ملايين دولار!\n"
          + "وتراجعت أسهم إنفيديا؟ نعم.";
  static final String A2_TEXT = "استثمرت OpenAI نحو 100 مليون دولار مع إنفيديا. وقال ألتمان شيئا.";
  static final String A3_TEXT = "هواوي تطلق Ascend 910B بسعر 10 آلاف يوان.";
  /** A title that a spreadsheet would run as a formula. */
  static final String A2_TITLE = "=HYPERLINK(\"http://evil.example\",\"انقر\")";

  private TestIndex() {}

  public static List<TaggedArticle> articles() {
    Article a1 =
        new Article("https://example.com/a1", "example.com", "إنفيديا تبيع رقائق H800 لديب سيك", A1_TEXT,
            Instant.parse("2025-01-27T10:00:00Z"), "", "ar", null);
    Mentions m1 = new Mentions(A1_TEXT);
    m1.entity("إنفيديا", EntityType.COMPANY, "nvidia", "Nvidia", "إنفيديا");
    m1.entity("H800", EntityType.CHIP, "h800", "H800", "");
    m1.entity("ديب سيك", EntityType.COMPANY, "deepseek", "DeepSeek", "ديب سيك");
    m1.entity("سام ألتمان", EntityType.PERSON, "sam-altman", "Sam Altman", "سام ألتمان");
    m1.money("5.6 ملايين دولار", Money.of(new BigDecimal("5600000"), "USD", Qualifier.EXACT));
    m1.entity("إنفيديا", EntityType.COMPANY, "nvidia", "Nvidia", "إنفيديا");

    Article a2 =
        new Article("https://other.net/a2", "other.net", A2_TITLE, A2_TEXT, Instant.parse("2025-02-03T08:30:00Z"),
            "", "ar", null);
    Mentions m2 = new Mentions(A2_TEXT);
    m2.entity("OpenAI", EntityType.COMPANY, "openai", "OpenAI", "أوبن إيه آي");
    m2.money("نحو 100 مليون دولار", Money.of(new BigDecimal("100000000"), "USD", Qualifier.APPROX));
    m2.entity("إنفيديا", EntityType.COMPANY, "nvidia", "Nvidia", "إنفيديا");
    m2.entity("ألتمان", EntityType.PERSON, "sam-altman", "Sam Altman", "سام ألتمان");

    Article a3 = new Article("https://example.com/a3", "example.com", "هواوي", A3_TEXT, null, "", "ar", null);
    Mentions m3 = new Mentions(A3_TEXT);
    m3.entity("هواوي", EntityType.COMPANY, "huawei", "Huawei", "هواوي");
    m3.entity("Ascend 910B", EntityType.CHIP, "ascend-910b", "Ascend 910B", "أسيند 910 بي");
    m3.money("10 آلاف يوان", Money.of(new BigDecimal("10000"), "CNY", Qualifier.EXACT));

    return List.of(
        new TaggedArticle("a1", a1, m1.list, "h1", "g1"),
        new TaggedArticle("a2", a2, m2.list, "h2", "g1"),
        new TaggedArticle("a3", a3, m3.list, "h3", "g1"));
  }

  public static void write(Path dir, List<TaggedArticle> articles) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (TaggedArticle t : articles) index.upsert(t);
      index.commit();
    }
  }

  /** Builds the index in {@code dir} and opens a searcher on it. */
  static Searcher build(Path dir) throws IOException {
    write(dir, articles());
    return new Searcher(dir, GAZETTEER);
  }

  /** Places mentions left to right: each surface is looked for after the previous one. */
  static final class Mentions {
    final String text;
    final List<Mention> list = new ArrayList<>();
    int from;

    Mentions(String text) {
      this.text = text;
    }

    private int place(String surface) {
      int at = text.indexOf(surface, from);
      if (at < 0) throw new IllegalArgumentException(surface + " is not in the text after " + from);
      from = at + surface.length();
      return at;
    }

    void entity(String surface, EntityType type, String id, String en, String ar) {
      int at = place(surface);
      list.add(new Mention(type, id, en, ar, surface, at, at + surface.length(), null));
    }

    void money(String surface, Money value) {
      int at = place(surface);
      list.add(Mention.money(value, surface, at, at + surface.length()));
    }
  }
}
