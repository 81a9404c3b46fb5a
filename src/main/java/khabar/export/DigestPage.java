package khabar.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import khabar.search.Snippet;
import khabar.util.Html;

/**
 * Renders a {@link Digest.Report} as a self-contained HTML page (right to left, the search
 * page's colours, every text escaped, a Content-Security-Policy that allows no script and no
 * request: styles and the charts are inline) and as Markdown for mail or chat.
 */
public final class DigestPage {
  /** Allows inline styles and inline SVG only: no script, no fetch, no remote image. */
  public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  static final String TITLE = "خبر — ملخص ما استجد";
  static final String NOTHING_NEW = "لا جديد منذ آخر تقرير.";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String STYLE =
      """
      :root { --ink:#1d2430; --muted:#5b6575; --line:#dfe3ea; --bg:#f6f7f9; --card:#fff; --accent:#0b5cad;
        --company:#0b6e4f; --chip:#8a4b08; --person:#6b2fa0; --money:#a3123a;
        font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","DejaVu Sans",Tahoma,sans-serif; }
      body { margin:0; background:var(--bg); color:var(--ink); line-height:1.8; font-size:17px; }
      header { background:#0b2d4f; color:#fff; padding:10px 18px; }
      header h1 { margin:0; font-size:26px; } header p { margin:0; color:#dfe7f1; font-size:15px; }
      main { max-width:1000px; margin:0 auto; padding:12px 16px; }
      section { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin:14px 0; }
      h2 { margin:0 0 6px; font-size:22px; } h3 { margin:12px 0 4px; font-size:18px; color:var(--muted); }
      ol, ul { margin:4px 0; padding-inline-start:22px; }
      .meta { color:var(--muted); font-size:14px; } .snippet { margin:2px 0 8px; }
      mark { background:#fff1b8; padding:0 2px; } .money { color:var(--money); font-weight:600; }
      .tag { display:inline-block; border:1px solid var(--line); border-radius:12px; padding:0 8px; margin:2px; font-size:15px; }
      .cand { border-style:dashed; } .chart svg { max-width:100%; height:auto; direction:ltr; }
      .empty { color:var(--muted); }
      """;

  private DigestPage() {}

  /** The HTML page. */
  public static String html(Digest.Report r) throws IOException {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(TITLE)).append("</title>\n<style>").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n<header><h1>").append(Html.escape(TITLE)).append("</h1><p>")
        .append(Html.escape(header(r))).append("</p></header>\n<main>\n");
    if (r.isEmpty()) b.append("<p class=\"empty\">").append(NOTHING_NEW).append("</p>\n");
    for (Digest.EntitySection s : r.entities()) entity(b, s);
    for (Digest.QuerySection q : r.queries()) query(b, q);
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  static String header(Digest.Report r) {
    String made = "أُعد في " + ltr(MINUTE.format(r.made()));
    return r.since() == null ? made : made + " — منذ " + ltr(MINUTE.format(r.since()));
  }

  /**
   * Left-to-right text (dates, numbers with dashes) isolated inside the right-to-left line, so
   * 2025-09-17 is not shown as 17-09-2025.
   */
  static String ltr(String s) {
    return "\u2066" + s + "\u2069";
  }

