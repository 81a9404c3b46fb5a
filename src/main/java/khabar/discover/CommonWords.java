package khabar.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import khabar.normalize.ArabicNormalizer;

/**
 * Common Arabic words with their word classes, derived from Debian's hunspell-ar dictionary
 * (resource {@code common-words.tsv}; source, licence and the command that regenerates it in
 * {@code common-words.SOURCE.txt} beside it). Words are held folded like the text (hamza, ة, ى).
 *
 * <ul>
 *   <li>{@link #isCommon}: the word, or its stem after ال, is in the dictionary: a noun, adjective,
 *       verb or particle. The dictionary lists stems, not every inflected form, so the stem is also
 *       tried without a feminine ة (مألوفة)، a plural ات ون ين، an attached pronoun ه ها هم (and نا كم off a stem of four letters or more)
 *       (شركته → شركة)، the alef of the accusative (كبيرا) and, for a word without ال, a
 *       possessive ي (منافسي) or one proclitic letter و ف ب ل ك (لعلمائه); a definite nisba
 *       (الكعبي) keeps its ي.
 *   <li>{@link #isVerb}: the word, or when it is not itself in the dictionary the word without a
 *       و ف and a future س in front (وسيبقى), is only a verb stem there (يقول، أعلن), never a
 *       noun: a name ends before it.
 *   <li>{@link #isParticle}: a particle, pronoun or preposition (إن، على، هو).
 * </ul>
 */
public final class CommonWords {
  static final String RESOURCE = "/khabar/discover/common-words.tsv";

  private static final byte PARTICLE = 1;
  private static final byte NOUN = 2;
  private static final byte VERB = 4;
  private static final String ARTICLE = "\u0627\u0644"; // ال

  private static final CommonWords DEFAULT = loadDefault();

  private final Map<String, Byte> classes;

  CommonWords(Map<String, Byte> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** The list shipped with Khabar. */
  public static CommonWords standard() {
    return DEFAULT;
  }

  private static CommonWords loadDefault() {
    try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      Map<String, Byte> m = new HashMap<>(1 << 18);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int ln = 0;
      for (String line; (line = r.readLine()) != null; ) {
        ln++;
        if (line.isEmpty() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        if (tab <= 0) throw new IllegalStateException(RESOURCE + ":" + ln + ": expected word, tab, classes");
        byte c = 0;
        for (int k = tab + 1; k < line.length(); k++) {
          c |= switch (line.charAt(k)) {
            case 'p' -> PARTICLE;
            case 'n' -> NOUN;
            case 'v' -> VERB;
            default -> throw new IllegalStateException(RESOURCE + ":" + ln + ": unknown class " + line.charAt(k));
          };
        }
        m.merge(fold(line.substring(0, tab)), c, (a, b) -> (byte) (a | b));
      }
      return new CommonWords(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The word folded as the tokenizer folds text. */
  static String fold(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!ArabicNormalizer.isRemoved(c)) b.append(ArabicNormalizer.fold(c));
    }
    return b.toString();
  }

  /** Suffixes tried off a word, longest first; the stem keeps at least {@link #MIN_STEM} letters. */
  private static final String[] SUFFIXES = {"\u0627\u062A\u0647", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646",
      "\u0647\u0627", "\u0647\u0645", "\u0647", "\u0627"}; // اته ات ون ين ها هم ه ا (كبيرا)
  private static final int MIN_STEM = 2;
  /** The pronouns نا and كم (احتياجنا، شركتكم), tried only off a stem of {@link #MIN_PRONOUN_STEM} letters: names end in نا too (مينا). */
  private static final String[] LONG_STEM_SUFFIXES = {"\u0646\u0627", "\u0643\u0645"};
  private static final int MIN_PRONOUN_STEM = 4;
  private static final char HEH = '\u0647';
  private static final char TEH = '\u062A';
  private static final char YEH = '\u064A';
  private static final String CLITICS = "\u0648\u0641"; // و ف
  private static final char SEEN = '\u0633';
  private static final String PREPOSITIONS = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك
  /** A hamza on a seat, folded to ي before a suffix (علمائه → علمايه), and the bare hamza of the stem. */
  private static final String YEH_HAMZA_FOLDED = "\u0627\u064A";
  private static final String HAMZA = "\u0627\u0621";

  /** Whether the folded {@code term} is an ordinary word of the dictionary (see the class comment). */
  boolean isCommon(String term) {
    if (isListed(term)) return true;
    return term.length() > MIN_STEM + 2 && PREPOSITIONS.indexOf(term.charAt(0)) >= 0
        && (known(term.substring(1)) || known(term.substring(1).replace(YEH_HAMZA_FOLDED, HAMZA)));
  }

  /** As {@link #isCommon}, without taking off a proclitic letter: the word as written (كيان). */
  boolean isListed(String term) {
    if (known(term)) return true;
    boolean definite = term.startsWith(ARTICLE) && term.length() > ARTICLE.length() + 1;
    String stem = definite ? term.substring(ARTICLE.length()) : term;
    if (definite && known(stem)) return true;
    if (!definite && term.length() > MIN_STEM + 1 && term.charAt(term.length() - 1) == YEH
        && known(term.substring(0, term.length() - 1))) {
      return true;
    }
    return false;
  }

  /** The stem or one of its inflected forms is in the dictionary. */
  private boolean known(String w) {
    if (classes.containsKey(w)) return true;
    for (String s : SUFFIXES) {
      if (!w.endsWith(s) || w.length() - s.length() < MIN_STEM) continue;
      String stem = w.substring(0, w.length() - s.length());
      if (classes.containsKey(stem) || classes.containsKey(stem + HEH)) return true;
      // شركته: the ة of شركة is written ت before a pronoun
      if (stem.charAt(stem.length() - 1) == TEH && classes.containsKey(stem.substring(0, stem.length() - 1) + HEH)) return true;
    }
    for (String s : LONG_STEM_SUFFIXES) {
      if (!w.endsWith(s) || w.length() - s.length() < MIN_PRONOUN_STEM) continue;
      String stem = w.substring(0, w.length() - s.length());
      if (classes.containsKey(stem) || (stem.charAt(stem.length() - 1) == TEH
          && classes.containsKey(stem.substring(0, stem.length() - 1) + HEH))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the folded {@code term}, without و ف and a future س, is a verb and nothing else. */
  boolean isVerb(String term) {
    if (onlyVerb(term)) return true;
    if (classes.containsKey(term)) return false; // a noun or particle as written: فريس is no ف + ريس
    String w = term;
    if (w.length() > 3 && CLITICS.indexOf(w.charAt(0)) >= 0) {
      w = w.substring(1);
      if (onlyVerb(w)) return true;
    }
    return w.length() > 3 && w.charAt(0) == SEEN && onlyVerb(w.substring(1));
  }

  private boolean onlyVerb(String w) {
    Byte c = classes.get(w);
    return c != null && c == VERB;
  }

  /** Whether the folded {@code term} is a particle, pronoun or preposition. */
  boolean isParticle(String term) {
    Byte c = classes.get(term);
    return c != null && (c & PARTICLE) != 0;
  }

  /** Number of distinct folded words. */
  public int size() {
    return classes.size();
  }
}
