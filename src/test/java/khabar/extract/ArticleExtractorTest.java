package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleExtractorTest {
  static final String BODY = "<article><h1>شركة ناشئة تطلق شريحة</h1><p>أعلنت شركة ناشئة عن شريحة جديدة لتدريب النماذج اللغوية الكبيرة في المنطقة.</p></article>";

  static Article extract(String head, String body) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new ArticleExtractor().extract(new Page("https://news.example/a/1", html, true, null, "test"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JSON-LD                 | <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-02-04T09:30:00+03:00"}]}</script> | | 2025-02-04T06:30:00Z
      article:published_time  | <meta property="article:published_time" content="2025-02-04T06:30:00Z"> | | 2025-02-04T06:30:00Z
      itemprop                | | <span itemprop="datePublished" content="2025-02-04">4 فبراير</span> | 2025-02-04T00:00:00Z
      time element            | | <time datetime="2025-02-04T06:30:00+00:00">الثلاثاء</time> | 2025-02-04T06:30:00Z
      Arabic in a date holder | | <div class="post-date">الثلاثاء ٤ فبراير ٢٠٢٥</div> | 2025-02-04T00:00:00Z
      Arabic dateline on top  | | <p>الرياض، 4 شباط 2025 - </p> | 2025-02-04T00:00:00Z
      offset without a colon  | <meta property="article:published_time" content="2020-06-03T03:01+0400"> | | 2020-06-02T23:01:00Z
      date and time with a space | <meta name="datePublished" content="2020-12-01 02:00:00"> | | 2020-12-01T02:00:00Z
      a day-first date in a meta | <meta name="pubdate" content="16-02-2024"> | | 2024-02-16T00:00:00Z
      Arabic date in a meta   | <meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م"> | | 2020-10-07T00:00:00Z
      both month names        | | <div class="cnn_strytmstmp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</div> | 2013-08-28T00:00:00Z
      a created holder        | | <div class="article_created">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div> | 2020-04-24T00:00:00Z
      Hijri only              | | <span class="date">16 ربيع الأول 1446 هـ</span> | 2024-09-19T00:00:00Z
      today's date in the site header is not the article's | | <header><div class="top-date">الأحد 22 مارس 2026</div></header><article><h1>عنوان</h1><span class="post-date">الخميس 5 مارس 2026</span></article> | 2026-03-05T00:00:00Z
      today's date in a top bar above the headline is not the article's | | <div class="top-date">القاهرة: الأحد 22 مارس 2026</div><div class="story"><h1>عنوان</h1><div class="post-date">الخميس 5 مارس 2026</div></div> | 2026-03-05T00:00:00Z
      a date above the headline when there is no other | | <div class="post-date">الخميس 5 مارس 2026</div><div class="story"><h1>عنوان</h1></div> | 2026-03-05T00:00:00Z
      no date                 | | | 
      """)
  void findsThePublicationTime(String name, String head, String body, Instant expected) {
    assertEquals(expected, extract(head == null ? "" : head, (body == null ? "" : body) + BODY).published());
  }

  @Test
  void titleComesFromMetadataThenHeadlineThenTitleWithoutSiteName() {
    assertEquals("عنوان الخبر", extract("<meta property=\"og:title\" content=\"عنوان الخبر\">", BODY).title());
    assertEquals("شركة ناشئة تطلق شريحة", extract("<title>شيء آخر | الموقع</title>", BODY).title());
    assertEquals("عنوان الصفحة", extract("<title>عنوان الصفحة | الموقع</title>", "<p>" + "نص ".repeat(20) + "</p>").title());
  }

  @Test
  void canonicalUrlSiteNameAndAuthorComeFromTheHead() {
    Article a = extract("<link rel=\"canonical\" href=\"https://news.example/canonical\"><meta property=\"og:site_name\" content=\"أخبار المثال\"><meta name=\"author\" content=\"ليلى حسن\">", BODY);
    assertEquals("https://news.example/canonical", a.url());
    assertEquals("أخبار المثال", a.source());
    assertEquals("ليلى حسن", a.author());
  }

  @Test
  void hintsWinOverWhatThePageSays() {
    String html = "<html><head><title>من الصفحة</title></head><body>" + BODY + "</body></html>";
    PageHints hints = new PageHints("من الملف", Instant.parse("2025-01-01T00:00:00Z"), "مصدر", "ar", "كاتب");
    Article a = new ArticleExtractor().extract(new Page("https://news.example/a/2", html, true, null, "test", hints));
    assertEquals("من الملف", a.title());
    assertEquals(Instant.parse("2025-01-01T00:00:00Z"), a.published());
    assertEquals("مصدر", a.source());
    assertEquals("كاتب", a.author());
  }

  @Test
  void aRelativeDateCountsBackFromTheFetchTime() {
    String html = "<html><body><span class=\"time\">منذ ساعتين</span>" + BODY + "</body></html>";
    Article a = new ArticleExtractor().extract(new Page("https://news.example/a/3", html, true, Instant.parse("2026-03-01T12:00:00Z"), "test"));
    assertEquals(Instant.parse("2026-03-01T10:00:00Z"), a.published());
    assertNull(extract("", "<span class=\"time\">منذ ساعتين</span>" + BODY).published(), "no fetch time, no date");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      site name after the headline | <meta property="og:site_name" content="اليوم السابع"><meta property="og:title" content="وزير الري يشهد توقيع عقد - اليوم السابع"> | وزير الري يشهد توقيع عقد
      site name before the headline | <title>أميركا: 50 ألفا حصيلة الوفيات - المدينة نيوز</title><meta property="og:title" content="المدينة نيوز - أميركا: 50 ألفا حصيلة الوفيات"> | أميركا: 50 ألفا حصيلة الوفيات
      the same last part as the page title | <title>اتفاق جديد للطاقة - أخبار - الجزيرة نت</title><meta property="og:title" content="اتفاق جديد للطاقة - الجزيرة نت"> | اتفاق جديد للطاقة
      a no-break space at the end | <meta property="og:title" content="36 عامًا.. سر رحيل نعيمة عاكف&#160;"> | 36 عامًا.. سر رحيل نعيمة عاكف
      a dash inside the headline stays | <meta property="og:title" content="السعودية - مصر: اتفاق للربط الكهربائي بقيمة مليار دولار"> | السعودية - مصر: اتفاق للربط الكهربائي بقيمة مليار دولار
      """)
  void titleWithoutTheSiteName(String name, String head, String expected) {
    assertEquals(expected, extract(head, BODY).title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JSON-LD people                | <script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"الصفحة"},{"@type":"NewsArticle","author":[{"@type":"Person","name":"سارة علي"},{"@type":"Person","name":"محمد حسن"}]}]}</script> | | سارة علي، محمد حسن
      JSON-LD organization passed over | <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"سبوتنيك"}}</script> | <p>كتب: محمد السيد</p> | محمد السيد
      meta author that is the site  | <meta property="og:site_name" content="المدينة نيوز"><meta name="author" content="المدينة نيوز"> | | 
      meta author that is the host  | <meta name="author" content="news"> | | 
      a credit in brackets          | <meta name="author" content="(أبوظبي - البيان)"> | | 
      a name and a city             | <meta name="author" content="حسام أبو العلا - القاهرة"> | | حسام أبو العلا
      article:author is a page      | <meta property="article:author" content="https://www.facebook.com/someone"><meta itemprop="author" content="Ziad Sankary"> | | 
      a byline element              | | <div class="article-author"><a href="/w/1">نورهان نبيل</a></div> | نورهان نبيل
      a section in a byline box     | | <div class="author_container">منوعات</div> | 
      كتبت without a colon          | | <div class="meta">كتبت أسماء نصار</div> | أسماء نصار
      حوار:                          | | <p>حوار: آسيا العتروس</p> | آسيا العتروس
      بقلم -                         | | <p>بقلم - سمير عطا الله</p> | سمير عطا الله
      a sentence with كتب is news   | | <p>كتب الرئيس على حسابه في منصة إكس</p> | 
      """)
  void findsTheAuthor(String name, String head, String body, String expected) {
    assertEquals(expected == null ? "" : expected, extract(head == null ? "" : head, (body == null ? "" : body) + BODY).author());
  }

  @Test
  void aBylineLineIsNotText() {
    Article a = extract("", "<article><h1>شركة ناشئة تطلق شريحة</h1><p>كتب: محمد السيد</p><p>أعلنت شركة ناشئة عن شريحة جديدة لتدريب النماذج اللغوية الكبيرة في المنطقة.</p></article>");
    assertEquals("محمد السيد", a.author());
    assertEquals("شركة ناشئة تطلق شريحة\n\nأعلنت شركة ناشئة عن شريحة جديدة لتدريب النماذج اللغوية الكبيرة في المنطقة.", a.text());
  }

  @Test
  void theBodyComesFromJsonLdWhenThePageDrawsItWithScript() {
    String body = "الفقرة الأولى من الخبر عن إطلاق مركز بيانات جديد في الرياض بسعة كبيرة، وهي أطول من مئة حرف بكثير حتى تحسب.\n"
        + "الفقرة الثانية تذكر أن المشروع يبدأ العام المقبل بالشراكة مع شركات عالمية في مجال الحوسبة السحابية والذكاء الاصطناعي.";
    String head = "<meta property=\"og:title\" content=\"مركز بيانات جديد في الرياض\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script>";
    Article a = extract(head, "<div id=\"root\"><h1>مركز بيانات جديد في الرياض</h1></div><script>render()</script>");
    assertEquals("مركز بيانات جديد في الرياض\n\n" + body.replace("\n", "\n\n"), a.text());
    assertEquals(BODY_TEXT, extract(head.replace("articleBody", "description"), BODY).text(), "a page whose HTML has the body keeps it");
  }

  static final String BODY_TEXT = "شركة ناشئة تطلق شريحة\n\nأعلنت شركة ناشئة عن شريحة جديدة لتدريب النماذج اللغوية الكبيرة في المنطقة.";

  @Test
  void deepNestingDoesNotBreakExtraction() {
    String deep = "<div>".repeat(10_000) + "<p>نص الخبر في أعماق الصفحة، بعد آلاف العناصر المتداخلة التي لا تنتهي.</p>" + "</div>".repeat(10_000);
    assertEquals("نص الخبر في أعماق الصفحة، بعد آلاف العناصر المتداخلة التي لا تنتهي.", extract("", deep).text());
    assertNull(extract("", deep).published());
  }
}
