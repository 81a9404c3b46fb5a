package khabar.normalize;

import static khabar.normalize.ArabicLetters.*;

import java.text.Normalizer;

/**
 * Folds Arabic news text to the one form that the tagger, the money recognizer, the index and
 * the query side all compare, keeping for every output character the input character it came
 * from (see {@link NormalizedText}).
 *
 * <p>Every input character is folded on its own, through one lookup table built from these rules:
 *
 * <ol>
 *   <li><b>Compatibility forms</b>: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE),
 *       Latin ligatures (U+FB00–U+FB06) and full-width ASCII (U+FF01–U+FF5E) are replaced by their
 *       NFKC decomposition (ﻻ → لا, ﺑ → ب, ﬁ → fi, Ａ → a), which is then folded by the rules below.
 *       A presentation form of a lone diacritic (ﹰ = space + fathatan) disappears. NFKC is not
 *       applied elsewhere: it would turn ² into 2 and ½ into 1⁄2.
 *   <li><b>Diacritics</b>: tanwin, fatha, damma, kasra, shadda, sukun and the combining hamza and
 *       madda marks (U+064B–U+065F), superscript alef U+0670, high hamza U+0674, Quranic marks
 *       (U+0610–U+061A, U+06D6–U+06ED but not the small waw/yeh letters) are removed.
 *   <li><b>Tatweel</b> U+0640 (kashida) is removed.
 *   <li><b>Alef</b>: أ إ آ ٱ and the wavy-hamza alefs (U+0672, U+0673, U+0675) become bare ا.
 *   <li><b>Hamza seats</b>: ؤ becomes و; ئ becomes ي. The standalone hamza ء stays.
 *   <li><b>Alef maksura</b> ى becomes ي.
 *   <li><b>Teh marbuta</b> ة becomes ه (the index and the stored text keep the original; only the
 *       compared form folds).
 *   <li><b>Persian and Urdu letters</b>: ک → ك, ی ې ے → ي, ہ ۀ ە ھ → ه.
 *   <li><b>Letters for foreign sounds</b>: ڤ ڥ → ف, پ → ب, چ → ج, گ ڭ → ك, ژ → ز, ڨ → ق.
 *   <li><b>Digits</b>: Arabic-Indic ٠–٩ and Extended (Persian/Urdu) ۰–۹ become 0–9; the Arabic
 *       decimal separator ٫ becomes '.', the thousands separator ٬ becomes ',', Arabic percent ٪
 *       becomes '%'. The Arabic comma ، semicolon ؛ and question mark ؟ stay: they are punctuation
 *       ({@link Tokenizer} breaks on them).
 *   <li><b>Invisible characters</b> are removed: ZWSP, ZWNJ, ZWJ, LRM, RLM (U+200B–U+200F), ALM
 *       U+061C, bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), word
 *       joiner and invisible operators (U+2060–U+2064), Mongolian vowel separator, variation
 *       selectors (U+FE00–U+FE0F), BOM U+FEFF, soft hyphen U+00AD, and C0 controls.
 *   <li><b>Spaces</b>: tab, line breaks, NBSP, the U+2000–U+200A spaces, narrow NBSP, medium
 *       mathematical space, ogham and ideographic spaces, line and paragraph separators become
 *       U+0020 (one for one: runs are not collapsed, so the map stays one to one).
 *   <li><b>Hyphens</b>: U+2010 hyphen and U+2011 non-breaking hyphen become '-' (GPT‑4o).
 *   <li><b>Case</b>: upper-case letters are lower-cased with {@link Character#toLowerCase(char)},
 *       which does not depend on the locale (NVIDIA → nvidia, İ → i).
 * </ol>
 *
 * <p>Surrogate pairs (emoji, rare CJK) pass through unchanged. The table is built once; folding
 * is a single array lookup per character, so a whole article folds in one pass.
 */
public final class ArabicNormalizer {

  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char ARABIC_PERCENT = '\u066A';
  public static final char HYPHEN = '\u2010';
  public static final char NON_BREAKING_HYPHEN = '\u2011';

