package khabar.normalize;

import static khabar.normalize.ArabicLetters.ALEF;
import static khabar.normalize.ArabicLetters.BEH;
import static khabar.normalize.ArabicLetters.FEH;
import static khabar.normalize.ArabicLetters.KAF;
import static khabar.normalize.ArabicLetters.LAM;
import static khabar.normalize.ArabicLetters.WAW;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one rule set for the letters that attach to the front of an Arabic word, and the uses that
 * take it off: the index ({@link #INDEX}), gazetteer names in the tagger ({@link #NAMES}), money
 * figures ({@link #MONEY}) and discovery cues and names ({@link #CUES}).
 *
 * <h2>The sequences</h2>
 *
 * A proclitic sequence is an optional conjunction (و, ف), then an optional preposition (ب, ك, ل),
 * then an optional article (ال); ل followed by ال is written لل. That gives 23 sequences ({@link
 * #ALL}, shortest first), each with its length and whether it ends in the article ({@link
 * Form#definite()}): و، ف، ب، ك، ل، ال، وب، لل، وال، بال، ولل، وبال، فكال …
 *
 * <h2>The uses</h2>
 *
 * Each use takes a subset of the sequences and an explicit minimum stem (letters left after the
 * sequence), and may protect words whose first letters only look like proclitics:
 *
 * <table>
 *   <caption>Who strips what</caption>
 *   <tr><th>use</th><th>sequences</th><th>min stem</th><th>after article</th><th>protected</th></tr>
 *   <tr><td>{@link #INDEX}</td><td>all 23</td><td>3</td><td>2</td><td>yes</td></tr>
 *   <tr><td>{@link #NAMES}</td><td>all 23</td><td>2</td><td>2</td><td>yes</td></tr>
 *   <tr><td>{@link #MONEY}</td><td>without ك and ال (8)</td><td>2</td><td>–</td><td>no</td></tr>
 *   <tr><td>{@link #CUES}</td><td>all but the bare ال (22)</td><td>2</td><td>2</td><td>yes</td></tr>
 * </table>
 *
 * <ul>
 *   <li><b>Index, stem 3.</b> The index adds stripped forms to every word, so a short stem would
 *       invent words: بحر would also be indexed as حر, وصف as صف. After the article 2 letters are
 *       enough: ال at the start of a word is unambiguous.
 *   <li><b>Names, stem 2.</b> The tagger only strips to look a name up in the gazetteer, and a
 *       stripped form counts only when it is a listed alias, so a 2-letter stem (وإل جي → ال …) is
 *       safe; the names of the gazetteer decide, not the stem length.
 *   <li><b>Money, no ك and no article.</b> ك before a quantity word reads a number where there is
 *       none: كمية (quantity) would be ك + مية (مئة, a hundred). A figure is indefinite; a definite
 *       number word (المليار) refers back to an amount, it does not state one. No protected words:
 *       they are names, and a figure starts with a number or a quantity word.
 *   <li><b>Cues, no bare article.</b> Cue words that take the article list it themselves
 *       (الرئيس التنفيذي), and a name found by discovery repeated with the article (السحابة after
 *       سحابة) is a common noun, not the name again. Before this table discovery listed 16
 *       sequences by hand and missed ولل، فلل، فبال، وكال، فكال and فك.
 *   <li><b>Protected words</b> (a data file, {@code proclitic-protected.txt}): no cut goes into
 *       one. كمال never yields مال, وسام never سام, الوان (ألوان) never وان; والمانيا still yields
 *       المانيا but not مانيا.
 * </ul>
 *
 * <p>Suffixes are not touched; see docs/ANALYSIS.md for why.
 */
public final class Proclitics {

  /** One proclitic sequence: its letters (normalized), and whether it ends in the article. */
  public record Form(String letters, boolean definite) {
    public Form {
      if (letters.isEmpty()) throw new IllegalArgumentException("a proclitic has at least one letter");
    }

    public int length() {
      return letters.length();
    }
  }

  /** The index's minimum stem without an article (the analyzer's default). */
  public static final int DEFAULT_MIN_STEM = 3;

  /** Letters left at least after a sequence that ends in the article. */
  static final int MIN_STEM_AFTER_ARTICLE = 2;

  /** At most this many sequences start one word (و، ول، ولل). */
  public static final int MAX_CUTS = 3;

  private static final int ARABIC_BASE = 0x0600;
  private static final int ARABIC_BLOCK = 0x100;

  private static final String ARTICLE = "" + ALEF + LAM; // ال
  private static final String LAM_ARTICLE = "" + LAM + LAM; // لل

  /** Every proclitic sequence, shortest first. */
  public static final List<Form> ALL = sequences();

  private static final Set<String> DEFAULT_PROTECTED = loadDefaultProtected();

  /** The analyzer's rules: every sequence, stem 3 (2 after the article), protected words. */
  public static final Proclitics INDEX = new Proclitics(DEFAULT_PROTECTED, DEFAULT_MIN_STEM);

  /** Gazetteer names in the tagger: every sequence, stem 2, protected words. */
  public static final Proclitics NAMES = new Proclitics(f -> true, 2, MIN_STEM_AFTER_ARTICLE, DEFAULT_PROTECTED);

  /** Money figures: و ف ب ل and their pairs (no ك, no article), stem 2, nothing protected. */
  public static final Proclitics MONEY =
      new Proclitics(f -> !f.definite() && f.letters().indexOf(KAF) < 0, 2, 2, Set.of());

  /** Discovery's cue words and repeated names: every sequence but the bare ال, stem 2, protected words. */
  public static final Proclitics CUES =
      new Proclitics(f -> !f.letters().equals(ARTICLE), 2, MIN_STEM_AFTER_ARTICLE, DEFAULT_PROTECTED);

  private final List<Form> forms;
  private final Set<String> protectedWords;
  private final int minStem;
  private final int minStemAfterArticle;
  private final int minLength;
  /** This use's forms by first letter (Arabic block offset), shortest first; null: none. */
  private final Form[][] byFirst = new Form[ARABIC_BLOCK][];

  /**
   * The index's rules with other protected words or minimum stem (the analysis factory's options).
   *
   * @param protectedWords words that are never cut into, in any spelling; they are normalized here
   * @param minStem letters that must remain after a sequence without an article (at least 2)
   */
  public Proclitics(Set<String> protectedWords, int minStem) {
    this(f -> true, minStem, MIN_STEM_AFTER_ARTICLE, protectedWords);
  }

  private Proclitics(Predicate<Form> which, int minStem, int minStemAfterArticle, Set<String> protectedWords) {
    if (minStem < 2) throw new IllegalArgumentException("minStem must be at least 2, not " + minStem);
    this.forms = ALL.stream().filter(which).toList();
    Set<String> p = new LinkedHashSet<>();
    for (String w : protectedWords) p.add(ArabicNormalizer.normalize(w.strip()).normalized());
    this.protectedWords = Set.copyOf(p);
    this.minStem = minStem;
    this.minStemAfterArticle = minStemAfterArticle;
    this.minLength = Math.min(minStem, minStemAfterArticle) + 1;
    for (Form f : forms) {
      int c = f.letters().charAt(0) - ARABIC_BASE;
      Form[] old = byFirst[c] == null ? new Form[0] : byFirst[c];
      Form[] now = java.util.Arrays.copyOf(old, old.length + 1);
      now[old.length] = f;
      byFirst[c] = now;
    }
  }

  /** This use's sequences, shortest first. */
  public List<Form> forms() {
    return forms;
  }

  public int minStem() {
    return minStem;
  }

  /** The built-in protected words, normalized. */
  public static Set<String> defaultProtectedWords() {
    return DEFAULT_PROTECTED;
  }

  /** Whether one of this use's sequences starts with {@code c}: one array look-up. */
  public boolean mayStart(char c) {
    return formsStarting(c) != null;
  }

  private Form[] formsStarting(char c) {
    int k = c - ARABIC_BASE;
    return k >= 0 && k < ARABIC_BLOCK ? byFirst[k] : null;
  }

  /**
   * The lengths of this use's sequences that {@code s[from, to)} starts with and that leave a
   * long enough stem, shortest first, into {@code out} (at least {@link #MAX_CUTS} long); returns
   * how many. Protected words are not consulted here: see {@link #cutsProtected}.
   */
  public int lengths(CharSequence s, int from, int to, int[] out) {
    int n = to - from;
    if (n < minLength) return 0;
    Form[] candidates = formsStarting(s.charAt(from));
    if (candidates == null) return 0;
    int count = 0;
    for (Form f : candidates) {
      String p = f.letters();
      int len = p.length();
      if (n - len < (f.definite() ? minStemAfterArticle : minStem)) continue;
      if (startsWith(s, from, p)) out[count++] = len;
    }
    return count;
  }

  /**
   * The length of this use's {@code k}-th sequence when {@code word} starts with it and keeps a
   * long enough stem, else 0 (no protected-word check).
   */
  public int cut(String word, int k) {
    Form f = forms.get(k);
    int len = f.length();
    return word.length() - len >= (f.definite() ? minStemAfterArticle : minStem) && word.startsWith(f.letters())
        ? len
        : 0;
  }

  /**
   * Whether cutting {@code cut} letters off {@code s[from, to)} goes into a protected word: the
   * word itself is protected, or what is left after a shorter sequence it starts with is.
   */
  public boolean cutsProtected(CharSequence s, int from, int to, int cut) {
    if (protectedWords.isEmpty()) return false;
    String word = s.subSequence(from, to).toString();
    if (protectedWords.contains(word)) return true;
    for (Form f : ALL) {
      if (f.length() >= cut) break;
      if (word.startsWith(f.letters()) && protectedWords.contains(word.substring(f.length()))) return true;
    }
    return false;
  }

  /** Whether the {@code cut} letters that start {@code s[from, ...)} are a sequence with the article (ال، بال، لل). */
  public boolean cutsArticle(CharSequence s, int from, int cut) {
    Form f = formAt(s, from, cut);
    return f != null && f.definite();
  }

  /** The sequences {@code word} may drop under this use, shortest first, protected words respected. */
  public List<Form> strippable(String word) {
    int[] lengths = new int[MAX_CUTS];
    int count = lengths(word, 0, word.length(), lengths);
    List<Form> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      if (!cutsProtected(word, 0, word.length(), lengths[k])) out.add(formOf(word, lengths[k]));
    }
    return out;
  }

  private Form formOf(String word, int length) {
    Form f = formAt(word, 0, length);
    if (f == null) throw new IllegalStateException("no sequence of length " + length + " starts " + word);
    return f;
  }

  /** This use's sequence of {@code length} letters that starts {@code s} at {@code from}, or null. */
  private Form formAt(CharSequence s, int from, int length) {
    if (from + length > s.length()) return null;
    for (Form f : forms) {
      if (f.length() != length) continue;
      int k = 0;
      while (k < length && s.charAt(from + k) == f.letters().charAt(k)) k++;
      if (k == length) return f;
    }
    return null;
  }


  /**
   * The forms of {@code word} (normalized, Arabic letters only) without its proclitics, in order
   * of increasing cut, without duplicates and without {@code word} itself; empty when nothing can
   * be cut. After a sequence with the article and more (وال، بال، لل) the definite stem (ال +
   * stem) comes too: وللشركة → الشركه, so a query for الشركة finds it.
   */
  public List<String> strippedForms(String word) {
    List<String> out = new ArrayList<>(4);
    for (Form f : strippable(word)) {
      String stem = word.substring(f.length());
      if (f.definite() && !f.letters().equals(ARTICLE)) addNew(out, ARTICLE + stem, word);
      addNew(out, stem, word);
    }
    return out;
  }

  private static void addNew(List<String> out, String form, String word) {
    if (!form.equals(word) && !out.contains(form)) out.add(form);
  }

  private static boolean startsWith(CharSequence s, int from, String p) {
    for (int k = 0; k < p.length(); k++) {
      if (s.charAt(from + k) != p.charAt(k)) return false;
    }
    return true;
  }

  private static List<Form> sequences() {
    List<Form> out = new ArrayList<>();
    for (String conj : new String[] {"", "" + WAW, "" + FEH}) {
      for (String prep : new String[] {"", "" + BEH, "" + KAF, "" + LAM}) {
        for (String art : new String[] {"", ARTICLE}) {
          String p = prep.equals("" + LAM) && !art.isEmpty() ? conj + LAM_ARTICLE : conj + prep + art;
          if (!p.isEmpty()) out.add(new Form(p, !art.isEmpty()));
        }
      }
    }
    out.sort((a, b) -> a.length() - b.length());
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
