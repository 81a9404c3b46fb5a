package khabar.search;

import java.util.List;
import java.util.Objects;
import khabar.util.Html;

/**
 * A passage of an article's original text with the characters that matched marked.
 *
 * @param text the passage: one or more stretches of the original text, joined by {@link #GAP}
 * @param marks matched stretches as offsets into {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Span> marks) {
  /** What stands between two stretches of the original text. */
  public static final String GAP = " … ";

  /** An empty snippet, for an article without text. */
  public static final Snippet EMPTY = new Snippet("", List.of());

  /** Offsets {@code [start, end)} into the snippet text. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    marks = List.copyOf(marks);
    int last = 0;
    for (Span s : marks) {
      if (s.start() < last || s.end() > text.length()) {
        throw new IllegalArgumentException("mark " + s + " is out of order or outside the snippet text");
      }
      last = s.end();
    }
  }

  /** The marked words, in order. */
  public List<String> marked() {
    return marks.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  /** The text with each mark between {@code open} and {@code close} (terminal output: ⟦ ⟧). */
  public String render(String open, String close) {
    StringBuilder b = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
    int at = 0;
    for (Span s : marks) {
      b.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return b.append(text, at, text.length()).toString();
  }

  /** HTML: the text escaped, each mark in {@code <mark>…</mark>}. */
  public String html() {
    StringBuilder b = new StringBuilder(text.length() + marks.size() * 13);
    int at = 0;
    for (Span s : marks) {
      Html.escape(b, text, at, s.start());
      b.append("<mark>");
      Html.escape(b, text, s.start(), s.end());
      b.append("</mark>");
      at = s.end();
    }
    Html.escape(b, text, at, text.length());
    return b.toString();
  }

}
