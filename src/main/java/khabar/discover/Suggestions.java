package khabar.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import khabar.index.TaggedArticle;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;

/**
 * Turns the candidate mentions of many articles into suggestions for the gazetteers: one per
 * name, ranked by how many articles mention it, with its spellings, example contexts and a
 * gazetteer line ready to paste.
 *
 * <p>Spellings are grouped when their candidate keys are equal once '-' is dropped: the key is
 * built from normalized terms, so forms that differ only by what the normalizer folds (hamza,
 * teh marbuta, case, diacritics) or by a space or hyphen (Deep Seek, DeepSeek, Deep-Seek) are one
 * name. Feed articles with {@link #add}, then read {@link #ranked}; memory grows with the number
 * of distinct candidate names, not with articles.
 */
public final class Suggestions {

  public static final List<String> COLUMNS =
      List.of("type", "candidate_id", "name", "articles", "mentions", "variants", "context", "gazetteer_line");

  /** Characters of article text shown on each side of a mention in an example context. */
  static final int CONTEXT = 40;

  private static final int MAX_CONTEXTS = 2;

  /**
   * One suggested name.
   *
   * @param type its type
   * @param id the candidate id of its most frequent spelling
   * @param name its most frequent spelling
   * @param articles articles mentioning it
   * @param mentions its mentions
   * @param variants its spellings, most frequent first
   * @param contexts a short snippet around it, from up to two articles
   * @param gazetteerLine a line for the type's gazetteer file (8 tab-separated columns)
   */
  public record Suggestion(
      EntityType type, String id, String name, long articles, long mentions, List<String> variants,
      List<String> contexts, String gazetteerLine) {
    public Suggestion {
      Objects.requireNonNull(type, "type");
      variants = List.copyOf(variants);
      contexts = List.copyOf(contexts);
    }

    public List<Object> values() {
      return List.of(type.name(), id, name, articles, mentions, variants, contexts, gazetteerLine);
    }
  }

  /** Counts of one group of spellings. */
  private static final class Group {
    final EntityType type;
    final Map<String, Long> spellings = new LinkedHashMap<>();
    final Map<String, String> ids = new HashMap<>();
    /** Gazetteer companies near a chip's mentions: its likely vendor. */
    final Map<String, Long> companies = new HashMap<>();
    final List<String> contexts = new ArrayList<>();
    long articles;
    long mentions;

    Group(EntityType type) {
      this.type = type;
    }
  }

  private final Gazetteer gazetteer;
  private final Map<String, Group> groups = new HashMap<>();

  /** Names that {@code gazetteer} already resolves are left out (they await a re-tag). */
  public Suggestions(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** Counts the candidate mentions of one article. */
  public void add(TaggedArticle a) {
    Set<String> seen = new HashSet<>();
    String text = a.article().text();
    for (Mention m : a.mentions()) {
      if (!m.candidate() || gazetteer.resolve(m.text()) != null) continue;
      String key = m.type() + ":" + m.id().replace("-", "");
      Group g = groups.computeIfAbsent(key, k -> new Group(m.type()));
      g.mentions++;
      g.spellings.merge(m.text(), 1L, Long::sum);
      g.ids.putIfAbsent(m.text(), m.id());
      if (seen.add(key)) {
        g.articles++;
        if (g.contexts.size() < MAX_CONTEXTS) g.contexts.add(context(text, m));
        if (m.type() == EntityType.CHIP) {
          for (Mention c : a.mentions()) {
            if (c.type() == EntityType.COMPANY && !c.candidate() && near(c, m)) g.companies.merge(c.id(), 1L, Long::sum);
          }
        }
      }
    }
  }

  /**
   * The suggestions of {@code type} (every type when null) mentioned in at least {@code
   * minArticles} articles, most articles first, then most mentions, then by id.
   */
  public List<Suggestion> ranked(EntityType type, int minArticles) {
    if (minArticles < 1) throw new IllegalArgumentException("min-articles must be at least 1");
    List<Suggestion> out = new ArrayList<>();
    for (Group g : groups.values()) {
      if ((type != null && g.type != type) || g.articles < minArticles) continue;
      List<String> variants = new ArrayList<>(g.spellings.keySet());
      variants.sort(Comparator.comparingLong((String v) -> -g.spellings.get(v)).thenComparing(Comparator.naturalOrder()));
      String name = variants.get(0);
      out.add(new Suggestion(g.type, g.ids.get(name), name, g.articles, g.mentions, variants, g.contexts, line(g, variants)));
    }
    out.sort(
        Comparator.comparingLong(Suggestion::articles).reversed()
            .thenComparing(Comparator.comparingLong(Suggestion::mentions).reversed())
            .thenComparing(Suggestion::id));
    return out;
  }

  /** The gazetteer line: id, en, ar, aliases, ambiguous, short, wikidata, attributes. */
  private String line(Group g, List<String> variants) {
    String en = variants.stream().filter(v -> !isArabic(v)).findFirst().orElse("");
    String ar = variants.stream().filter(Suggestions::isArabic).findFirst().orElse("");
    Set<String> covered = new HashSet<>();
    covered.add(String.join(" ", GazetteerLoader.terms(en)));
    covered.add(String.join(" ", GazetteerLoader.terms(ar)));
    List<String> aliases = new ArrayList<>();
    for (String v : variants) {
      if (covered.add(String.join(" ", GazetteerLoader.terms(v)))) aliases.add(v);
    }
    String attributes = "";
    if (g.type == EntityType.CHIP) {
      String vendor =
          g.companies.entrySet().stream()
              .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .map(Map.Entry::getKey)
              .orElse("?");
      attributes = "vendor=" + vendor;
    }
    return String.join("\t", id(en.isEmpty() ? ar : en), en, ar, String.join("|", aliases), "", "", "", attributes);
  }

  /** A gazetteer id for {@code name}: lowercase ASCII words joined by '-', not yet taken. */
  String id(String name) {
    StringBuilder b = new StringBuilder();
    for (String term : GazetteerLoader.terms(name)) {
      String ascii = ascii(term);
      if (ascii.isEmpty()) continue;
      if (b.length() > 0) b.append('-');
      b.append(ascii);
    }
    String base = b.length() == 0 ? "entity" : b.toString();
    String id = base;
    for (int n = 2; gazetteer.entity(id) != null; n++) id = base + "-" + n;
    return id;
  }

  /** A folded term in ASCII: Latin letters and digits kept, Arabic letters transliterated. */
  static String ascii(String term) {
    StringBuilder b = new StringBuilder();
    for (char c : term.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
      else b.append(Transliteration.of(c));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code a} stands within the context window of {@code b}. */
  private static boolean near(Mention a, Mention b) {
    return a.end() > b.start() - CONTEXT && a.start() < b.end() + CONTEXT;
  }

  static String context(String text, Mention m) {
    int from = Math.max(0, m.start() - CONTEXT);
    int to = Math.min(text.length(), m.end() + CONTEXT);
    String s = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static boolean isArabic(String s) {
    return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
  }
}
