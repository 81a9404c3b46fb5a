package khabar.export;

import java.util.Arrays;

/**
 * The sentences of an article text, as spans of the text itself so that mention offsets map
 * straight onto them. Rules, in order:
 *
 * <ul>
 *   <li>a line break always ends a sentence (headings, paragraphs and list items stand alone);
 *   <li>{@code . ! ? ؟ ۔ …} end a sentence only when followed by white space or the end of the text,
 *       optionally after closing quotes or brackets, so decimals (5.6), dotted names (إيه.آي),
 *       URLs (example.com/a.b) and runs (؟!) never split;
 *   <li>a sentence is trimmed of surrounding white space, and blank spans are dropped.
 * </ul>
 */
public final class Sentences {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private Sentences(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  public static Sentences of(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    int from = 0;
    int len = text.length();
    for (int i = 0; i <= len; i++) {
      int cut = -1;
      int next = -1;
      if (i == len) {
        cut = len;
        next = len;
      } else {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          cut = i;
          next = i + 1;
        } else if (isTerminator(c)) {
          int j = i + 1;
          while (j < len && (isTerminator(text.charAt(j)) || isCloser(text.charAt(j)))) j++;
          if (j == len || Character.isWhitespace(text.charAt(j))) {
            cut = j;
            next = j;
            i = j - 1;
          }
        }
      }
      if (cut < 0) continue;
      int s = from;
      int e = cut;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = s;
        ends[n] = e;
        n++;
      }
      from = next;
    }
    return new Sentences(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u00BB' || c == '\u201D' || c == '\u2019';
  }

  public int count() {
    return starts.length;
  }

  public int start(int sentence) {
    return starts[sentence];
  }

  public int end(int sentence) {
    return ends[sentence];
  }

  public String text(int sentence) {
    return text.substring(starts[sentence], ends[sentence]);
  }

  /**
   * The sentence holding the character at {@code offset}, or -1 when the offset falls between
   * sentences (on white space or a line break).
   */
  public int indexAt(int offset) {
    int k = Arrays.binarySearch(starts, offset);
    if (k < 0) k = -k - 2;
    return k >= 0 && offset < ends[k] ? k : -1;
  }

  /** The sentence a span starting at {@code offset} stands in, or "" when there is none. */
  public String textAt(int offset) {
    int k = indexAt(offset);
    return k < 0 ? "" : text(k);
  }
}
