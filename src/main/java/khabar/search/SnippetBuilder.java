package khabar.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Snippet} from passages of an original text: each passage is cut to at most
 * {@link #MAX_PASSAGE} characters around its first match, at white space, and the matches inside
 * it become marks. Pure: text and offsets in, snippet out.
 */
final class SnippetBuilder {
  /** Longest stretch of original text one passage shows. */
  static final int MAX_PASSAGE = 240;
  /** Characters shown before the first match when a passage has to be cut. */
  private static final int LEAD = 60;
  private static final String ELLIPSIS = "…";
  private static final char ARABIC_QUESTION_MARK = '\u061F';

  private final String original;
  private final StringBuilder text = new StringBuilder();
  private final List<Snippet.Span> marks = new ArrayList<>();
  /** Whether the last passage stops inside a sentence. */
  private boolean cutAfter;

  SnippetBuilder(String original) {
    this.original = original;
  }

  /**
   * Adds the passage {@code [start, end)} of the original text with the matches {@code
   * [matchStarts[i], matchEnds[i])} (original offsets, in order of start).
   */
  SnippetBuilder passage(int start, int end, int[] matchStarts, int[] matchEnds, int matches) {
    start = Math.max(0, start);
    end = Math.min(original.length(), end);
    if (end - start > MAX_PASSAGE) {
      int first = matches > 0 ? matchStarts[0] : start;
      int from = Math.max(start, first - LEAD);
      int to = Math.min(end, from + MAX_PASSAGE);
      from = wordStart(from, start);
      to = wordEnd(to, end);
      start = from;
      end = to;
    }
    int firstMatch = matches > 0 ? Math.max(start, matchStarts[0]) : end;
    int lastMatch = matches > 0 ? Math.min(end, matchEnds[matches - 1]) : start;
    if (start > 0 && !Character.isWhitespace(original.charAt(start - 1))) {
      int w = start;
      while (w < firstMatch && !Character.isWhitespace(original.charAt(w))) w++;
      start = w; // do not show the tail of a cut word
    }
    if (end < original.length() && !Character.isWhitespace(original.charAt(end))) {
      int w = end;
      while (w > lastMatch && !Character.isWhitespace(original.charAt(w - 1))) w--;
      end = w; // nor the head of one
    }
    while (start < end && Character.isWhitespace(original.charAt(start))) start++;
    while (end > start && Character.isWhitespace(original.charAt(end - 1))) end--;
    if (start >= end) return this;
    if (!text.isEmpty()) {
      text.append(Snippet.GAP); // stands for whatever lies between the two passages
    } else if (start > 0 && !sentenceBoundaryBefore(start)) {
      text.append(ELLIPSIS);
    }
    int base = text.length() - start;
    text.append(original, start, end);
    int last = -1;
    for (int i = 0; i < matches; i++) {
      int s = Math.max(matchStarts[i], Math.max(start, last));
      int e = Math.min(matchEnds[i], end);
      if (e <= s) continue;
      if (!marks.isEmpty() && last == s) {
        Snippet.Span prev = marks.removeLast(); // adjacent matches read as one mark
        marks.add(new Snippet.Span(prev.start(), base + e));
      } else {
        marks.add(new Snippet.Span(base + s, base + e));
      }
      last = e;
    }
    cutAfter = end < original.length() && !sentenceEnd(end);
    return this;
  }

  Snippet build() {
    return new Snippet(cutAfter ? text + ELLIPSIS : text.toString(), marks);
  }

  private int wordStart(int at, int floor) {
    int i = at;
    while (i > floor && !Character.isWhitespace(original.charAt(i - 1))) i--;
    return i;
  }

  private int wordEnd(int at, int ceiling) {
    int i = at;
    while (i < ceiling && !Character.isWhitespace(original.charAt(i))) i++;
    return i;
  }

  private boolean sentenceBoundaryBefore(int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(original.charAt(i))) i--;
    return i < 0 || sentenceEnd(i + 1) || original.charAt(at - 1) == '\n';
  }

  private boolean sentenceEnd(int end) {
    char c = original.charAt(end - 1);
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == '\n';
  }
}