  /** Table value meaning "removed". */
  private static final char REMOVE = 0;
  /** Table value meaning "replaced by {@link #EXPANSIONS}"; U+FFFF itself is a noncharacter. */
  private static final char EXPAND = '\uFFFF';

  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
  private static final char[][] EXPANSIONS = new char[Character.MAX_VALUE + 1][];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) FOLD[c] = (char) c;
    for (int c = 0; c < 0x20; c++) FOLD[c] = REMOVE;
    FOLD[0x7F] = REMOVE;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isUpperCase((char) c)) FOLD[c] = Character.toLowerCase((char) c);
    }
    map(ALEF, ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE,
        ALEF_WAVY_HAMZA_BELOW, HIGH_HAMZA_ALEF);
    map(WAW, WAW_HAMZA_ABOVE);
    map(YEH, YEH_HAMZA_ABOVE, ALEF_MAKSURA, FARSI_YEH, E, YEH_BARREE);
    map(HEH, TEH_MARBUTA, HEH_GOAL, HEH_YEH, AE, HEH_DOACHASHMEE);
    map(KAF, KEHEH, GAF, NG);
    map(FEH, VEH, FEH_THREE_DOTS_BELOW);
    map(BEH, PEH);
    map(JEEM, TCHEH);
    map(ZAIN, JEH);
    map(QAF, QAF_THREE_DOTS_ABOVE);
    map('.', ARABIC_DECIMAL_SEPARATOR);
    map(',', ARABIC_THOUSANDS_SEPARATOR);
    map('%', ARABIC_PERCENT);
    map('-', HYPHEN, NON_BREAKING_HYPHEN);
    for (int d = 0; d < 10; d++) {
      FOLD['\u0660' + d] = (char) ('0' + d);
      FOLD['\u06F0' + d] = (char) ('0' + d);
    }
    remove('\u064B', '\u065F'); // tanwin, harakat, shadda, sukun, combining hamza and madda
    remove('\u0610', '\u061A'); // Quranic honorifics and small marks
    remove('\u06D6', '\u06E4'); // Quranic annotation signs
    remove('\u06E7', '\u06ED'); // (U+06E5/U+06E6, small waw and yeh, are letters)
    remove(SUPERSCRIPT_ALEF, SUPERSCRIPT_ALEF);
    remove(HIGH_HAMZA, HIGH_HAMZA);
    remove(TATWEEL, TATWEEL);
    remove('\u200B', '\u200F'); // ZWSP, ZWNJ, ZWJ, LRM, RLM
    remove('\u202A', '\u202E'); // bidi embeddings and overrides
    remove('\u2060', '\u2064'); // word joiner, invisible operators
    remove('\u2066', '\u2069'); // bidi isolates
    remove('\uFE00', '\uFE0F'); // variation selectors
    for (char c : new char[] {'\u00AD', '\u061C', '\u180E', '\uFEFF'}) remove(c, c);
    for (char c = '\u2000'; c <= '\u200A'; c++) FOLD[c] = ' ';
    for (char c : new char[] {'\t', '\n', '\u000B', '\f', '\r', '\u0085', '\u00A0', '\u1680',
        '\u2028', '\u2029', '\u202F', '\u205F', '\u3000'}) {
      FOLD[c] = ' ';
    }
    expandCompatibility('\uFB00', '\uFB06');
    expandCompatibility('\uFB50', '\uFDFF');
    expandCompatibility('\uFE70', '\uFEFE');
    expandCompatibility('\uFF01', '\uFF5E');
    FOLD[EXPAND] = REMOVE;
  }

  private ArabicNormalizer() {}

  private static void map(char to, char... from) {
    for (char c : from) FOLD[c] = to;
  }

  private static void remove(char first, char last) {
    for (int c = first; c <= last; c++) FOLD[c] = REMOVE;
  }

  private static void expandCompatibility(char first, char last) {
    for (int c = first; c <= last; c++) {
      String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
      if (nfkc.length() == 1 && nfkc.charAt(0) == c) continue; // unassigned or no decomposition
      StringBuilder folded = new StringBuilder(nfkc.length());
      for (int k = 0; k < nfkc.length(); k++) {
        char f = FOLD[nfkc.charAt(k)];
        if (f != REMOVE) folded.append(f);
      }
      if (folded.toString().isBlank()) folded.setLength(0); // ﹰ is a space plus a diacritic
      if (folded.length() == 1) {
        FOLD[c] = folded.charAt(0);
      } else if (folded.isEmpty()) {
        FOLD[c] = REMOVE;
      } else {
        FOLD[c] = EXPAND;
        EXPANSIONS[c] = folded.toString().toCharArray();
      }
    }
  }

  /** Normalizes {@code text}, keeping the map from output characters back to input characters. */
  public static NormalizedText normalize(String text) {
    int n = text.length();
    char[] out = new char[n];
    int[] from = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char f = FOLD[text.charAt(i)];
      if (f == REMOVE) continue;
      if (f != EXPAND) {
        out[len] = f;
        from[len++] = i;
        continue;
      }
      char[] x = EXPANSIONS[text.charAt(i)];
      int need = len + x.length + (n - i - 1); // room for the rest, one for one
      if (need > out.length) {
        int cap = Math.max(out.length + (out.length >> 1), need);
        out = java.util.Arrays.copyOf(out, cap);
        from = java.util.Arrays.copyOf(from, cap);
      }
      for (char e : x) {
        out[len] = e;
        from[len++] = i;
      }
    }
    return new NormalizedText(text, new String(out, 0, len), from);
  }

  /**
   * Folds {@code buf[0, len)} in place and returns the new length, or -1 (leaving the buffer
   * unchanged) when a compatibility form would make the text longer; callers then use {@link
   * #normalize(String)}.
   */
  public static int normalize(char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (FOLD[buf[i]] == EXPAND) return -1;
    }
    int w = 0;
    for (int i = 0; i < len; i++) {
      char f = FOLD[buf[i]];
      if (f != REMOVE) buf[w++] = f;
    }
    return w;
  }

  /**
   * The folded form of one character, or 0 when it is removed. A compatibility form that
   * decomposes to several characters (ﻻ) is returned unchanged: use {@link #normalize(String)}.
   */
  public static char fold(char c) {
    char f = FOLD[c];
    return f == EXPAND ? c : f;
  }

  /** Whether {@code c} disappears from the normalized text (diacritics, tatweel, invisibles). */
  public static boolean isRemoved(char c) {
    return FOLD[c] == REMOVE;
  }
}
