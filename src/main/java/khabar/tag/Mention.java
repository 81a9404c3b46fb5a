package khabar.tag;

import java.util.Objects;
import khabar.money.Money;

/**
 * One mention found in an article. Offsets are UTF-16 offsets into the article text exactly as
 * stored, {@code start} inclusive and {@code end} exclusive, and {@code text} is that slice.
 *
 * @param type what was mentioned
 * @param id the entity's stable id; for MONEY, the currency and value (usd:5600000)
 * @param name canonical English name; for MONEY, the value and currency
 * @param nameAr canonical Arabic name (empty for MONEY)
 * @param text the surface form, exactly as in the article
 * @param start start offset, inclusive
 * @param end end offset, exclusive
 * @param money the value of a MONEY mention, null for other types
 */
public record Mention(
    EntityType type, String id, String name, String nameAr, String text, int start, int end, Money money) {

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    name = name == null ? "" : name;
    nameAr = nameAr == null ? "" : nameAr;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for " + id);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' does not fit span [" + start + ", " + end + ")");
    }
    if ((type == EntityType.MONEY) != (money != null)) {
      throw new IllegalArgumentException("money value must be given exactly for MONEY mentions");
    }
  }

  public static Mention entity(Entity e, String text, int start, int end) {
    return new Mention(e.type(), e.id(), e.en(), e.ar(), text, start, end, null);
  }

  public static Mention money(Money m, String text, int start, int end) {
    return new Mention(EntityType.MONEY, m.id(), m.label(), "", text, start, end, m);
  }
}
