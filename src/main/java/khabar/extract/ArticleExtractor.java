package khabar.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a {@link Page} into an {@link Article}: for HTML, the main text without site chrome and
 * the metadata; for plain text, the first line as title and the text as it is.
 */
public final class ArticleExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Boilerplate containers removed before the main text is chosen. */
  static final String CHROME =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, svg, "
          + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
          + "[class~=(?i)(share|social|related|comment|trending|newsletter|subscribe|breadcrumb|"
          + "advert|promo|sidebar|widget|tags|menu|popular|most-read)], "
          + "[id~=(?i)(share|social|related|comment|trending|newsletter|subscribe|breadcrumb|"
          + "sidebar|menu|popular)]";

  /** The article in {@code page}; what {@link Page#hints()} states wins over what is found. */
  public Article extract(Page page) {
    return withHints(page.html() ? extractHtml(page) : extractText(page), page.hints());
  }

  private static Article withHints(Article a, PageHints h) {
    if (h.equals(PageHints.NONE)) return a;
    return new Article(
        a.url(),
        h.source().isEmpty() ? a.source() : h.source(),
        h.title().isEmpty() ? a.title() : h.title(),
        a.text(),
        h.published() == null ? a.published() : h.published(),
        h.author().isEmpty() ? a.author() : h.author(),
        h.language().isEmpty() ? a.language() : h.language(),
        a.fetched());
  }

  private Article extractHtml(Page page) {
    Document doc = Jsoup.parse(page.content(), page.url());
    String title = title(doc);
    Instant published = published(doc);
    String author = meta(doc, "author");
    String canonical = doc.select("link[rel=canonical]").attr("abs:href");
    String site = meta(doc, "og:site_name");
    String url = canonical.isBlank() ? page.url() : canonical;
    if (site.isBlank()) site = host(url);
    String text = mainText(doc);
    return new Article(url, site, title, text, published, author, lang(doc), page.fetched());
  }

  private static Article extractText(Page page) {
    String text = page.content();
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    return new Article(page.url(), host(page.url()), title, text, null, "", "", page.fetched());
  }

  static String mainText(Document doc) {
    Element body = doc.body();
    if (body == null) return "";
    body.select(CHROME).remove();
    Element root = body.selectFirst("article");
    if (root == null) root = densest(body);
    List<String> blocks = new ArrayList<>();
    Elements els = root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote");
    if (els.isEmpty()) {
      String t = root.text().strip();
      return t;
    }
    for (Element e : els) {
      if (e.tagName().equals("li") && e.selectFirst("p") != null) continue;
      if (!e.tagName().equals("p") && e.parents().stream().anyMatch(p -> p.tagName().equals("p"))) continue;
      String t = e.text().strip();
      if (!t.isEmpty()) blocks.add(t);
    }
    return String.join("\n\n", blocks);
  }

  /** The element whose direct paragraphs hold the most text. */
  private static Element densest(Element body) {
    Element best = body;
    int bestLen = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) continue;
      int len = 0;
      for (Element c : parent.children()) if (c.tagName().equals("p")) len += c.text().length();
      if (len > bestLen) {
        bestLen = len;
        best = parent;
      }
    }
    return best;
  }

  static String title(Document doc) {
    String og = meta(doc, "og:title");
    if (!og.isBlank()) return og.strip();
    String ld = jsonLd(doc, "headline");
    if (!ld.isBlank()) return ld.strip();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
    String t = doc.title();
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int k = t.lastIndexOf(sep);
      if (k > 0) return t.substring(0, k).strip();
    }
    return t.strip();
  }

  static Instant published(Document doc) {
    List<String> candidates = new ArrayList<>();
    candidates.add(jsonLd(doc, "datePublished"));
    candidates.add(meta(doc, "article:published_time"));
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) candidates.add(time.attr("datetime"));
    for (String c : candidates) {
      Instant i = parseInstant(c);
      if (i != null) return i;
    }
    return null;
  }

  public static Instant parseInstant(String s) {
    if (s == null || s.isBlank()) return null;
    s = s.strip();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return java.time.LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s)
          .atStartOfDay(java.time.ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return m == null ? "" : m.attr("content");
  }

  static String jsonLd(Document doc, String field) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        String v = findField(n, field);
        if (v != null) return v;
      } catch (Exception e) {
        // malformed JSON-LD is common on the web; other metadata sources still apply
      }
    }
    return "";
  }

  private static String findField(JsonNode n, String field) {
    if (n == null) return null;
    if (n.isArray()) {
      for (JsonNode c : n) {
        String v = findField(c, field);
        if (v != null) return v;
      }
      return null;
    }
    if (n.has(field) && n.get(field).isTextual()) return n.get(field).asText();
    if (n.has("@graph")) return findField(n.get("@graph"), field);
    return null;
  }

  private static String lang(Document doc) {
    String l = doc.select("html").attr("lang");
    if (l.isBlank()) return "";
    return l.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
