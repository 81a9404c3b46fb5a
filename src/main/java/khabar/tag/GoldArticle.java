package khabar.tag;

import java.util.List;
import java.util.Objects;

/**
 * One article of a gold set: its text and the mentions a person annotated in it.
 *
 * @param id the article's name in the gold file, for messages
 * @param text the article text that the offsets refer to
 * @param mentions the annotated mentions, each with a span inside {@code text}
 */
public record GoldArticle(String id, String text, List<GoldArticle.Span> mentions) {

  /**
   * One annotated mention: type, entity id, span [start, end) into the article text, and the
   * class of the form it takes in the text ({@code hashtag}, {@code quoted}, {@code candidate}…;
   * empty when the annotator gave none; see docs/TAGGING.md).
   */
  public record Span(EntityType type, String id, int start, int end, String cls) {
    public Span(EntityType type, String id, int start, int end) {
      this(type, id, start, end, "");
    }

    public Span {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
      cls = cls == null ? "" : cls.strip();
      if (id.isBlank()) throw new IllegalArgumentException("empty entity id");
      if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    boolean overlaps(int s, int e) {
      return s < end && start < e;
    }
  }

  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    for (Span m : mentions) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException(
            "mention " + m.id() + " [" + m.start() + ", " + m.end() + ") ends after the text (" + text.length() + " chars)");
      }
    }
  }
}
