package khabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Finds the main text of a news page: the headline and the body's headings and paragraphs, in
 * order, without the site's chrome. Modelled on Readability's and boilerpipe's heuristics:
 *
 * <ol>
 *   <li>Chrome is removed by tag and role (navigation, header outside the article, footer, aside,
 *       forms, scripts, comments), by class or id words (related, trending, newsletter, comments,
 *       ads, sidebar, read-also, most-read, ...; share, tags, menu, widget only on elements with little
 *       text or mostly links), and by shape: lists of teaser cards (carousels of other articles).
 *       An element named so that holds the article ({@link #articleHolders}: the headline, the main
 *       element, a long {@code article}) is a page wrapper named after its layout ({@code
 *       has-sidebar}, {@code content-sidebar-wrap}) and stays, and so does one also named as the
 *       article's body that holds half the page's paragraphs ({@link #namedAsArticle}).
 *   <li>The rest is cut into text blocks: every paragraph, heading, list item, quote, and every run
 *       of loose text (text directly in a {@code div} or {@code td}, split at {@code <br>}), each
 *       with its link density (share of its characters inside links).
 *   <li>Blocks of 25 characters or more with a link density under {@value #MAX_SCORED_LINK_DENSITY}
 *       score their container (fully) and its parent (half). The best container wins; when a
 *       sibling scores at least a fifth as much (a body split by an ad box), their parent wins.
 *   <li>The blocks inside the winner are kept unless link-dense (over {@value #MAX_LINK_DENSITY}),
 *       a short "read also" teaser, a dateline, or headings and labels with nothing after them. The page's {@code h1} is
 *       put first when it lies outside the winner, and is the whole text of a page that has
 *       nothing else (a headline over a picture).
 * </ol>
 *
 * The walk over the page is iterative, so deeply nested pages cannot overflow the stack.
 */
final class MainText {
  static final int MIN_SCORED_CHARS = 25;
  static final double MAX_SCORED_LINK_DENSITY = 0.33;
  static final double MAX_LINK_DENSITY = 0.5;
  static final double SIBLING_SHARE = 0.2;
  /** A block this short that starts with a teaser phrase is a link to another article. */
  static final int MAX_TEASER_CHARS = 120;
  /** A block this short that is only a date («الخميس 6 مارس 2025») is a dateline, not text. */
  static final int MAX_DATELINE_CHARS = 60;
  static final int MAX_LABEL_CHARS = 40;
  /** An element with a weak chrome word and less text than this is chrome. */
  static final int MAX_WEAK_CHROME_CHARS = 150;
  /** A list of at least this many teaser cards is chrome. */
  static final int MIN_CARDS = 3;
  static final int MAX_CARD_CHARS = 300;

  /** Elements removed with everything in them, wherever they are. */
  static final String CHROME_TAGS =
      "script, style, noscript, template, nav, aside, iframe, button, select, svg, canvas, "
          + "figcaption, footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
          + "[role=contentinfo], [role=complementary], [role=search]";

  /** Class or id words that always mark chrome. */
  private static final String CHROME_WORDS =
      "related|comments?|trending|newsletter|subscribe|breadcrumbs?|advert\\w*|ads?|ad-slot|"
          + "ad-container|adsbygoogle|sponsor\\w*|sidebar|popular|most-read|most-viewed|read-?also|"
          + "read-?more|more-news|see-also|author-bio|cookie\\w*|modal|popup|pagination|pager";

  /** Class or id words that mark chrome on small elements only (themes put them on article bodies too). */
  private static final String WEAK_CHROME_WORDS = "share|sharing|social|tags?|menu|widget|promo\\w*";

  private static final ClassNames CHROME_NAME = ClassNames.of(CHROME_WORDS, "related", "comment", "trending", "newsletter",
      "subscribe", "breadcrumb", "ad", "sponsor", "sidebar", "popular", "most-", "read", "more-news", "see-also", "author-bio",
      "cookie", "modal", "popup", "pagination", "pager");
  private static final ClassNames WEAK_CHROME_NAME = ClassNames.of(WEAK_CHROME_WORDS, "shar", "social", "tag", "menu", "widget", "promo");

  /** Phrases that open a teaser for another article: «اقرأ أيضاً», «شاهد أيضا», "Read more". */
  static final Pattern TEASER =
      Pattern.compile("^[\\s«\"']*(اقرأ|إقرأ|اقرا|إقرا|شاهد|طالع|تابع|اطلع|لمزيد|للمزيد|المزيد|مواضيع|أخبار ذات|read also|read more|see also|related)", Pattern.CASE_INSENSITIVE);

  static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "dl", "dd", "dt", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "header",
          "figure", "center", "hr", "address", "body");


  private MainText() {}

  /** A short line ending in a colon introduces what follows («مقالات أخرى:»); with nothing after it, it goes. */
  private static boolean isLabel(String text) {
    return text.length() <= MAX_LABEL_CHARS && (text.endsWith(":") || text.endsWith("："));
  }

  /** One run of text and the element it belongs to. */
  record Block(Element owner, String text, int linkChars, int headingLevel) {
    boolean heading() {
      return headingLevel > 0;
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  /**
   * What {@link #find} finds: the main text, and the author a byline line near its top names
   * («كتب: …», see {@link Byline}), or "".
   */
  record Found(String text, String byline) {}

  /** How far into the page's text (in characters of blocks) a byline line is looked for. */
  static final int BYLINE_CHARS = 1500;

  /**
   * The main text of {@code body}, which is changed (chrome removed), blocks separated by blank
   * lines, and the byline near its top. {@code title} (the page's headline from its metadata, or
   * "") picks the {@code h1} that is the headline when the page has several (a logo in an {@code
   * h1} first).
   */
  static Found find(Element body, String title) {
    removeChrome(body);
    List<Block> blocks = blocks(body);
    Element root = root(body, blocks);
    List<Element> leads = leads(root, blocks);
    String byline = "";
    int seen = 0;
    for (Block b : blocks) {
      if (seen > BYLINE_CHARS) break;
      var a = Byline.author(b.text());
      if (a.isPresent()) {
        byline = a.get();
        break;
      }
      seen += b.text().length();
    }
    List<String> kept = new ArrayList<>();
    int lastText = -1;
    for (Block b : blocks) {
      if (!inside(b.owner(), root) && !insideAny(b.owner(), leads)) continue;
      if (isNotText(b)) {
        // a label whose line went goes with it: «المصدر:» before «(أبوظبي - البيان)»
        if (!kept.isEmpty() && isLabel(kept.get(kept.size() - 1))) {
          kept.remove(kept.size() - 1);
          lastText = Math.min(lastText, kept.size() - 1);
        }
        continue;
      }
      if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(b.text())) continue;
      kept.add(b.text());
      if (!b.heading() && !isLabel(b.text())) lastText = kept.size() - 1;
    }
    List<String> text = new ArrayList<>(kept.subList(0, lastText + 1)); // no trailing headings
    Element h1 = headline(body, title);
    if (h1 != null && (!inside(h1, root) || text.isEmpty())) { // a headline-and-image page is its headline
      String headline = clean(h1.text());
      if (!headline.isEmpty() && (text.isEmpty() || !text.get(0).equals(headline))) text.add(0, headline);
    }
    return new Found(String.join("\n\n", text), byline);
  }

  /**
   * Whether a block inside the article is not its text: a link-dense line, a «اقرأ أيضاً» teaser, a
   * byline, a dateline («التاريخ: 03 يونيو 2020»), a photo or agency credit («© REUTERS / …»,
   * «(أبوظبي - البيان)», «--(بترا)»), or a line with no letter or digit at all.
   */
  private static boolean isNotText(Block b) {
    String t = b.text();
    if (b.heading()) return b.linkDensity() > MAX_LINK_DENSITY && t.length() > 0;
    return b.linkDensity() > MAX_LINK_DENSITY
        || t.length() <= MAX_TEASER_CHARS && TEASER.matcher(t).find() && (b.linkChars() > 0 || t.length() < 40)
        || Byline.isByline(t)
        || t.length() <= MAX_DATELINE_CHARS && ArabicDates.isOnlyDate(t)
        || t.length() <= MAX_CREDIT_CHARS && (t.charAt(0) == '©' || t.charAt(0) == '(' || t.charAt(0) == '-' || t.charAt(0) == '–' || t.charAt(0) == '—') && CREDIT.matcher(t).matches()
        || !hasLetterOrDigit(t);
  }

  /** The longest photo or agency credit line. */
  static final int MAX_CREDIT_CHARS = 60;
  /** «© REUTERS / …», «(رويترز)», «--(بترا)», «(أبوظبي - البيان)»: a credit on a line of its own. */
  private static final Pattern CREDIT = Pattern.compile("^(?:©.*|[-–—\\s]*\\([^()]{2,40}\\)[.\\s]*)$");

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) return true;
    return false;
  }

  /** The longest lead (standfirst) kept beside the article's container, in blocks. */
  static final int MAX_LEAD_BLOCKS = 2;
  static final int MIN_LEAD_CHARS = 80;

  /**
   * The article's lead when the page keeps it beside the body's container rather than in it (a
   * {@code div} of its own just before the body, as Sputnik's {@code b-article__lead}): the
   * container's previous sibling, when it holds one or two paragraphs of {@value
   * #MIN_LEAD_CHARS}+ characters without links (after Readability's sibling rule).
   */
  private static List<Element> leads(Element root, List<Block> blocks) {
    Element prev = root.previousElementSibling();
    if (prev == null || root.parent() == null) return List.of();
    int n = 0;
    for (Block b : blocks) {
      if (!inside(b.owner(), prev)) continue;
      if (++n > MAX_LEAD_BLOCKS || b.heading() || b.linkChars() > 0 || b.text().length() < MIN_LEAD_CHARS) return List.of();
    }
    return n == 0 ? List.of() : List.of(prev);
  }

  private static boolean insideAny(Element el, List<Element> roots) {
    for (Element r : roots) if (inside(el, r)) return true;
    return false;
  }

  /**
   * The page's headline element: the {@code h1} whose text is {@code title}, else the first
   * {@code h1} of more than one word (a site's logo is often an {@code h1} of its name), else the
   * first {@code h1}.
   */
  private static Element headline(Element body, String title) {
    Element first = body.selectFirst(Css.of("h1"));
    if (first == null) return null;
    String t = clean(title);
    String firstText = clean(first.text());
    if (firstText.equals(t) || t.isEmpty() && firstText.contains(" ")) return first; // the common case: no second walk
    Elements h1s = body.select(Css.of("h1"));
    if (!t.isEmpty()) {
      for (Element h : h1s) if (clean(h.text()).equals(t)) return h;
    }
    for (Element h : h1s) if (clean(h.text()).contains(" ")) return h;
    return h1s.first();
  }

  static void removeChrome(Element body) {
    // chrome by tag and by name in one walk: whether a header goes depends only on its ancestors,
    // and a header inside chrome goes with it either way, so the order of the two does not matter
    Set<Element> holders = null; // what holds the article, found once and only for a page that needs it
    int bodyParagraphChars = -1;
    for (Element e : body.getAllElements()) {
      boolean form = e.normalName().equals("form");
      boolean tag = !form && e.is(Css.of(CHROME_TAGS));
      if (!form && !tag && !CHROME_NAME.has(e)) continue;
      if (!tag) {
        if (holders == null) holders = articleHolders(body);
        // ASP.NET pages wrap the whole page in one <form>: a form that holds the article is the page;
        // themes name page wrappers after their layout (has-sidebar, content-sidebar-wrap, ad-portal):
        // a name is no reason to drop the article itself
        if (holders.contains(e)) continue;
        if (!form && namedAsArticle(e)) {
          if (bodyParagraphChars < 0) bodyParagraphChars = paragraphChars(body);
          if (bodyParagraphChars > 0 && paragraphChars(e) * 2 >= bodyParagraphChars) continue;
        }
      }
      e.remove();
    }
    for (Element h : body.select(Css.of("header"))) {
      if (h.closest(Css.of("article, main, [role=main]")) == null) h.remove();
    }
    for (Element e : body.getAllElements()) {
      if (!WEAK_CHROME_NAME.has(e)) continue;
      if (e.parent() != null && e.selectFirst(Css.of("h1")) == null && isSmallOrLinks(e)) e.remove();
    }
    removeCardLists(body);
  }

  /** Characters of text that make an {@code article} element an article rather than a teaser card. */
  static final int MIN_ARTICLE_CHARS = 500;

  /**
   * Every element under {@code root} (itself included) that holds the article, by identity: the
   * page's headline ({@code h1}), its main element or marked body, or an {@code article} element of
   * {@value #MIN_ARTICLE_CHARS} characters or more (a teaser card is an {@code article} too, but a
   * short one), and their ancestors.
   */
  private static Set<Element> articleHolders(Element root) {
    Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Element> articles = new ArrayList<>();
    for (Element m : root.select(Css.of("h1, main, [role=main], [itemprop=articleBody], article"))) {
      if (m.normalName().equals("article") && !m.is(Css.of("[role=main], [itemprop=articleBody]"))) {
        articles.add(m); // its length is asked only if nothing inside it holds the article already
        continue;
      }
      withAncestors(m, root, out);
    }
    for (Element m : articles) {
      if (!out.contains(m) && hasText(m, MIN_ARTICLE_CHARS)) withAncestors(m, root, out);
    }
    return out;
  }

  /** Adds {@code e} and its ancestors up to {@code root} to {@code out}, stopping at one already there. */
  private static void withAncestors(Element e, Element root, Set<Element> out) {
    for (Element a = e; a != null && out.add(a) && a != root; a = a.parent()) {}
  }

  /**
   * Whether {@code e} has at least {@code min} characters of text, a run of white space counting
   * as one (as {@link #clean} leaves it); stops counting there.
   */
  private static boolean hasText(Element e, int min) {
    int[] n = {0};
    e.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          boolean space = true; // a node's leading space stands for the break between blocks
          for (int k = 0; k < s.length(); k++) {
            boolean w = Character.isWhitespace(s.charAt(k));
            if (!w || !space) n[0]++;
            space = w;
          }
          if (!space) n[0]++;
        }
        return n[0] >= min ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    });
    return n[0] >= min;
  }

  /** Class or id words that name an article's body ({@code article-body}, {@code entry-content}). */
  private static final ClassNames ARTICLE_NAME =
      ClassNames.of("article|entry|story|content|body|main|post", "article", "entry", "story", "content", "body", "main", "post");
  private static final ClassNames COMMENTS_NAME = ClassNames.of("comments?", "comment");

  /**
   * Whether the class or id of {@code e} names an article's body and no comments: {@code
   * l-article-body-segment l-sidebar-fixed}, {@code entry-content entry-content-read-more}, {@code
   * article-body pagination-first}; such an element named with a chrome word too stays when it
   * holds half of the page's paragraph text. A comments section is never kept so, however long.
   */
  private static boolean namedAsArticle(Element e) {
    return ARTICLE_NAME.has(e) && !COMMENTS_NAME.has(e);
  }

  /** Characters of text in the paragraphs under {@code e}. */
  private static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select(Css.of("p"))) n += p.text().length();
    return n;
  }

  /**
   * Whether an element with a weak chrome word is a share bar, tag list or menu rather than an
   * article body the theme happened to name so: little text, or mostly links. (Counting
   * {@code <p>} would not do: many bodies are loose text split at {@code <br>}.)
   */
  private static boolean isSmallOrLinks(Element e) {
    int chars = clean(e.text()).length();
    if (chars < MAX_WEAK_CHROME_CHARS) return true;
    int linkChars = 0;
    for (Element a : e.select(Css.of("a"))) linkChars += clean(a.text()).length();
    return linkChars > chars * MAX_LINK_DENSITY;
  }

  /**
   * Removes lists of teaser cards (carousels, "more news" grids): an element with at least
   * {@value #MIN_CARDS} children of the same tag, each holding a link with an image or a linked
   * heading, and each short ({@value #MAX_CARD_CHARS} characters at most). An article's paragraphs
   * never look like this; a page of other articles' cards does, whatever its class names.
   */
  static void removeCardLists(Element body) {
    List<Element> lists = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e.childrenSize() >= MIN_CARDS && isCardList(e)) lists.add(e);
    }
    for (Element e : lists) if (e.parent() != null) e.remove();
  }

  private static boolean isCardList(Element e) {
    // the cheap test on every child first: most lists fail it, and then no card is searched
    String tag = e.child(0).normalName();
    for (Element c : e.children()) {
      if (!c.normalName().equals(tag)) return false;
    }
    for (Element c : e.children()) {
      if (c.selectFirst(Css.of("a[href] img, h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h2, a[href] h3, a[href] h4")) == null) return false;
      if (c.selectFirst(Css.of("h1")) != null || clean(c.text()).length() > MAX_CARD_CHARS) return false;
    }
    return true;
  }

  /** All text blocks of the page in document order. */
  static List<Block> blocks(Element body) {
    List<Block> out = new ArrayList<>();
    List<Node> loose = new ArrayList<>(); // text and inline elements between blocks
    body.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == body) return FilterResult.CONTINUE;
        if (node instanceof Element el && isBlock(el)) {
          flushLoose(loose, out);
          if (hasBlockChild(el)) return FilterResult.CONTINUE;
          collectRuns(el, el.childNodes(), out, headingLevel(el));
          return FilterResult.SKIP_CHILDREN;
        }
        if (node instanceof Element el && hasBlockChildInline(el)) {
          flushLoose(loose, out); // an inline element wrapping blocks, as broken pages have
          return FilterResult.CONTINUE;
        }
        loose.add(node);
        return FilterResult.SKIP_CHILDREN;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && isBlock(el)) flushLoose(loose, out);
        return FilterResult.CONTINUE;
      }
    });
    flushLoose(loose, out);
    return out;
  }

  private static void flushLoose(List<Node> loose, List<Block> out) {
    if (loose.isEmpty()) return;
    Element owner = loose.get(0).parent() instanceof Element p ? p : null;
    while (owner != null && !isBlock(owner)) owner = owner.parent();
    if (owner != null) collectRuns(owner, loose, out, 0);
    loose.clear();
  }

  private static boolean isBlock(Element el) {
    return BLOCK_TAGS.contains(el.normalName());
  }

  private static boolean hasBlockChild(Element el) {
    for (Element c : el.children()) {
      if (isBlock(c) || hasBlockChildInline(c)) return true;
    }
    return false;
  }

  /** An inline element (span, font, a) that wraps blocks, as broken pages do. */
  private static boolean hasBlockChildInline(Element inline) {
    if (inline.childrenSize() == 0) return false;
    for (Element d : inline.getAllElements()) if (d != inline && isBlock(d)) return true;
    return false;
  }

  private static void collectRuns(Element owner, List<Node> nodes, List<Block> out, int level) {
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    for (Node n : nodes) {
      appendText(n, text, linkChars, out, owner, level);
    }
    flush(owner, text, linkChars, out, level);
  }

  private static void appendText(Node start, StringBuilder text, int[] linkChars, List<Block> out, Element owner, int level) {
    start.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node n, int depth) {
        if (n instanceof TextNode t) {
          String s = t.getWholeText();
          text.append(s);
          if (insideLink(t, start)) linkChars[0] += clean(s).length();
        } else if (n instanceof Element e && e.normalName().equals("br")) {
          flush(owner, text, linkChars, out, level);
        } else if (n instanceof Element e && (e.normalName().equals("img") || e.normalName().equals("input"))) {
          text.append(' ');
        }
        return FilterResult.CONTINUE;
      }
    });
  }

  private static boolean insideLink(Node n, Node stop) {
    for (Node p = n; p != null; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("a")) return true;
      if (p == stop) return false;
    }
    return false;
  }

  private static void flush(Element owner, StringBuilder text, int[] linkChars, List<Block> out, int level) {
    String t = clean(text.toString());
    if (!t.isEmpty()) out.add(new Block(owner, t, Math.min(linkChars[0], t.length()), level));
    text.setLength(0);
    linkChars[0] = 0;
  }

  /**
   * {@code s} with each run of spaces, tabs, line breaks, form feeds and zero-width spaces made one
   * space (the pattern {@code [ \t\n\r\f} and U+200B{@code ]+}), ends stripped: a loop, not
   * the pattern, since it runs on every text node of every page (the pattern was two thirds of the
   * block walk); {@code MainTextTest} checks the two agree.
   */
  static String clean(String s) {
    int n = s.length();
    int i = 0;
    for (; i < n; i++) { // the first place where folding changes something
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) break;
    }
    if (i == n) return s.strip(); // nothing to fold: the common case
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    boolean space = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) b.append(c);
      else if (!space) b.append(' ');
      space = isSpace(c);
    }
    return b.toString().strip();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u200B';
  }

  private static int headingLevel(Element el) {
    String n = el.normalName();
    return n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1)) ? n.charAt(1) - '0' : 0;
  }

  /** The container whose blocks score best (see the class comment). */
  static Element root(Element body, List<Block> blocks) {
    Map<Element, Double> score = new LinkedHashMap<>(); // document order: ties go to the first
    for (Block b : blocks) {
      if (b.heading() || b.text().length() < MIN_SCORED_CHARS || b.linkDensity() >= MAX_SCORED_LINK_DENSITY) continue;
      double s = 1 + Math.min(b.text().length() / 100.0, 3) + commas(b.text());
      Element container = isParagraphLike(b.owner()) ? b.owner().parent() : b.owner();
      if (container == null) continue;
      score.merge(container, s, Double::sum);
      if (container.parent() != null && container != body) score.merge(container.parent(), s / 2, Double::sum);
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    while (best != body && best.parent() != null && best.parent().childrenSize() == 1) best = best.parent();
    Element parent = best.parent();
    if (best != body && parent != null) {
      for (Element sibling : parent.children()) {
        if (sibling != best && score.getOrDefault(sibling, 0.0) >= SIBLING_SHARE * bestScore) return parent;
      }
    }
    return best;
  }

  private static boolean isParagraphLike(Element el) {
    return switch (el.normalName()) {
      case "p", "li", "blockquote", "pre", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '\u060C') n++;
    }
    return Math.min(n, 5);
  }

  static boolean inside(Element el, Element root) {
    for (Element p = el; p != null; p = p.parent()) if (p == root) return true;
    return false;
  }
}
