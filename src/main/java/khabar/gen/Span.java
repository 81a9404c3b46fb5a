package khabar.gen;

import java.util.Objects;
import khabar.tag.EntityType;

/**
 * Where the generator wrote a name or an amount in an article's {@link GeneratedArticle#text()}.
 *
 * @param type the entity type, MONEY for an amount
 * @param id the entity id, or null for an amount
 * @param start UTF-16 offset of the first character (after any attached proclitic)
 * @param end offset after the last character
 * @param amount the amount, for MONEY only
 */
public record Span(EntityType type, String id, int start, int end, Amount amount) {
  public Span {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    if ((type == EntityType.MONEY) != (amount != null)) throw new IllegalArgumentException("amount exactly for MONEY");
  }

  Span shift(int by) {
    return new Span(type, id, start + by, end + by, amount);
  }
}
