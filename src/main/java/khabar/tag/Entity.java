package khabar.tag;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One gazetteer entry: a company, chip or person with a stable id.
 *
 * @param id stable id, lowercase ASCII words joined by '-' (nvidia, sam-altman, h800)
 * @param en canonical English name
 * @param ar canonical Arabic name
 * @param aliases names that always identify the entity
 * @param ambiguous names that are also ordinary words: they count only near a context cue or
 *     when an unambiguous name of the same entity is in the same article
 * @param shortForms short forms (surnames) that count only when a full name of the same entity
 *     is in the same article
 * @param wikidata Wikidata QID or empty
 * @param attributes free key=value attributes (vendor, role, org, country, kind)
 * @param source file and line the entry was read from, for messages
 */
public record Entity(
    String id,
    EntityType type,
    String en,
    String ar,
    List<String> aliases,
    List<String> ambiguous,
    List<String> shortForms,
    String wikidata,
    Map<String, String> attributes,
    String source) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (id.isBlank()) throw new IllegalArgumentException("entity id is empty");
    if (type == EntityType.MONEY) throw new IllegalArgumentException("MONEY is not a gazetteer type");
    en = en == null ? "" : en;
    ar = ar == null ? "" : ar;
    aliases = List.copyOf(aliases);
    ambiguous = List.copyOf(ambiguous);
    shortForms = List.copyOf(shortForms);
    wikidata = wikidata == null ? "" : wikidata;
    attributes = Map.copyOf(attributes);
    source = source == null ? "" : source;
  }
}
