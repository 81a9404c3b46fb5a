package khabar.discover;

import static khabar.normalize.ArabicNormalizer.ALEF;
import static khabar.normalize.ArabicNormalizer.JEEM;
import static khabar.normalize.ArabicNormalizer.QAF;
import static khabar.normalize.ArabicNormalizer.WAW;
import static khabar.normalize.ArabicNormalizer.YEH;
import static khabar.normalize.ArabicNormalizer.ZAIN;

/**
 * A spelling-insensitive key for one folded term of a name that no gazetteer lists, so that the
 * spellings the press gives one foreign name (هوانغ، هوانج; جنسن، جينسن; ستيفن، ستيفان) share a
 * candidate id. Latin terms are kept as they are (already lower-cased).
 *
 * <ol>
 *   <li>In a word of at least {@value #MIN_LETTERS} letters, the vowel letters ا و ي inside it are
 *       dropped and a doubled letter is written once; the first and the last letter stay (وانغ
 *       keeps its و, ليو its و). Shorter words keep every letter (ضاد, لي).
 *   <li>The letters Arabic uses for a foreign g are one: غ and ق become ج.
 *   <li>Emphatic and plain letters are one: ط → ت، ص → س، ض → د، ظ ذ → ز، ث → ت.
 * </ol>
 */
final class SpellingKey {
  private static final char GHAIN = '\u063A';
  private static final char TAH = '\u0637';
  private static final char TEH = '\u062A';
  private static final char SAD = '\u0635';
  private static final char SEEN = '\u0633';
  private static final char DAD = '\u0636';
  private static final char DAL = '\u062F';
  private static final char ZAH = '\u0638';
  private static final char THAL = '\u0630';
  private static final char THEH = '\u062B';

  static final int MIN_LETTERS = 4;

  private SpellingKey() {}

  /** The key of one folded term. */
  static String of(String term) {
    if (term.isEmpty() || !isArabic(term.charAt(0))) return term;
    StringBuilder b = new StringBuilder(term.length());
    int last = term.length() - 1;
    boolean shorten = term.length() >= MIN_LETTERS;
    for (int i = 0; i <= last; i++) {
      char c = letter(term.charAt(i));
      if (shorten && i > 0 && i < last && (c == ALEF || c == WAW || c == YEH)) continue;
      if (shorten && b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
      b.append(c);
    }
    return b.toString();
  }

  private static char letter(char c) {
    return switch (c) {
      case GHAIN, QAF -> JEEM;
      case TAH, THEH -> TEH;
      case SAD -> SEEN;
      case DAD -> DAL;
      case ZAH, THAL -> ZAIN;
      default -> c;
    };
  }

  private static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }
}
