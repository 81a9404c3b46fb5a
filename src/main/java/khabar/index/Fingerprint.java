package khabar.index;

import java.util.ArrayList;
import java.util.List;
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
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < f.length(); ) {
      int cp = f.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        out.add(f.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(f.substring(start));
    return out.toArray(String[]::new);
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a decimal digit, letter number or other number. */
  private static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }
}
