package khabar.normalize;

import java.util.Objects;

/**
 * A normalized text and the map back to the original: normalized character {@code i} came from
 * original characters {@code [startOf(i), endOf(i))}. Spans found in the normalized text are
 * reported in the original with {@link #originalStart(int)} and {@link #originalEnd(int)}.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final int[] from;
  private final int[] to;

  NormalizedText(String original, String normalized, int[] from, int[] to) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    this.from = from;
    this.to = to;
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

  /** Original offset where the normalized span starting at {@code start} begins. */
  public int originalStart(int start) {
    if (start >= normalized.length()) return original.length();
    return from[start];
  }

  /**
   * Original offset (exclusive) where the normalized span ending at {@code end} ends. Diacritics
   * and tatweel that follow the last character belong to it (الذَّكاءُ, not الذَّكاء).
   */
  public int originalEnd(int end) {
    if (end <= 0) return 0;
    int e = to[end - 1];
    while (e < original.length() && isTrailingMark(original.charAt(e))) e++;
    return e;
  }

  private static boolean isTrailingMark(char c) {
    return c == ArabicNormalizer.TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  @Override
  public String toString() {
    return normalized;
  }
}
