package khabar.normalize;

import java.util.Objects;

/**
 * A normalized text and the map back to the original: normalized character {@code i} came from
 * original character {@code sourceOf(i)} (a character that expands, like ﻻ → لا, is the source of
 * each character it expands to). Spans found in the normalized text are reported in the original
 * with {@link #originalStart(int)} and {@link #originalEnd(int)}.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final int[] from;

  /** {@code from[i]} is the original index of normalized character {@code i}, non-decreasing. */
  NormalizedText(String original, String normalized, int[] from) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    this.from = Objects.requireNonNull(from, "from");
    if (from.length < normalized.length()) {
      throw new IllegalArgumentException(
          "offset map has " + from.length + " entries for " + normalized.length() + " characters");
    }
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  public int length() {
    return normalized.length();
  }

  /** The original index of normalized character {@code i}. */
  public int sourceOf(int i) {
    Objects.checkIndex(i, normalized.length());
    return from[i];
  }

  /**
   * Original offset where the normalized span starting at {@code start} begins; the original
   * length when {@code start} is at or past the end.
   */
  public int originalStart(int start) {
    if (start >= normalized.length()) return original.length();
    return from[start];
  }

  /**
   * Original offset (exclusive) where the normalized span ending at {@code end} ends. Diacritics
   * and tatweel that follow the last character belong to it (الذَّكاءُ, not الذَّكاء); invisible
   * characters and spaces do not.
   */
  public int originalEnd(int end) {
    if (end <= 0) return 0;
    int e = from[end - 1] + 1;
    while (e < original.length() && isTrailingMark(original.charAt(e))) e++;
    return e;
  }

  private static boolean isTrailingMark(char c) {
    return c == ArabicLetters.TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  @Override
  public String toString() {
    return normalized;
  }
}
