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
  void deepNestingDoesNotBreakExtraction() {
    String deep = "<div>".repeat(10_000) + "<p>نص الخبر في أعماق الصفحة، بعد آلاف العناصر المتداخلة التي لا تنتهي.</p>" + "</div>".repeat(10_000);
    assertEquals("نص الخبر في أعماق الصفحة، بعد آلاف العناصر المتداخلة التي لا تنتهي.", extract("", deep).text());
    assertNull(extract("", deep).published());
  }
}
