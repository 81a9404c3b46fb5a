package khabar.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.util.CharArrayIterator;

/**
 * The JDK's sentence boundaries, found walking forward only and remembered. The highlighter asks
 * for the sentence before each match ({@link #preceding}), which the JDK's rule-based iterator
 * answers by walking back over the text with its reverse rules, for every match again; the
 * forward walk is its cheap direction, and the highlighter's questions come in text order, so one
 * walk from the start up to the last match answers them all. The boundaries are the JDK's own,
 * so snippets are cut exactly where they were. The walk reads the text from an array of its
 * characters: through a {@code String} every character costs a bounds check and, for Arabic text
 * (two bytes a character inside the string), their assembly.
 */
final class ForwardSentences extends BreakIterator {
  private final BreakIterator base = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text;
  /** Boundaries found so far, in order; the first is the start of the text. */
  private int[] bounds = new int[32];
  private int size;
  /** Whether the forward walk reached the end of the text. */
  private boolean done;
  /** Index in {@link #bounds} of the current boundary. */
  private int at;

  /** The highlighter's way in: the text as an array for the walk (Lucene's iterator over one). */
  @Override
  public void setText(String newText) {
    CharArrayIterator chars = CharArrayIterator.newSentenceInstance();
    chars.setText(newText.toCharArray(), 0, newText.length());
    setText(chars);
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    base.setText(newText);
    size = 0;
    bounds[size++] = base.first();
    done = false;
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  /** Walks on until a boundary past {@code offset} is known, or the text ends. */
  private void walkPast(int offset) {
    while (!done && bounds[size - 1] <= offset) {
      int b = base.next();
      if (b == DONE) {
        done = true;
      } else {
        if (size == bounds.length) bounds = Arrays.copyOf(bounds, size * 2);
        bounds[size++] = b;
      }
    }
  }

  @Override
  public int first() {
    at = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    walkPast(Integer.MAX_VALUE);
    at = size - 1;
    return bounds[at];
  }

  @Override
  public int current() {
    return bounds[at];
  }

  @Override
  public int next() {
    walkPast(bounds[at]);
    if (at + 1 >= size) return DONE;
    return bounds[++at];
  }

  @Override
  public int previous() {
    if (at == 0) return DONE;
    return bounds[--at];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) result = n > 0 ? next() : previous();
    return result;
  }

  @Override
  public int following(int offset) {
    walkPast(offset);
    int i = firstAbove(offset);
    if (i == size) {
      at = size - 1;
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  @Override
  public int preceding(int offset) {
    walkPast(offset);
    int i = firstAbove(offset - 1) - 1; // the last boundary below offset
    if (i < 0) {
      at = 0;
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  /** Index of the first known boundary greater than {@code offset}, or {@link #size}. */
  private int firstAbove(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
