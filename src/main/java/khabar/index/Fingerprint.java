package khabar.index;

import java.util.regex.Pattern;
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
 */
public final class Fingerprint {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fingerprint() {}

  /** The normalized text both measures start from. */
  public static String fold(String text) {
    return SPACES.matcher(ArabicNormalizer.normalize(text).normalized()).replaceAll(" ").strip();
  }

  /** Hash of the folded text: equal for the same text under two URLs. */
  public static String contentHash(String text) {
    return Sha256.hex(fold(text), 20);
  }

  /** The words of the folded text, for shingling. */
  static String[] words(String text) {
    return NON_WORD.splitAsStream(fold(text)).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }
}
