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
    Head head = new Head(doc);
    String title = title(doc, head);
    Instant published = published(doc, head);
    String author = head.meta("author");
    String canonical = head.canonical();
    String site = head.meta("og:site_name");
    String url = canonical.isBlank() ? page.url() : canonical;
    if (site.isBlank()) site = host(url);
    String text = mainText(doc);
    return new Article(url, site, title, text, published, author, lang(doc), page.fetched());
  }

  /** Longest first line taken whole as a plain-text article's title; a longer one is a paragraph. */
  static final int MAX_TEXT_TITLE = 160;

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*");

  /**
   * A plain-text article: the title is its first non-blank line (a line longer than {@value
   * #MAX_TEXT_TITLE} characters is a paragraph, and gives its start cut at a word); a first line
   * that is only a date (2025-03-14, «14 مارس 2025», 14/03/2025, with or without a weekday) is
   * the publication date, and the title is the next line. The text stays as written.
   */
  private static Article extractText(Page page) {
    String text = page.content();
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(2).map(String::strip).toList();
    Instant published = null;
    int titleLine = 0;
    if (lines.size() == 2) {
      java.time.LocalDate d = dateLine(lines.get(0));
      if (d != null) {
        published = d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        titleLine = 1;
      }
    }
    String title = lines.size() > titleLine ? firstLineTitle(lines.get(titleLine)) : "";
    return new Article(page.url(), host(page.url()), title, text, published, "", "", page.fetched());
  }

  /** The date a line holds and nothing else, or null. */
  static java.time.LocalDate dateLine(String line) {
    java.util.regex.Matcher iso = ISO_DATE.matcher(line);
    if (iso.matches()) {
      try {
        return java.time.LocalDate.parse(iso.group(1));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return ArabicDates.isOnlyDate(line) ? ArabicDates.find(line).orElse(null) : null;
  }

  static String firstLineTitle(String line) {
    if (line.length() <= MAX_TEXT_TITLE) return line;
    int cut = line.lastIndexOf(' ', MAX_TEXT_TITLE - 1);
    return (cut > MAX_TEXT_TITLE / 2 ? line.substring(0, cut) : line.substring(0, MAX_TEXT_TITLE - 1)).strip() + "…";
  }

  static String mainText(Document doc) {
    Element body = doc.body();
    return body == null ? "" : MainText.of(body);
  }

  static String title(Document doc, Head head) {
    String og = head.meta("og:title");
    if (!og.isBlank()) return og.strip();
    String ld = head.jsonLd("headline");
    if (!ld.isBlank()) return ld.strip();
    Element h1 = doc.selectFirst(Css.of("h1"));
    if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
    String t = doc.title();
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int k = t.lastIndexOf(sep);
      if (k > 0) return t.substring(0, k).strip();
    }
    return t.strip();
  }

  /** Page metadata that names the publication time, most trusted first. */
  static final String[] DATE_META = {
    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
    "publish-date", "date", "DC.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"
  };

  /** Elements whose class or id says they hold the date or byline. */
  static final String DATE_HOLDERS =
      "[class~=(?i)(date|time|publish|posted|byline|meta|info)], [id~=(?i)(date|time|publish|byline)]";

  /** How far into the body a dateline is looked for when nothing else gives the date. */
  static final int DATELINE_CHARS = 300;

  /**
   * The publication time: JSON-LD {@code datePublished}, then the meta tags in {@link #DATE_META}
   * and {@code itemprop=datePublished}, then {@code <time datetime>}; else an Arabic date (see
   * {@link ArabicDates}) in an element that holds the date or byline, or at the top of the body.
   */
  static Instant published(Document doc, Head head) {
    // the candidates in order, each looked up only when those before it gave no date
    Instant found = parseInstant(head.jsonLd("datePublished"));
    for (int k = 0; found == null && k < DATE_META.length; k++) found = parseInstant(head.meta(DATE_META[k]));
    if (found != null) return found;
    Element itemprop = head.first(Css.of("[itemprop=datePublished]"));
    if (itemprop != null) found = parseInstant(itemprop.hasAttr("content") ? itemprop.attr("content") : itemprop.attr("datetime"));
    for (Element time : head.all(Css.of("time[datetime]"))) {
      if (found != null) return found;
      found = parseInstant(time.attr("datetime"));
    }
    if (found != null) return found;
    Element body = doc.body();
    if (body == null) return null;
    for (Element holder : body.select(Css.of("time, " + DATE_HOLDERS))) {
      String t = holder.text();
      if (t.length() > 200) continue;
      var d = ArabicDates.find(t);
      if (d.isPresent()) return d.get().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
    String top = body.text();
    return ArabicDates.find(top.substring(0, Math.min(top.length(), DATELINE_CHARS)))
        .map(d -> d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .orElse(null);
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

  /**
   * The page's metadata, gathered in one walk of the document: the elements that may carry it
   * ({@link #GATHERED}: a page has a few dozen) and the parsed JSON-LD blocks. Looking up fifteen
   * metadata names, the canonical link and the date attributes each with its own selector walked
   * the whole document twenty times, and the JSON-LD was parsed once for the headline and again
   * for the date. Each lookup keeps its selector and tries it on the gathered elements only, in
   * document order, so it finds what a search of the whole page finds.
   */
  static final class Head {
    /** Every element any lookup below can match. */
    static final String GATHERED = "meta[property], meta[name], link[rel], [itemprop], time[datetime]";

    private final Document doc;
    private final Elements gathered;
    private List<JsonNode> jsonLd;

    Head(Document doc) {
      this.doc = doc;
      this.gathered = doc.select(Css.of(GATHERED));
    }

    /** The first gathered element that {@code e} matches, or null. */
    Element first(org.jsoup.select.Evaluator e) {
      for (Element m : gathered) {
        if (e.matches(doc, m)) return m;
      }
      return null;
    }

    /** The gathered elements that {@code e} matches, in document order. */
    List<Element> all(org.jsoup.select.Evaluator e) {
      List<Element> out = new ArrayList<>();
      for (Element m : gathered) {
        if (e.matches(doc, m)) out.add(m);
      }
      return out;
    }

    /** The content of the first {@code meta[property=name], meta[name=name]} in document order, or "". */
    String meta(String name) {
      Element m = first(Css.of("meta[property=" + name + "], meta[name=" + name + "]"));
      return m == null ? "" : m.attr("content");
    }

    /** The absolute URL of the first {@code link[rel=canonical]} that has one, or "". */
    String canonical() {
      for (Element l : all(Css.of("link[rel=canonical]"))) {
        if (l.hasAttr("abs:href")) return l.attr("abs:href");
      }
      return "";
    }

    /** The first text value of {@code field} in the page's JSON-LD blocks, or "". */
    String jsonLd(String field) {
      if (jsonLd == null) {
        jsonLd = new ArrayList<>();
        for (Element s : doc.select(Css.of("script[type=application/ld+json]"))) {
          try {
            jsonLd.add(JSON.readTree(s.data()));
          } catch (Exception e) {
            // malformed JSON-LD is common on the web; other metadata sources still apply
          }
        }
      }
      for (JsonNode n : jsonLd) {
        String v = findField(n, field);
        if (v != null) return v;
      }
      return "";
    }
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

  /** What ends the primary subtag of a language tag (ar-EG, en_US); compiled once, not per page. */
  private static final java.util.regex.Pattern LANG_SUBTAG = java.util.regex.Pattern.compile("[-_]");

  private static String lang(Document doc) {
    String l = doc.select(Css.of("html")).attr("lang");
    if (l.isBlank()) return "";
    return LANG_SUBTAG.split(l.toLowerCase(Locale.ROOT))[0];
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
