package khabar.normalize;

import java.text.Normalizer;

/**
 * Folds Arabic news text to the one form that the tagger, the money recognizer, the index and
 * the query side all compare, keeping for every output character the span of input characters
 * it came from.
 *
 * <p>The rules, applied character by character:
 *
 * <ul>
 *   <li>Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), Latin ligatures and full-width
 *       forms are decomposed by NFKC (ﻻ → لا), then folded by the rules below.
 *   <li>Diacritics (U+064B–U+065F: tanwin, fatha, damma, kasra, shadda, sukun, hamza marks),
 *       superscript alef U+0670, Quranic marks (U+0610–U+061A, U+06D6–U+06ED) and tatweel
 *       U+0640 are removed.
 *   <li>Invisible characters are removed: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM (U+061C), bidi
 *       embeddings and isolates (U+202A–U+202E, U+2066–U+2069), word joiner, BOM, soft hyphen.
 *   <li>Every space variant (NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic space, tab,
 *       line breaks) becomes U+0020.
 *   <li>Alef with hamza above or below, alef with madda and alef wasla become bare alef; waw with
 *       hamza becomes waw; yeh with hamza and alef maksura become yeh; teh marbuta becomes heh.
 *   <li>Persian and Urdu letters become their Arabic look-alikes (ک → ك, ی → ي, ہ/ۀ → ه), and the
 *       letters used for foreign sounds fold to the nearest Arabic letter (ڤ → ف, پ → ب, چ → ج,
 *       گ → ك, ژ → ز).
 *   <li>Arabic-Indic (٠–٩) and extended (۰–۹) digits become 0–9; the Arabic decimal separator ٫
 *       becomes '.', the Arabic thousands separator ٬ becomes ',', Arabic percent ٪ becomes '%'.
 *   <li>Letters are lower-cased with {@link Character#toLowerCase(char)} (locale-independent).
 * </ul>
 *
 * <p>Punctuation such as the Arabic comma ، semicolon ؛ and question mark ؟ is kept; the
 * {@link Tokenizer} treats it as punctuation.
 */
public final class ArabicNormalizer {

  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_WASLA = '\u0671';
  public static final char WAW = '\u0648';
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  public static final char YEH = '\u064A';
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char KAF = '\u0643';
  public static final char FEH = '\u0641';
  public static final char BEH = '\u0628';
  public static final char JEEM = '\u062C';
  public static final char ZAIN = '\u0632';
  public static final char TATWEEL = '\u0640';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char KEHEH = '\u06A9';
  public static final char FARSI_YEH = '\u06CC';
  public static final char HEH_GOAL = '\u06C1';
  public static final char HEH_YEH = '\u06C0';
  public static final char VEH = '\u06A4';
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char GAF = '\u06AF';
  public static final char JEH = '\u0698';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char ARABIC_PERCENT = '\u066A';

  private ArabicNormalizer() {}

  /** Normalizes {@code text}, keeping the map from output characters back to input spans. */
  public static NormalizedText normalize(String text) {
    int n = text.length();
    char[] out = new char[n + 16];
    int[] from = new int[n + 16];
    int[] to = new int[n + 16];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isCompatibilityForm(c)) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        for (int k = 0; k < decomposed.length(); k++) {
          char f = fold(decomposed.charAt(k));
          if (f == 0) continue;
          if (len + 1 >= out.length) {
            out = grow(out);
            from = grow(from);
            to = grow(to);
          }
          out[len] = f;
          from[len] = i;
          to[len] = i + 1;
          len++;
        }
        continue;
      }
      char f = fold(c);
      if (f == 0) continue;
      if (len + 1 >= out.length) {
        out = grow(out);
        from = grow(from);
        to = grow(to);
      }
      out[len] = f;
      from[len] = i;
      to[len] = i + 1;
      len++;
    }
    return new NormalizedText(text, new String(out, 0, len), from, to);
  }

  /**
   * Folds one character in place semantics: returns the folded character, or 0 when the
   * character is removed. Does not decompose compatibility forms (see {@link #normalize}).
   */
  public static char fold(char c) {
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') return (char) (c + 32);
      if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) return ' ';
      if (c < 0x20 || c == 0x7F) return 0;
      return c;
    }
    switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> {
        return ALEF;
      }
      case WAW_HAMZA_ABOVE -> {
        return WAW;
      }
      case YEH_HAMZA_ABOVE, ALEF_MAKSURA, FARSI_YEH, '\u06D0', '\u06D2' -> {
        return YEH;
      }
      case TEH_MARBUTA, HEH_GOAL, HEH_YEH, '\u06D5' -> {
        return HEH;
      }
      case KEHEH, GAF -> {
        return KAF;
      }
      case VEH -> {
        return FEH;
      }
      case PEH -> {
        return BEH;
      }
      case TCHEH -> {
        return JEEM;
      }
      case JEH -> {
        return ZAIN;
      }
      case ARABIC_DECIMAL_SEPARATOR -> {
        return '.';
      }
      case ARABIC_THOUSANDS_SEPARATOR -> {
        return ',';
      }
      case ARABIC_PERCENT -> {
        return '%';
      }
      case TATWEEL, SUPERSCRIPT_ALEF, '\u00AD', '\u061C', '\uFEFF', '\u2060', '\u180E' -> {
        return 0;
      }
      case '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\u0085' -> {
        return ' ';
      }
      default -> {}
    }
    if (c >= '\u064B' && c <= '\u065F') return 0; // harakat, tanwin, shadda, sukun
    if (c >= '\u0610' && c <= '\u061A') return 0; // Quranic honorifics and small marks
    if (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6') return 0;
    if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
    if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
    if (c >= '\u200B' && c <= '\u200F') return 0; // ZWSP, ZWNJ, ZWJ, LRM, RLM
    if (c >= '\u202A' && c <= '\u202E') return 0; // bidi embeddings and overrides
    if (c >= '\u2066' && c <= '\u2069') return 0; // bidi isolates
    if (c >= '\u2000' && c <= '\u200A') return ' ';
    if (Character.isUpperCase(c)) return Character.toLowerCase(c);
    return c;
  }

  /** Characters whose NFKC decomposition is safe and wanted for matching. */
  static boolean isCompatibilityForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFE')
        || (c >= '\uFB00' && c <= '\uFB06')
        || (c >= '\uFF01' && c <= '\uFF5E');
  }

  private static char[] grow(char[] a) {
    return java.util.Arrays.copyOf(a, a.length * 2 + 8);
  }

  private static int[] grow(int[] a) {
    return java.util.Arrays.copyOf(a, a.length * 2 + 8);
  }
}
