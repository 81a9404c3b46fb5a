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
    String canonical = head.canonical();
    String site = head.meta("og:site_name");
    String url = canonical.isBlank() ? page.url() : canonical;
    String title = withoutSiteName(MainText.clean(title(doc, head).replace('\u00A0', ' ')), site, MainText.clean(doc.title().replace('\u00A0', ' ')));
    Instant published = published(doc, head, page.fetched());
    String author = author(doc, head, site.isBlank() ? siteFromTitle(doc.title()) : site); // before the main text, which takes the chrome out of the page
    if (site.isBlank()) site = host(url);
    MainText.Found main = doc.body() == null ? new MainText.Found("", "") : MainText.find(doc.body(), title);
    if (author.isEmpty()) author = main.byline();
    String text = withBodyFromJsonLd(main.text(), title, head.jsonLd("articleBody"));
    return new Article(url, site, title, text, published, author, lang(doc), page.fetched());
  }

  /** Separators between a headline and the site's name in a title. */
  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " « ", " » "};

  /**
   * {@code title} without the site's name after it («… - اليوم السابع», «… | الجزيرة نت»): the name
   * is {@code og:site_name}, or the last part of the page's {@code <title>} when the headline
   * ends with that same part.
   */
  static String withoutSiteName(String title, String siteName, String pageTitle) {
    for (String sep : TITLE_SEPARATORS) { // the name first: «المدينة نيوز - أميركا: …»
      int k = title.indexOf(sep);
      if (k <= 0) continue;
      String head = title.substring(0, k).strip();
      boolean site = !siteName.isBlank() && head.equalsIgnoreCase(siteName.strip());
      boolean pageEnd = !pageTitle.equals(title) && pageTitle.endsWith(sep + head) && head.length() < title.length() / 2;
      if (site || pageEnd) return title.substring(k + sep.length()).strip();
    }
    for (String sep : TITLE_SEPARATORS) {
      int k = title.lastIndexOf(sep);
      if (k <= 0) continue;
      String tail = title.substring(k + sep.length()).strip();
      boolean site = !siteName.isBlank() && tail.equalsIgnoreCase(siteName.strip());
      boolean sameAsPage = !pageTitle.equals(title) && pageTitle.endsWith(sep + tail) && tail.length() < title.length() / 2;
      if (site || sameAsPage) return title.substring(0, k).strip();
    }
    return title;
  }

  /** The site's name as the last part of a page title («… - المدينة نيوز»), or "". */
  static String siteFromTitle(String pageTitle) {
    String t = MainText.clean(pageTitle.replace('\u00A0', ' '));
    int best = -1;
    String sepFound = "";
    for (String sep : TITLE_SEPARATORS) {
      int k = t.lastIndexOf(sep);
      if (k > best) {
        best = k;
        sepFound = sep;
      }
    }
    return best <= 0 ? "" : t.substring(best + sepFound.length()).strip();
  }

  /** A page whose main text is this much shorter than its JSON-LD articleBody shows the latter instead. */
  static final int ARTICLE_BODY_RATIO = 3;
  static final int MIN_ARTICLE_BODY_CHARS = 200;

  /**
   * The main text, or the JSON-LD {@code articleBody} under the headline when the page's HTML
   * holds far less of the article (a page that draws its body with script from inlined JSON).
   */
  static String withBodyFromJsonLd(String text, String title, String articleBody) {
    String body = articleBody == null ? "" : org.jsoup.parser.Parser.unescapeEntities(articleBody, false);
    if (body.contains("<")) body = Jsoup.parse(body).wholeText(); // some sites put the body's HTML there
    if (body.strip().length() < MIN_ARTICLE_BODY_CHARS || body.strip().length() < ARTICLE_BODY_RATIO * text.length()) return text;
    List<String> parts = new ArrayList<>();
    if (!title.isBlank()) parts.add(title.strip());
    for (String line : body.split("\\R")) {
      String l = MainText.clean(line);
      if (!l.isEmpty()) parts.add(l);
    }
    return String.join("\n\n", parts);
  }

  /** Metadata that names the author, in the order it is trusted. */
  static final String[] AUTHOR_META = {"author", "article:author", "byl", "parsely-author", "sailthru.author"};

  /** Words in a class or id that say an element holds the author's name. */
  private static final ClassNames AUTHOR_NAME =
      ClassNames.of("author|byline|writer|reporter", "author", "byline", "writer", "reporter");

  /**
   * Whether {@code e} says it holds the author's name: {@code itemprop=author}, {@code rel=author},
   * or a class or id with one of {@link #AUTHOR_NAME}'s words. It runs on every element of a page
   * whose metadata names no author.
   */
  private static boolean isAuthorHolder(Element e) {
    if (e.attributesSize() == 0) return false;
    if ("author".equalsIgnoreCase(e.attr("itemprop")) || "author".equalsIgnoreCase(e.attr("rel"))) return true;
    return AUTHOR_NAME.has(e);
  }

  /**
   * The author: the JSON-LD article's {@code author} (a name, a person, or a list of them), then
   * the metadata in {@link #AUTHOR_META}; then an element that holds the byline; or "" (the
   * extractor then takes a byline line near the top of the body, «كتب: …», «بقلم …», which
   * {@link MainText} finds as it walks the page). A name that is only the site's own name (many
   * sites put it in {@code meta author}) is passed over.
   */
  static String author(Document doc, Head head, String site) {
    List<String> found = new ArrayList<>();
    found.add(head.jsonLdAuthor());
    for (String name : AUTHOR_META) found.add(head.meta(name));
    String host = host(doc.location());
    for (String a : found) {
      String c = Byline.clean(a);
      if (!c.isBlank() && !isSiteName(c, site, host)) return c;
    }
    Element body = doc.body();
    if (body == null) return "";
    for (Element e : body.getAllElements()) {
      if (!isAuthorHolder(e)) continue;
      Element name = e.selectFirst(Css.of("[itemprop=name]"));
      String t = MainText.clean(name != null ? (name.hasAttr("content") ? name.attr("content") : name.text()) : e.hasAttr("content") ? e.attr("content") : e.text());
      if (t.isEmpty() || t.length() > Byline.MAX_LINE_CHARS) continue;
      // an element's text is a name only if it looks like one: a label or a section («منوعات») is one word
      String c = Byline.author(t).orElse(t.length() <= Byline.MAX_NAME_CHARS ? Byline.clean(t) : "");
      if (c.split("\\s+").length >= 2 && !c.matches(".*\\d.*") && !isSiteName(c, site, host)) return c;
    }
    return "";
  }

  /**
   * Whether an author is the site itself: its {@code og:site_name} or a part of it ("LBCI" of
   * "LBCIV7"), or a part of its host ("Sputnik" of arabic.sputniknews.com, "akhbarelyom").
   */
  static boolean isSiteName(String author, String site, String host) {
    String a = author.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-_]", "");
    if (a.isEmpty()) return true;
    String s = site.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-_]", "");
    String h = host.toLowerCase(Locale.ROOT).replace(".", "");
    return !s.isEmpty() && (s.contains(a) || a.contains(s)) || a.length() >= 3 && h.contains(a);
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
      "[class~=(?i)(date|time|publish|posted|created|byline|meta|info)], [id~=(?i)(date|time|publish|created|byline)]";

  /** How far into the body a dateline is looked for when nothing else gives the date. */
  static final int DATELINE_CHARS = 300;

  /**
   * The publication time: JSON-LD {@code datePublished}, then the meta tags in {@link #DATE_META}
   * and {@code itemprop=datePublished}, then {@code <time datetime>}; else an Arabic date (see
   * {@link ArabicDates}) in an element that holds the date or byline (below the headline first),
   * or at the top of the body.
   */
  static Instant published(Document doc, Head head) {
    return published(doc, head, null);
  }

  /** As {@link #published(Document, Head)}; a relative date («منذ ساعتين») counts back from {@code fetched}. */
  static Instant published(Document doc, Head head, Instant fetched) {
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
    // holders after the first h1 first: a date line above the headline is most often the site's
    // «today» in its top bar, one below it the article's
    Instant beforeHeadline = null;
    Instant relative = null;
    boolean afterHeadline = body.selectFirst(Css.of("h1")) == null;
    for (Element holder : body.select(Css.of("h1, time, " + DATE_HOLDERS))) {
      if (holder.normalName().equals("h1")) {
        afterHeadline = true;
        continue;
      }
      String t = holder.text();
      if (t.length() > 200 || isSiteChrome(holder)) continue;
      var d = ArabicDates.find(t).map(day -> day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      if (d.isPresent() && afterHeadline) return d.get();
      if (d.isPresent() && beforeHeadline == null) beforeHeadline = d.get();
      if (relative == null) relative = ArabicDates.relative(t, fetched).orElse(null);
    }
    if (relative != null) return relative;
    if (beforeHeadline != null) return beforeHeadline;
    String top = body.text();
    return ArabicDates.find(top.substring(0, Math.min(top.length(), DATELINE_CHARS)))
        .map(d -> d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .orElse(null);
  }

  /**
   * Whether {@code e} sits in the site's own header or navigation, outside the article: many Arab
   * sites print today's date there («الأحد 22 مارس 2026 … 3 شوال 1447 هـ»), which is not when
   * the article was published.
   */
  private static boolean isSiteChrome(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String n = p.normalName();
      if (n.equals("article") || n.equals("main")) return false;
      if (n.equals("header") || n.equals("nav")) return true;
    }
    return false;
  }

  /**
   * An ISO date and time as some sites write it: a space for the {@code T} («2024-02-16
   * 18:37:58»), or the offset without its colon ({@code +0400}); groups: date, time, offset hours,
   * offset minutes.
   */
  private static final java.util.regex.Pattern LOOSE_ISO =
      java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(?:([+-]\\d{2}):?(\\d{2})|(Z))?");

  public static Instant parseInstant(String s) {
    if (s == null || s.isBlank()) return null;
    s = s.strip();
    java.util.regex.Matcher loose = LOOSE_ISO.matcher(s);
    if (loose.matches()) {
      s = loose.group(1) + "T" + loose.group(2) + (loose.group(3) != null ? loose.group(3) + ":" + loose.group(4) : loose.group(5) != null ? "Z" : "");
    }
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
      return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC); // a time without a zone: as UTC, like a bare date
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return java.time.LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s)
          .atStartOfDay(java.time.ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      // a date as people write it (2024/02/16, 16/02/2024, «16 فبراير 2024»), if that is all there is
      return ArabicDates.find(s.length() > 60 ? s.substring(0, 60) : s).map(d -> d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()).orElse(null);
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
    private List<JsonNode> articles;

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

    /** The page's parsed JSON-LD blocks, read on first use. */
    private List<JsonNode> jsonLdBlocks() {
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
      return jsonLd;
    }

    /** The first text value of {@code field} in the page's JSON-LD: an article's first, or "". */
    String jsonLd(String field) {
      for (JsonNode a : articles()) {
        if (a.has(field) && a.get(field).isTextual()) return a.get(field).asText();
      }
      for (JsonNode n : jsonLdBlocks()) {
        String v = findField(n, field);
        if (v != null) return v;
      }
      return "";
    }

    /**
     * The JSON-LD objects that describe an article (NewsArticle, Article, ReportageNewsArticle,
     * BlogPosting, ...), wherever they sit: top level, a list, {@code @graph} or {@code
     * mainEntity}. Their fields win over a field of the same name elsewhere (a WebPage's or an
     * Organization's {@code name}, a BreadcrumbList's {@code headline}).
     */
    List<JsonNode> articles() {
      if (articles != null) return articles;
      List<JsonNode> out = new ArrayList<>();
      java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>(jsonLdBlocks());
      for (int seen = 0; !todo.isEmpty() && seen < 1000; seen++) {
        JsonNode n = todo.pop();
        if (n == null) continue;
        if (n.isArray()) {
          n.forEach(todo::add);
          continue;
        }
        if (!n.isObject()) continue;
        if (isArticleType(n.get("@type"))) out.add(n);
        for (String k : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) if (n.has(k)) todo.add(n.get(k));
      }
      articles = out;
      return out;
    }

    /** The article's author names from JSON-LD, joined with «، », or "". */
    String jsonLdAuthor() {
      for (JsonNode a : articles()) {
        List<String> names = new ArrayList<>();
        JsonNode au = a.get("author");
        if (au == null) au = a.get("creator");
        if (au == null) continue;
        for (JsonNode p : au.isArray() ? au : List.of(au)) {
          String name = p.isTextual() ? p.asText() : p.path("name").asText("");
          if (p.isObject() && p.path("@type").asText("").equals("Organization")) continue; // the site, not a writer
          name = Byline.clean(name);
          if (!name.isBlank()) names.add(name);
        }
        if (!names.isEmpty()) return String.join("، ", names);
      }
      return "";
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) if (isArticleType(t)) return true;
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting");
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
