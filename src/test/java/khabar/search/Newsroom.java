package khabar.search;

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
import khabar.tag.Entity;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;

/**
 * Seven short articles written for the search tests, with hand-placed mentions, so that every
 * expected hit, count and snippet can be worked out by reading this file.
 *
 * <pre>
 * n1 مرصد التقنية  marsad.example      2025-03-10  nvidia h800            250 مليون دولار (2.5e8)
 * n2 بوابة الرقائق chipgate.example    2025-03-22  huawei ascend-910b nvidia(انفيديا)  بين 2 و3 مليارات دولار (2e9–3e9)
 * n3 مرصد التقنية  marsad.example      2025-04-02  openai sam-altman×2 nvidia          40 مليار دولار (4e10)
 * n4 الخليج الرقمي gulfdigital.example 2025-05-15  donald-trump
 * n5 (no source, no URL, undated)                  liang-wenfeng×2                     أقل من 6 ملايين دولار (6e6)
 * n6 الخليج الرقمي  near copy of n1 (one sentence reworded, a credit line added), 2025-03-11
 * n7 بوابة الرقائق  exact copy of n4's text under another URL, 2025-05-16
 * </pre>
 */
final class Newsroom {
  static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("src/test/resources/gazetteers"));

  static final String N1_BODY =
      "قالت شركة إنفيديا إنها شحنت دفعة جديدة من رقائق H800 إلى عملاء في الصين خلال الربع الأول من العام. "
          + "وبلغت قيمة الطلبية نحو 250 مليون دولار بحسب مصادر مطلعة على الصفقة. "
          + "ويرى محللون أن الطلب على الحوسبة ما زال قوياً رغم القيود المفروضة على التصدير. "
          + "وتتوقع الشركة أن تسلم الدفعة التالية قبل نهاية الصيف إذا حصلت على التراخيص اللازمة.";
  static final String N6_BODY =
      "قالت شركة إنفيديا إنها شحنت دفعة جديدة من رقائق H800 إلى عملاء في الصين خلال الربع الأول من العام. "
          + "وبلغت قيمة الطلبية نحو 250 مليون دولار بحسب مصادر مطلعة على الصفقة. "
          + "ويرى محللون أن الطلب على الحوسبة ما زال قوياً رغم القيود المفروضة على التصدير. "
          + "وتأمل الشركة تسليم الدفعة التالية قبل نهاية الصيف إذا حصلت على التراخيص اللازمة.\n"
          + "نُشر هذا الخبر بالاتفاق مع مرصد التقنية.";
  static final String N2_BODY =
      "أعلنت هواوي أن شريحة Ascend 910B صارت متاحة للشركات الصينية. "
          + "وقال مسؤول إن الشريحة تنافس منتجات انفيديا في مراكز البيانات. "
          + "وتتراوح قيمة العقود الأولى بين 2 و3 مليارات دولار.";
  static final String N3_BODY =
      "جمعت أوبن إيه آي تمويلاً بقيمة 40 مليار دولار. "
          + "وقال سام ألتمان إن الأموال ستذهب إلى بناء مراكز البيانات وشراء رقائق إنفيديا. "
          + "وأضاف ألتمان أن الذَّكاءَ الاصطناعيَّ يحتاج إلى طاقة هائلة.";
  static final String N4_BODY =
      "قرر دونالد ترامب تخفيف بعض قيود تصدير الرقـــائق إلى دول الخليج. "
          + "ورحبت الشركات بالقرار، فيما حذر خبراء من أن الصين قد تستفيد. "
          + "ولم يذكر البيان الرسمي أي أرقام.";
  static final String N5_BODY =
      "قال ليانغ وين فنغ إن تدريب النموذج كلّف أقل من 6 ملايين دولار. ويعتقد ليانغ أن الكفاءة أهم من الحجم.";

  private Newsroom() {}

  static List<TaggedArticle> originals() {
    List<TaggedArticle> out = new ArrayList<>();
    out.add(
        new Piece("n1", "https://marsad.example/2025/03/nvidia-h800", "مرصد التقنية",
                "إنفيديا تشحن رقائق H800 إلى الصين", N1_BODY, "2025-03-10T09:00:00Z")
            .entity("إنفيديا", "nvidia").entity("H800", "h800")
            .usd("نحو 250 مليون دولار", Money.of(new BigDecimal("250000000"), "USD", Qualifier.APPROX))
            .done());
    out.add(
        new Piece("n2", "https://chipgate.example/huawei-ascend", "بوابة الرقائق",
                "هواوي تطرح Ascend 910B بسعر منافس", N2_BODY, "2025-03-22T12:00:00Z")
            .entity("هواوي", "huawei").entity("Ascend 910B", "ascend-910b").entity("انفيديا", "nvidia")
            .usd("بين 2 و3 مليارات دولار",
                Money.range(new BigDecimal("2000000000"), new BigDecimal("3000000000"), "USD", Qualifier.RANGE))
            .done());
    out.add(
        new Piece("n3", "https://marsad.example/2025/04/openai-round", "مرصد التقنية",
                "أوبن إيه آي تجمع تمويلاً جديداً", N3_BODY, "2025-04-02T08:00:00Z")
            .entity("أوبن إيه آي", "openai")
            .usd("40 مليار دولار", Money.of(new BigDecimal("40000000000"), "USD", Qualifier.EXACT))
            .entity("سام ألتمان", "sam-altman").entity("إنفيديا", "nvidia").entity("ألتمان", "sam-altman")
            .done());
    out.add(n4("n4", "https://gulfdigital.example/trump-chips", "الخليج الرقمي", "2025-05-15T10:00:00Z"));
    out.add(
        new Piece("n5", "", "", "ليانغ وين فنغ يتحدث عن الكلفة", N5_BODY, null)
            .entity("ليانغ وين فنغ", "liang-wenfeng")
            .usd("أقل من 6 ملايين دولار", Money.of(new BigDecimal("6000000"), "USD", Qualifier.LESS_THAN))
            .entity("ليانغ", "liang-wenfeng")
            .done());
    return out;
  }

  static TaggedArticle nearCopyOfN1() {
    return new Piece("n6", "https://gulfdigital.example/nvidia-h800-china", "الخليج الرقمي",
            "إنفيديا تشحن رقائق H800 إلى الصين", N6_BODY, "2025-03-11T07:00:00Z")
        .entity("إنفيديا", "nvidia").entity("H800", "h800")
        .usd("نحو 250 مليون دولار", Money.of(new BigDecimal("250000000"), "USD", Qualifier.APPROX))
        .done();
  }

  static TaggedArticle exactCopyOfN4() {
    return n4("n7", "https://chipgate.example/trump-export", "بوابة الرقائق", "2025-05-16T06:00:00Z");
  }

  private static TaggedArticle n4(String id, String url, String source, String published) {
    return new Piece(id, url, source, "ترامب يخفف قيود تصدير الرقائق", N4_BODY, published)
        .entity("دونالد ترامب", "donald-trump")
        .done();
  }

  static List<TaggedArticle> all() {
    List<TaggedArticle> all = new ArrayList<>(originals());
    all.add(nearCopyOfN1());
    all.add(exactCopyOfN4());
    return all;
  }

  /** Writes {@link #all} (originals first) and commits. */
  static void write(Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (TaggedArticle t : all()) index.upsert(t);
      index.commit();
    }
  }

  /** One article under construction; mentions are placed left to right. */
  static final class Piece {
    private final String id;
    private final Article article;
    private final List<Mention> mentions = new ArrayList<>();
    private int from;

    Piece(String id, String url, String source, String title, String body, String published) {
      this.id = id;
      this.article =
          new Article(url, source, title, body, published == null ? null : Instant.parse(published), "", "ar", null);
    }

    private int place(String surface) {
      int at = article.text().indexOf(surface, from);
      if (at < 0) throw new IllegalArgumentException(surface + " is not in " + id + " after " + from);
      from = at + surface.length();
      return at;
    }

    Piece entity(String surface, String entityId) {
      Entity e = GAZETTEER.entity(entityId);
      if (e == null) throw new IllegalArgumentException("no test entity " + entityId);
      int at = place(surface);
      mentions.add(Mention.entity(e, surface, at, at + surface.length()));
      return this;
    }

    Piece usd(String surface, Money m) {
      int at = place(surface);
      mentions.add(Mention.money(m, surface, at, at + surface.length()));
      return this;
    }

    TaggedArticle done() {
      return new TaggedArticle(id, article, mentions, khabar.index.Fingerprint.contentHash(article.text()), "test");
    }
  }
}
