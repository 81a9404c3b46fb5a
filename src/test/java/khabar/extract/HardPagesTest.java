package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages whose structure hides the article; each expected text is the article as a reader sees it. */
class HardPagesTest {
  static final String P1 = "أعلنت شركة ناشئة في الرياض عن شريحة جديدة مخصصة لتدريب نماذج الذكاء الاصطناعي";
  static final String P2 = "وقال المدير التنفيذي إن الإنتاج سيبدأ في مصنع جديد خلال الربع الثالث من العام المقبل";
  static final String P3 = "ويرى محللون أن الطلب على مراكز البيانات في المنطقة سيتضاعف خلال السنوات الخمس المقبلة";
  static final String HEADLINE = "شركة ناشئة تطلق شريحة للذكاء الاصطناعي";
  static final String SIDEBAR = "الأكثر قراءة اليوم في الموقع: أسعار الهواتف الجديدة في الأسواق العربية وتوقعات المحللين للعام المقبل";
  static final String COMMENT = "تعليق قارئ: مقال رائع ومفيد جدا وأتمنى أن تكتبوا المزيد عن الشركات الناشئة في المنطقة العربية";

  static String page(String body) {
    return "<html><head><title>" + HEADLINE + " | الموقع</title></head><body>"
        + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/tech\">تقنية</a></nav>" + body
        + "<footer>جميع الحقوق محفوظة</footer></body></html>";
  }

  /** Three teaser cards of other articles: image, linked title, a line of summary text. */
  static final String CAROUSEL = "<div class=\"slider\"><ul class=\"slides\">"
      + card(1, "الحكومة تعلن عن خطة جديدة لدعم الشركات الناشئة في قطاع التقنية", "تفاصيل الخطة التي أعلنتها وزارة الاقتصاد صباح اليوم للشركات")
      + card(2, "ارتفاع أسهم شركات الرقائق في البورصات الآسيوية بعد نتائج قوية", "المستثمرون يراهنون على استمرار الطلب على الرقائق المتقدمة هذا العام")
      + card(3, "مؤتمر تقني كبير في دبي يجمع آلاف المطورين من المنطقة العربية", "المؤتمر يستمر ثلاثة أيام ويشهد إطلاق منتجات جديدة من شركات ناشئة")
      + "</ul></div>";

  static String card(int n, String title, String summary) {
    return "<li class=\"slide\"><a href=\"/news/" + n + "\"><img src=\"/i/" + n + ".jpg\"></a><h3><a href=\"/news/" + n + "\">" + title + "</a></h3><span>" + summary + "</span></li>";
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("body in one share-classed div, paragraphs split by br",
            page("<h1>" + HEADLINE + "</h1><div class=\"entry-content share-area\">" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</div>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3),
        Arguments.of("body in a tagged container of spans split by br",
            page("<h1>" + HEADLINE + "</h1><div id=\"post-tags-body\"><span>" + P1 + "</span><br><span>" + P2 + "</span><br><span>" + P3 + "</span></div>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3),
        Arguments.of("headline and image only, then a carousel of other articles",
            page("<article><h1>" + HEADLINE + "</h1><figure><img src=\"/i/main.jpg\"></figure></article>" + CAROUSEL),
            HEADLINE),
        Arguments.of("the whole page in one form, as ASP.NET writes it",
            page("<form id=\"aspnetForm\" method=\"post\"><input type=\"hidden\" name=\"__VIEWSTATE\"><div class=\"search\"><input name=\"q\"></div>"
                + "<h1>" + HEADLINE + "</h1><div itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p></div></form>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2),
        Arguments.of("a search form and a comment form are not the page",
            page("<form class=\"s\"><input name=\"q\"> ابحث في الموقع</form><article><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<form><p>اترك تعليقا على هذا الخبر وسيظهر بعد المراجعة من فريق التحرير في الموقع</p><textarea></textarea></form>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2),
        Arguments.of("a lead in a div of its own before the body",
            page("<h1>" + HEADLINE + "</h1><div class=\"b-article\"><div class=\"lead\"><p>" + P3 + "</p></div><div class=\"text\"><p>" + P1 + "، " + P1 + "</p><p>" + P2 + "، " + P2 + "</p><p>" + P1 + "</p></div></div>"),
            HEADLINE + "\n\n" + P3 + "\n\n" + P1 + "، " + P1 + "\n\n" + P2 + "، " + P2 + "\n\n" + P1),
        Arguments.of("credits, a labelled source and a dated line are not text",
            page("<article><h1>" + HEADLINE + "</h1><div>المصدر:</div><div>(أبوظبي - البيان)</div><div>التاريخ: 03 يونيو 2020</div><p>" + P1 + "</p>"
                + "<div><span>© REUTERS / SHOKRY HUSSIEN</span></div><p>" + P2 + "</p><p>--(بترا)</p><p>\uFEFF</p></article>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2),
        Arguments.of("a logo in an h1 before the headline",
            "<html><head><meta property=\"og:title\" content=\"" + HEADLINE + "\"></head><body><div class=\"logo\"><h1><span>CNN</span></h1></div>"
                + "<div class=\"story\"><h1>" + HEADLINE + "</h1></div><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>",
            HEADLINE + "\n\n" + P1 + "\n\n" + P2),
        Arguments.of("an article and a carousel: the carousel stays out",
            page("<article><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>" + CAROUSEL),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2),
        Arguments.of("a page wrapper named after its layout (has-sidebar) holds the headline: it stays, its sidebar and comments go",
            page("<div class=\"site-wrapper has-sidebar\"><div class=\"post\"><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class=\"sidebar\"><p>" + SIDEBAR + "</p></div><div id=\"comments\"><p>" + COMMENT + "</p></div></div>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3),
        Arguments.of("a wrapper with an ad word (ad-portal) around a long article element and no h1",
            page("<div id=\"ad-portal\"><article><h2>" + HEADLINE + "</h2><p>" + P1 + " " + P2 + "</p><p>" + P2 + " " + P3 + "</p><p>" + P3 + " " + P1
                + "</p></article></div><div class=\"ads\"><p>" + SIDEBAR + "</p></div>"),
            HEADLINE + "\n\n" + P1 + " " + P2 + "\n\n" + P2 + " " + P3 + "\n\n" + P3 + " " + P1),
        Arguments.of("a body named both as the article and with a chrome word (entry-content-read-more) holding most paragraphs stays",
            page("<h1>" + HEADLINE + "</h1><div class=\"entry-content entry-content-read-more\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class=\"newsletter\"><p>" + SIDEBAR + "</p></div>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3),
        Arguments.of("a comments section named as content goes, however long",
            page("<h1>" + HEADLINE + "</h1><div class=\"post\"><p>" + P1 + "</p></div><div class=\"comments-content\"><p>" + COMMENT + "</p><p>" + COMMENT
                + " " + SIDEBAR + "</p><p>" + SIDEBAR + "</p></div>"),
            HEADLINE + "\n\n" + P1),
        Arguments.of("a sidebar of teaser articles, short ones, still goes",
            page("<h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"sidebar\"><article><p>" + SIDEBAR + "</p></article><article><p>" + COMMENT
                + "</p></article></div>"),
            HEADLINE + "\n\n" + P1 + "\n\n" + P2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void findsTheArticle(String name, String html, String expected) {
    Article a = new ArticleExtractor().extract(new Page("https://news.example/a/1", html, true, null, "test"));
    assertEquals(expected, a.text());
  }
}
