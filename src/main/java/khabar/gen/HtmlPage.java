package khabar.gen;

import java.util.List;
import khabar.util.Html;

/**
 * Renders a generated article as a news site's page: head metadata (title, Open Graph,
 * {@code article:published_time}, author, canonical link, JSON-LD), then site chrome around the
 * article — header and navigation, breadcrumb, share buttons, tags, related links, reader
 * comments, newsletter box and footer — as real Arabic news sites do. Layout {@code article}
 * puts the story in an {@code <article>} element; layout {@code div} in a content {@code <div>},
 * as sites without semantic markup do.
 */
final class HtmlPage {
  private static final String[][] SECTIONS = {
    {"/ai", "الذكاء الاصطناعي"}, {"/chips", "الرقائق"}, {"/business", "أعمال"}, {"/phones", "هواتف"},
    {"/startups", "شركات ناشئة"}, {"/opinion", "آراء"},
  };

  private HtmlPage() {}

  static String render(GeneratedArticle a, List<String> related, List<String> comments) {
    StringBuilder b = new StringBuilder(a.text().length() * 2 + 8192);
    String title = escape(a.title());
    String date = a.published().toString();
    b.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<title>").append(title).append(" | ").append(escape(a.siteName())).append("</title>\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n");
    b.append("<meta property=\"og:site_name\" content=\"").append(escape(a.siteName())).append("\">\n");
    b.append("<meta property=\"og:type\" content=\"article\">\n");
    b.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">\n");
    b.append("<meta name=\"author\" content=\"").append(escape(a.author())).append("\">\n");
    b.append("<link rel=\"canonical\" href=\"").append(escape(a.url())).append("\">\n");
    b.append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n");
    b.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(jsonEscape(a.title())).append("\",\"datePublished\":\"").append(date)
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(jsonEscape(a.author())).append("\"}}</script>\n");
    b.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n");
    b.append("</head>\n<body>\n<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
        .append(escape(a.siteName())).append("</a>\n<nav class=\"main-menu\"><ul>");
    for (String[] s : SECTIONS) {
      b.append("<li><a href=\"").append(s[0]).append("\">").append(s[1]).append("</a></li>");
    }
    b.append("</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"بحث\"></form>\n</header>\n");
    b.append("<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> › <a href=\"/ai\">الذكاء الاصطناعي</a></div>\n");
    boolean semantic = a.layout().equals("article");
    b.append("<main class=\"content\">\n").append(semantic ? "<article>\n" : "<div class=\"post\">\n");
    b.append("<h1>").append(title).append("</h1>\n");
    b.append("<div class=\"byline\"><span class=\"author\">").append(escape(a.author()))
        .append("</span> · <time datetime=\"").append(date).append("\">").append(date, 0, 10).append("</time></div>\n");
    b.append("<div class=\"share\"><a href=\"#\">فيسبوك</a> <a href=\"#\">إكس</a> <a href=\"#\">واتساب</a> <a href=\"#\">نسخ الرابط</a></div>\n");
    b.append(semantic ? "" : "<div class=\"post-body\">\n");
    for (String p : a.paragraphs()) b.append("<p>").append(escape(p)).append("</p>\n");
    b.append(semantic ? "" : "</div>\n");
    b.append("<div class=\"tags\"><a href=\"/tag/ai\">ذكاء اصطناعي</a> <a href=\"/tag/tech\">تقنية</a></div>\n");
    b.append(semantic ? "</article>\n" : "</div>\n");
    b.append("<aside class=\"related\"><h3>اقرأ أيضا</h3><ul>\n");
    for (int i = 0; i < related.size(); i++) {
      b.append("<li><a href=\"/news/related-").append(i).append(".html\">").append(escape(related.get(i))).append("</a></li>\n");
    }
    b.append("</ul></aside>\n<section class=\"comments\" id=\"comments\"><h3>التعليقات</h3>\n");
    for (String c : comments) b.append("<div class=\"comment\"><p>").append(escape(c)).append("</p></div>\n");
    b.append("</section>\n</main>\n");
    b.append("<div class=\"newsletter\"><p>اشترك في النشرة البريدية لتصلك آخر الأخبار</p></div>\n");
    b.append("<footer><p>جميع الحقوق محفوظة © ").append(escape(a.siteName()))
        .append("</p><a href=\"/about\">من نحن</a> <a href=\"/privacy\">سياسة الخصوصية</a></footer>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static String escape(String s) {
    return Html.escape(s);
  }

  private static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
