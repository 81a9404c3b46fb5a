package khabar.gen;

import static khabar.normalize.ArabicLetters.BEH;
import static khabar.normalize.ArabicLetters.FEH;
import static khabar.normalize.ArabicLetters.LAM;
import static khabar.normalize.ArabicLetters.TATWEEL;
import static khabar.normalize.ArabicLetters.WAW;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;

/**
 * Writes realistic Arabic tech-news articles from the templates and word lists in {@code
 * khabar/gen/}, naming gazetteer entities and money figures, and records what it wrote.
 *
 * <p>Article {@code n} depends only on the seed and {@code n}: generating it twice gives the same
 * article. Each article has a cast of one to four companies, up to two people and up to two
 * chips; its body runs to a length drawn log-uniformly from 300 to 3,000 words, in paragraphs of
 * two to five sentences, of which about {@value #ENTITY_SENTENCE_PERCENT}% name entities or money
 * and the rest are filler. Names are written in any of the spellings the gazetteer lists
 * (English, Arabic, aliases), at times with an attached proclitic (و، ب، ف، لـ).
 */
public final class ArticleGenerator {

  static final String DEFINITE_ARTICLE = "\u0627\u0644";

  static final int MIN_WORDS = 300;
  static final int MAX_WORDS = 3000;
  static final int ENTITY_SENTENCE_PERCENT = 45;
  private static final Instant EPOCH = Instant.parse("2023-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

  private final Vocabulary vocabulary;
  private final EntityNames names;
  private final MoneyPhrases money;
  private final long seed;

  public ArticleGenerator(Gazetteer gazetteer, long seed) {
    this(Vocabulary.standard(), EntityNames.from(gazetteer), seed);
  }

  ArticleGenerator(Vocabulary vocabulary, EntityNames names, long seed) {
    this.vocabulary = vocabulary;
    this.names = names;
    this.money = new MoneyPhrases(vocabulary);
    this.seed = seed;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Article number {@code n} of this seed. */
  public GeneratedArticle article(long n) {
    SplittableRandom r = Seeds.random(seed, Seeds.ARTICLES, n);
    String[] site = vocabulary.sites().get(r.nextInt(vocabulary.sites().size()));
    int target = (int) Math.round(MIN_WORDS * Math.pow((double) MAX_WORDS / MIN_WORDS, r.nextDouble()));
    Cast cast =
        new Cast(
            pick(r, names.of(EntityType.COMPANY), 1 + r.nextInt(4)),
            pick(r, names.of(EntityType.PERSON), r.nextInt(3)),
            pick(r, names.of(EntityType.CHIP), r.nextInt(3)));
    Fill body = new Fill(r, cast, true);
    List<String> paragraphs = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    int offset = 0;
    int words = 0;
    boolean first = true;
    while (words < target) {
      StringBuilder p = new StringBuilder();
      int sentences = 2 + r.nextInt(4);
      for (int s = 0; s < sentences && words < target; s++) {
        String sentence = null;
        if (first || r.nextInt(100) < ENTITY_SENTENCE_PERCENT) sentence = body.any(vocabulary.sentences());
        if (sentence == null) sentence = body.any(vocabulary.filler());
        first = false;
        if (!p.isEmpty()) p.append(' ');
        for (Span span : body.spans) spans.add(span.shift(offset + p.length()));
        p.append(sentence);
        words += sentence.split(" +").length;
      }
      paragraphs.add(p.toString());
      offset += p.length() + 2; // GeneratedArticle.text() joins paragraphs with a blank line
    }
    Fill headline = new Fill(r, body.usedCast(), false);
    String title = headline.any(vocabulary.titles());
    if (title == null) throw new IllegalStateException("titles.txt has no headline without entity slots");
    title = stripFinalStop(title);
    Instant published = EPOCH.plusSeconds(r.nextLong(SPAN_SECONDS));
    ZonedDateTime at = published.atZone(ZoneOffset.UTC);
    String url =
        String.format(
            Locale.ROOT, "https://%s/news/%04d/%02d/a%d.html", site[0], at.getYear(), at.getMonthValue(), n);
    String author = vocabulary.authors().get(r.nextInt(vocabulary.authors().size()));
    return new GeneratedArticle(
        url, site[0], site[1], site[2], title, author, published, paragraphs, new ArrayList<>(body.entities),
        body.amounts, spans);
  }

  /** A filler headline (no entities), for related-article links in page chrome. */
  String fillerTitle(SplittableRandom r) {
    Fill f = new Fill(r, new Cast(List.of(), List.of(), List.of()), false);
    String title = f.any(vocabulary.titles());
    if (title == null) throw new IllegalStateException("titles.txt has no headline without entity slots");
    return stripFinalStop(title);
  }

  /** A filler sentence (no entities, no money), as an update adds. */
  String fillerSentence(SplittableRandom r) {
    Fill f = new Fill(r, new Cast(List.of(), List.of(), List.of()), false);
    String s = f.any(vocabulary.filler());
    if (s == null) throw new IllegalStateException("filler.txt has no sentence without entity slots");
    return s;
  }

  private static String stripFinalStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<EntityNames.Named> pick(SplittableRandom r, List<EntityNames.Named> from, int k) {
    Set<EntityNames.Named> out = new LinkedHashSet<>();
    k = Math.min(k, from.size());
    while (out.size() < k) out.add(from.get(r.nextInt(from.size())));
    return new ArrayList<>(out);
  }

  /** The entities an article may name. */
  private record Cast(List<EntityNames.Named> companies, List<EntityNames.Named> people, List<EntityNames.Named> chips) {}

  /** Fills templates for one article, naming its cast in turn and recording what it wrote. */
  private final class Fill {
    private final SplittableRandom r;
    private final Cast cast;
    private final boolean moneyAllowed;
    private int company;
    private int person;
    private int chip;
    final Set<String> entities = new TreeSet<>();
    final List<Amount> amounts = new ArrayList<>();
    /** Spans of the last filled template, relative to its start. */
    final List<Span> spans = new ArrayList<>();
    private final Set<EntityNames.Named> used = new LinkedHashSet<>();

    Fill(SplittableRandom r, Cast cast, boolean moneyAllowed) {
      this.r = r;
      this.cast = cast;
      this.moneyAllowed = moneyAllowed;
    }

    /**
     * A random template from {@code templates} that this cast can fill, filled; after ten misses
     * the first that fits from a random start; null when none fits.
     */
    String any(List<String> templates) {
      spans.clear();
      int n = templates.size();
      for (int attempt = 0; attempt < 10; attempt++) {
        String t = templates.get(r.nextInt(n));
        if (fits(t)) return fill(t);
      }
      int start = r.nextInt(n);
      for (int k = 0; k < n; k++) {
        String t = templates.get((start + k) % n);
        if (fits(t)) return fill(t);
      }
      return null;
    }

    Cast usedCast() {
      List<EntityNames.Named> c = new ArrayList<>();
      List<EntityNames.Named> p = new ArrayList<>();
      List<EntityNames.Named> h = new ArrayList<>();
      for (EntityNames.Named n : used) {
        if (cast.companies.contains(n)) c.add(n);
        else if (cast.people.contains(n)) p.add(n);
        else h.add(n);
      }
      return new Cast(c, p, h);
    }

    private boolean fits(String t) {
      if (t.contains("{company2}") && cast.companies.size() < 2) return false;
      if (t.contains("{company}") && cast.companies.isEmpty()) return false;
      if (t.contains("{person}") && cast.people.isEmpty()) return false;
      if (t.contains("{chip}") && cast.chips.isEmpty()) return false;
      return moneyAllowed || !t.contains("{money}");
    }

    private String fill(String t) {
      spans.clear();
      StringBuilder out = new StringBuilder(t.length() + 64);
      int i = 0;
      while (i < t.length()) {
        int open = t.indexOf('{', i);
        if (open < 0) {
          out.append(t, i, t.length());
          break;
        }
        int close = t.indexOf('}', open);
        if (close < 0) throw new IllegalStateException("unclosed slot in template: " + t);
        out.append(t, i, open);
        slot(t.substring(open + 1, close), out);
        i = close + 1;
      }
      return out.toString();
    }

    private void slot(String name, StringBuilder out) {
      switch (name) {
        case "company", "company2" -> name(cast.companies.get(company++ % cast.companies.size()), out);
        case "person" -> name(cast.people.get(person++ % cast.people.size()), out);
        case "chip" -> name(cast.chips.get(chip++ % cast.chips.size()), out);
        case "money" -> {
          MoneyPhrases.Phrase p = money.next(r);
          int start = out.length();
          out.append(p.text());
          amounts.add(p.amount());
          spans.add(new Span(EntityType.MONEY, null, start, out.length(), p.amount()));
        }
        case "place" -> out.append(vocabulary.places().get(r.nextInt(vocabulary.places().size())));
        case "topic" -> out.append(vocabulary.topics().get(r.nextInt(vocabulary.topics().size())));
        case "year" -> out.append(2018 + r.nextInt(9));
        case "percent" -> percent(out);
        case "number" -> out.append(String.format(Locale.ROOT, r.nextBoolean() ? "%,d" : "%d", 20 + r.nextInt(20_000)));
        default -> throw new IllegalStateException("unknown template slot {" + name + "}");
      }
    }

    private void name(EntityNames.Named e, StringBuilder out) {
      String surface = e.names().get(r.nextInt(e.names().size()));
      int len = out.length();
      boolean proclitic =
          len > 0 && isProclitic(out.charAt(len - 1)) && (len == 1 || out.charAt(len - 2) == ' ');
      if (proclitic) {
        boolean arabic = surface.charAt(0) >= '\u0600' && surface.charAt(0) <= '\u06FF';
        if (!arabic) out.append(' ');
        else if (out.charAt(len - 1) == LAM && surface.startsWith(DEFINITE_ARTICLE)) out.append(TATWEEL);
      }
      int start = out.length();
      out.append(surface);
      spans.add(new Span(e.type(), e.id(), start, out.length(), null));
      entities.add(e.id());
      used.add(e);
    }

    private void percent(StringBuilder out) {
      int p = 1 + r.nextInt(95);
      switch (r.nextInt(3)) {
        case 0 -> out.append(p).append('%');
        case 1 -> out.append(MoneyPhrases.arabicIndic(Integer.toString(p))).append('\u066A');
        default -> out.append(p).append(" في المئة");
      }
    }
  }

  private static boolean isProclitic(char c) {
    return c == WAW || c == BEH || c == FEH || c == LAM;
  }
}
