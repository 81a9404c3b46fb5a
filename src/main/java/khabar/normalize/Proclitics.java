package khabar.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of a normalized Arabic word with its attached proclitics taken off, so that the index
 * can hold وإنفيديا, لإنفيديا and بإنفيديا also as انفيديا, and للشركة also as الشركه and شركه.
 *
 * <p>A proclitic prefix is an optional conjunction (و, ف), then an optional preposition (ب, ك, ل),
 * then an optional article (ال); ل followed by ال is written لل. For every prefix the word starts
 * with, {@link #strippedForms} gives:
 *
 * <ul>
 *   <li>the stem, the word without the prefix, when it keeps at least {@link #minStem()} letters
 *       (after a prefix with an article: at least 2, since ال is unambiguous at the start of a
 *       word);
 *   <li>the definite stem (ال + stem) when the prefix held an article and more (وال، بال، لل):
 *       وللشركة → الشركه, so a query for الشركة finds it.
 * </ul>
 *
 * <p>Two guards keep the stripping from inventing words that were never there:
 *
 * <ul>
 *   <li>The minimum stem length: بحر stays بحر and does not also index حر; وصف does not index صف.
 *   <li>Protected words (a data file, {@code proclitic-protected.txt}): names and words whose first
 *       letters only look like proclitics. No cut goes into a protected word: كمال never yields مال,
 *       وسام never سام, الوان (ألوان) never وان; والمانيا still yields المانيا but not مانيا.
 * </ul>
 *
 * <p>Suffixes are not touched; see docs/ANALYSIS.md for why.
 */
public final class Proclitics {

  /** The default minimum number of letters left after a prefix without an article. */
  public static final int DEFAULT_MIN_STEM = 3;

  /** Letters left at least after a prefix that ends in the article. */
  static final int MIN_STEM_AFTER_ARTICLE = 2;

  private static final String ARTICLE = "\u0627\u0644"; // ال
  private static final String LAM_ARTICLE = "\u0644\u0644"; // لل

  /** Every proclitic prefix, longest first. */
  static final List<String> PREFIXES = prefixes();

  private static final Set<String> DEFAULT_PROTECTED = loadDefaultProtected();

  private final Set<String> protectedWords;
  private final int minStem;

  /** Stripping with the built-in protected words and {@link #DEFAULT_MIN_STEM}. */
  public Proclitics() {
    this(DEFAULT_PROTECTED, DEFAULT_MIN_STEM);
  }

  /**
   * @param protectedWords words that are never cut into, in any spelling; they are normalized here
   * @param minStem letters that must remain after a prefix without an article (at least 2)
   */
  public Proclitics(Set<String> protectedWords, int minStem) {
    if (minStem < 2) throw new IllegalArgumentException("minStem must be at least 2, not " + minStem);
    Set<String> p = new LinkedHashSet<>();
    for (String w : protectedWords) p.add(ArabicNormalizer.normalize(w.strip()).normalized());
    this.protectedWords = Set.copyOf(p);
    this.minStem = minStem;
  }

  public int minStem() {
    return minStem;
  }

  /** The built-in protected words, normalized. */
  public static Set<String> defaultProtectedWords() {
    return DEFAULT_PROTECTED;
  }

  /**
   * The forms of {@code word} (normalized, Arabic letters only) without its proclitics, in order
   * of increasing cut, without duplicates and without {@code word} itself; empty when nothing
   * can be cut.
   */
  public List<String> strippedForms(String word) {
    if (word.length() <= minStem || !Tokenizer.isArabicLetter(word.charAt(0))) return List.of();
    int limit = word.length();
    for (String p : PREFIXES) {
      if (p.length() < limit && word.startsWith(p) && protectedWords.contains(word.substring(p.length()))) {
        limit = p.length();
      }
    }
    if (protectedWords.contains(word)) return List.of();
    Set<String> out = new LinkedHashSet<>();
    for (int k = PREFIXES.size() - 1; k >= 0; k--) {
      String p = PREFIXES.get(k);
      if (p.length() > limit || !word.startsWith(p)) continue;
      String stem = word.substring(p.length());
      boolean article = p.endsWith(ARTICLE) || p.endsWith(LAM_ARTICLE);
      if (stem.length() < (article ? MIN_STEM_AFTER_ARTICLE : minStem)) continue;
      if (article && !p.equals(ARTICLE)) out.add(ARTICLE + stem);
      out.add(stem);
    }
    out.remove(word);
    return List.copyOf(out);
  }

  private static List<String> prefixes() {
    List<String> out = new ArrayList<>();
    for (String conj : new String[] {"", "\u0648", "\u0641"}) { // و ف
      for (String prep : new String[] {"", "\u0628", "\u0643", "\u0644"}) { // ب ك ل
        for (String art : new String[] {"", ARTICLE}) {
          String p = prep.equals("\u0644") && !art.isEmpty() ? conj + LAM_ARTICLE : conj + prep + art;
          if (!p.isEmpty()) out.add(p);
        }
      }
    }
    out.sort((a, b) -> b.length() - a.length());
    return List.copyOf(out);
  }

  private static Set<String> loadDefaultProtected() {
    String name = "proclitic-protected.txt";
    try (InputStream in = Proclitics.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("resource khabar/normalize/" + name + " is missing");
      return Set.copyOf(readWordList(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read khabar/normalize/" + name, e);
    }
  }

  /** Words of a list: one per line, '#' starts a comment, blank lines skipped; normalized. */
  static List<String> readWordList(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      int hash = line.indexOf('#');
      String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!w.isEmpty()) out.add(ArabicNormalizer.normalize(w).normalized());
    }
    return out;
  }
}
