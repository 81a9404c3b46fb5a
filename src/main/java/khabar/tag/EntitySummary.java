package khabar.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity of an article: how often it is mentioned and where first. MONEY mentions are not
 * entities and have no summary.
 *
 * @param id the entity's stable id
 * @param type COMPANY, CHIP or PERSON
 * @param name canonical English name
 * @param nameAr canonical Arabic name (may be empty)
 * @param count number of mentions, at least 1
 * @param first start offset of the first mention
 */
public record EntitySummary(String id, EntityType type, String name, String nameAr, int count, int first) {

  public EntitySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (type == EntityType.MONEY) throw new IllegalArgumentException("MONEY has no entity summary");
    if (count < 1) throw new IllegalArgumentException("count must be at least 1 for " + id);
    if (first < 0) throw new IllegalArgumentException("negative first offset for " + id);
    name = name == null ? "" : name;
    nameAr = nameAr == null ? "" : nameAr;
  }

  /** The entities of {@code mentions}, in the order of their first mention. */
  public static List<EntitySummary> of(List<Mention> mentions) {
    Map<String, Mention> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.MONEY) continue;
      String key = m.type() + ":" + m.id();
      Mention seen = first.get(key);
      if (seen == null || m.start() < seen.start()) first.put(key, m);
      counts.merge(key, 1, Integer::sum);
    }
    List<EntitySummary> out = new ArrayList<>(first.size());
    for (Map.Entry<String, Mention> e : first.entrySet()) {
      Mention m = e.getValue();
      out.add(new EntitySummary(m.id(), m.type(), m.name(), m.nameAr(), counts.get(e.getKey()), m.start()));
    }
    out.sort(java.util.Comparator.comparingInt(EntitySummary::first));
    return out;
  }
}
