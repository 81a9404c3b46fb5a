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
 * @param candidate true when no gazetteer knows the name: a context cue found it, and {@code id}
 *     is a candidate key ({@code cand:company:ishara-capital}) rather than a gazetteer id
 * @param cue for a candidate, the pattern that found it ({@code COMPANY شركة}); null otherwise
 */
public record Mention(
    EntityType type,
    String id,
    String name,
    String nameAr,
    String text,
    int start,
    int end,
    Money money,
    boolean candidate,
    String cue) {

  /** Prefix of candidate keys, which never collide with gazetteer ids (no ':' is allowed there). */
  public static final String CANDIDATE_PREFIX = "cand:";

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
    if (candidate != id.startsWith(CANDIDATE_PREFIX)) {
      throw new IllegalArgumentException(
          "mention " + id + ": candidate ids, and only they, start with '" + CANDIDATE_PREFIX + "'");
    }
    if (candidate == (cue == null)) {
      throw new IllegalArgumentException("mention " + id + ": a cue is given exactly for candidates");
    }
    if (candidate && type == EntityType.MONEY) {
      throw new IllegalArgumentException("money is never a candidate");
    }
  }

  /** A mention of a gazetteer entity or of money: not a candidate. */
  public Mention(
      EntityType type, String id, String name, String nameAr, String text, int start, int end, Money money) {
    this(type, id, name, nameAr, text, start, end, money, false, null);
  }

  public static Mention entity(Entity e, String text, int start, int end) {
    return new Mention(e.type(), e.id(), e.en(), e.ar(), text, start, end, null);
  }

  public static Mention money(Money m, String text, int start, int end) {
    return new Mention(EntityType.MONEY, m.id(), m.label(), "", text, start, end, m);
  }

  /**
   * A name no gazetteer knows, found by {@code cue}; {@code key} is the candidate key without its
   * prefix, and the surface form serves as the name (in {@code name} when Latin, else {@code nameAr}).
   */
  public static Mention candidate(EntityType type, String key, String text, int start, int end, String cue) {
    boolean arabic = text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    return new Mention(
        type, CANDIDATE_PREFIX + key, arabic ? "" : text, arabic ? text : "", text, start, end, null, true, cue);
  }

  /** Whether this mention overlaps the span {@code [start, end)}. */
  public boolean overlaps(int start, int end) {
    return this.start < end && start < this.end;
  }
}