  private static void entity(StringBuilder b, Digest.EntitySection s) throws IOException {
    b.append("<section>\n<h2>").append(Html.escape(s.entity().labelAr()));
    if (!s.entity().name().isEmpty() && !s.entity().name().equals(s.entity().labelAr())) {
      b.append(" <span class=\"meta\" dir=\"ltr\">").append(Html.escape(s.entity().name())).append("</span>");
    }
    b.append("</h2>\n<p class=\"meta\">").append(s.newArticles()).append(" مقال جديد</p>\n");
    if (s.articles().isEmpty()) {
      b.append("<p class=\"empty\">لا مقالات جديدة.</p>\n");
    } else {
      b.append("<h3>مقالات جديدة</h3>\n");
      items(b, s.articles());
    }
    if (!s.money().isEmpty()) {
      b.append("<h3>أرقام مالية جديدة</h3>\n<ul>\n");
      for (Digest.Figure f : s.money()) {
        b.append("<li><span class=\"money\">").append(Html.escape(f.text())).append("</span> (")
            .append(dollars(f.money().usd())).append(") — ").append(Html.escape(f.sentence())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    tags(b, "يظهر معه لأول مرة", s.newlyWith());
    tags(b, "أسماء جديدة لم تُدرج بعد (مرشحة)", s.candidates());
    if (!s.trend().periods().isEmpty()) {
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      TrendChart.write(s.trend(), TrendChart.Format.SVG, svg);
      String x = svg.toString(StandardCharsets.UTF_8);
      int at = x.indexOf("<svg");
      b.append("<h3>عدد المقالات حسب الشهر</h3>\n<div class=\"chart\">").append(x.substring(at)).append("</div>\n");
    }
    b.append("</section>\n");
  }

  private static void query(StringBuilder b, Digest.QuerySection q) {
    b.append("<section>\n<h2>بحث: <bdi>").append(Html.escape(q.query())).append("</bdi></h2>\n<p class=\"meta\">")
        .append(q.newArticles()).append(" مقال جديد</p>\n");
    if (q.articles().isEmpty()) b.append("<p class=\"empty\">لا مقالات جديدة.</p>\n");
    else items(b, q.articles());
    b.append("</section>\n");
  }

  private static void items(StringBuilder b, List<Digest.Item> items) {
    b.append("<ol>\n");
    for (Digest.Item i : items) {
      b.append("<li><a href=\"").append(Html.escape(safeUrl(i.url()))).append("\">")
          .append(Html.escape(i.title().isEmpty() ? i.url() : i.title())).append("</a> <span class=\"meta\">")
          .append(Html.escape(meta(i))).append("</span>");
      if (!i.snippet().text().isEmpty()) b.append("<div class=\"snippet\">").append(i.snippet().html()).append("</div>");
      b.append("</li>\n");
    }
    b.append("</ol>\n");
  }

  private static void tags(StringBuilder b, String heading, List<Digest.Named> names) {
    if (names.isEmpty()) return;
    b.append("<h3>").append(Html.escape(heading)).append("</h3>\n<p>");
    for (Digest.Named n : names) {
      b.append("<span class=\"tag").append(n.candidate() ? " cand" : "").append("\">").append(Html.escape(n.label()))
          .append("</span>");
    }
    b.append("</p>\n");
  }

  /** Only web links become links; anything else (javascript:, data:) is shown, not followed. */
  static String safeUrl(String url) {
    if (url == null) return "#";
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : "#";
  }

  static String meta(Digest.Item i) {
    String date = i.published() == null ? "" : ltr(DAY.format(i.published()));
    if (i.source().isEmpty()) return date;
    return date.isEmpty() ? i.source() : i.source() + "، " + date;
  }

  static String dollars(BigDecimal usd) {
    return String.format(Locale.ROOT, "%,.0f دولار", usd);
  }

  /** The Markdown version: the same sections, without the charts. */
  public static String markdown(Digest.Report r) {
    StringBuilder b = new StringBuilder(4096);
    b.append("# ").append(TITLE).append("\n\n").append(header(r)).append("\n\n");
    if (r.isEmpty()) b.append(NOTHING_NEW).append("\n");
    for (Digest.EntitySection s : r.entities()) {
      b.append("## ").append(md(s.entity().labelAr())).append("\n\n").append(s.newArticles()).append(" مقال جديد\n\n");
      for (Digest.Item i : s.articles()) mdItem(b, i);
      if (!s.money().isEmpty()) {
        b.append("\n### أرقام مالية جديدة\n\n");
        for (Digest.Figure f : s.money()) {
          b.append("- **").append(md(f.text())).append("** (").append(dollars(f.money().usd())).append(")\n");
        }
      }
      mdTags(b, "يظهر معه لأول مرة", s.newlyWith());
      mdTags(b, "أسماء جديدة لم تُدرج بعد (مرشحة)", s.candidates());
      b.append("\n");
    }
    for (Digest.QuerySection q : r.queries()) {
      b.append("## بحث: ").append(md(q.query())).append("\n\n").append(q.newArticles()).append(" مقال جديد\n\n");
      for (Digest.Item i : q.articles()) mdItem(b, i);
      b.append("\n");
    }
    return b.toString();
  }

  private static void mdItem(StringBuilder b, Digest.Item i) {
    b.append("- [").append(md(i.title().isEmpty() ? i.url() : i.title())).append("](").append(safeUrl(i.url()).replace(")", "%29"))
        .append(")");
    String meta = meta(i);
    if (!meta.isEmpty()) b.append(" — ").append(md(meta));
    b.append("\n");
    Snippet s = i.snippet();
    if (!s.text().isEmpty()) b.append("  > ").append(md(s.render("**", "**")).replace('\n', ' ')).append("\n");
  }

  private static void mdTags(StringBuilder b, String heading, List<Digest.Named> names) {
    if (names.isEmpty()) return;
    b.append("\n### ").append(heading).append("\n\n");
    b.append(String.join("، ", names.stream().map(n -> md(n.label()) + (n.candidate() ? " (مرشح)" : "")).toList()));
    b.append("\n");
  }

  /** Markdown punctuation that would change the text's meaning is escaped. */
  static String md(String s) {
    return s.replaceAll("([\\\\`\\[\\]<>_|])", "\\\\$1");
  }

}
