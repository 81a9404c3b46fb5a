package khabar.export;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import khabar.money.Money;
import khabar.search.SearchRequest;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.Mention;

/**
 * Which mentions of a selected article become rows, when rows are limited to what a request
 * names. A mention is kept when it is
 *
 * <ul>
 *   <li>of one of the requested entities (resolved by id or any name, as search resolves them), or
 *   <li>of one of the requested types, or
 *   <li>a dollar figure within the requested {@code minUsd..maxUsd} (a range overlapping it);
 * </ul>
 *
 * and every mention is kept when the request names none of these. Candidate mentions (names no
 * gazetteer lists) are kept only while {@code candidates} is true.
 *
 * @param entities entity ids
 * @param types entity types
 * @param minUsd smallest dollar figure, or null
 * @param maxUsd largest dollar figure, or null
 * @param candidates whether candidate mentions are kept
 */
public record MentionFilter(
    Set<String> entities, Set<EntityType> types, Double minUsd, Double maxUsd, boolean candidates) {
  /** Keeps every mention. */
  public static final MentionFilter ALL = new MentionFilter(Set.of(), Set.of(), null, null);

  /** A filter that keeps candidate mentions. */
  public MentionFilter(Set<String> entities, Set<EntityType> types, Double minUsd, Double maxUsd) {
    this(entities, types, minUsd, maxUsd, true);
  }

  /** This filter, leaving candidate mentions out. */
  public MentionFilter withoutCandidates() {
    return new MentionFilter(entities, types, minUsd, maxUsd, false);
  }

  public MentionFilter {
    entities = Set.copyOf(entities);
    types = Set.copyOf(types);
    if (minUsd != null && maxUsd != null && minUsd > maxUsd) {
      throw new IllegalArgumentException("min-usd " + minUsd + " exceeds max-usd " + maxUsd);
    }
  }

  /** The filter a request names; entity names are resolved with {@code gazetteer} when given. */
  public static MentionFilter of(SearchRequest r, Gazetteer gazetteer) {
    Set<String> ids = new LinkedHashSet<>();
    for (String name : r.entities()) {
      Entity e = gazetteer == null ? null : gazetteer.resolve(name);
      ids.add(e != null ? e.id() : name.strip().toLowerCase(Locale.ROOT));
    }
    return new MentionFilter(ids, new LinkedHashSet<>(r.types()), r.minUsd(), r.maxUsd());
  }

  private boolean hasUsdRange() {
    return minUsd != null || maxUsd != null;
  }

  public boolean keepsAll() {
    return entities.isEmpty() && types.isEmpty() && !hasUsdRange();
  }

  public boolean accepts(Mention m) {
    if (m.candidate() && !candidates) return false;
    if (keepsAll()) return true;
    if (entities.contains(m.id()) || types.contains(m.type())) return true;
    return hasUsdRange() && m.money() != null && inRange(m.money());
  }

  private boolean inRange(Money money) {
    if (!money.hasUsd()) return false;
    double lo = minUsd == null ? Double.NEGATIVE_INFINITY : minUsd;
    double hi = maxUsd == null ? Double.POSITIVE_INFINITY : maxUsd;
    return money.usdMax().doubleValue() >= lo && money.usdMin().doubleValue() <= hi;
  }
}
