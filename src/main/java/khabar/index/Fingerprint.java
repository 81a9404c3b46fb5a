package khabar.index;

import khabar.normalize.ArabicNormalizer;
import khabar.util.Sha256;

/**
 * The one normalized form behind both ways of recognising a copy: the content hash (an exact copy)
 * and the {@link MinHash} words (a near copy).
 *
 * <ul>
 *   <li>{@link #fold}: the text through {@link ArabicNormalizer} (hamza and alef forms, teh marbuta,
 *       diacritics, digits, invisible characters, lower case), white-space runs made one space, ends
 *       stripped.
 *   <li>{@link #contentHash}: the first 20 hex digits of the SHA-256 of the folded text.
 *   <li>{@link #words}: the folded text split on everything but letters and digits.
 * </ul>
 *
 * <p>Both run once per ingested article, so they are plain loops over the characters rather than
 * regular expressions (which cost more than the folding itself); {@code FingerprintTest} checks
 * them against the regular expressions {@code \s+} and {@code [^\p{L}\p{N}]+} they stand for.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** The normalized text both measures start from. */
  public static String fold(String text) {
    char[] c = text.toCharArray();
    int n = ArabicNormalizer.normalize(c, c.length); // in place: no offset map is needed here
    if (n < 0) { // a compatibility form expands
      c = ArabicNormalizer.normalize(text).normalized().toCharArray();
      n = c.length;
    }
    int w = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      boolean s = isRegexSpace(c[i]);
      if (!s) c[w++] = c[i];
      else if (!space) c[w++] = ' ';
      space = s;
    }
    return new String(c, 0, w).strip();
  }

  /** Java's {@code \s} without the Unicode flag: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** Hash of the folded text: equal for the same text under two URLs. */
  public static String contentHash(String text) {
    return Sha256.hex(fold(text), 20);
  }

  /** The words of the folded text, for shingling: the runs of letters and digits (any script). */
  static String[] words(String text) {
    String f = fold(text);
    int[] bounds = wordBounds(f);
    String[] out = new String[bounds.length / 2];
    for (int w = 0; w < out.length; w++) out[w] = f.substring(bounds[2 * w], bounds[2 * w + 1]);
    return out;
  }

  /**
   * Where the {@link #words} of an already folded text are: start and end (exclusive) of each, one
   * after the other. What {@link MinHash} hashes in place, without a String per word.
   */
  static int[] wordBounds(String folded) {
    int[] bounds = new int[16];
    int count = 0;
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      char c = folded.charAt(i);
      int cp = Character.isHighSurrogate(c) ? folded.codePointAt(i) : c;
      if (cp == c ? isWordChar(c) : isWordChar(cp)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        if (count + 2 > bounds.length) bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        bounds[count++] = start;
        bounds[count++] = i;
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      if (count + 2 > bounds.length) bounds = java.util.Arrays.copyOf(bounds, bounds.length + 2);
      bounds[count++] = start;
      bounds[count++] = folded.length();
    }
    return java.util.Arrays.copyOf(bounds, count);
  }

  /** {@link #isWordChar(int)} of every UTF-16 unit, a bit each: a character's class is looked up once. */
  private static final long[] WORD_CHARS = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) if (isWordChar(c)) WORD_CHARS[c >>> 6] |= 1L << c;
  }

  private static boolean isWordChar(char c) {
    return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a decimal digit, letter number or other number. */
  private static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }
}
