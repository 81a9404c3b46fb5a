package khabar.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hits of one page and the facets of the whole result set.
 *
 * @param total number of matching articles (exact)
 * @param hits the requested page of hits
 * @param facets facet name (company, chip, person, source, month, year) to value → count; entity
 *     and source facets largest first, month and year in time order; iteration keeps that order
 * @param facetsCounted the matches the facets were counted on: {@code total}, or fewer when they
 *     are estimates from a sample ({@link #facetsApproximate})
 * @param expanded ids of the entities the query words were widened to, in query order
 * @param suggestions "did you mean": other queries that have hits, when this one has none
 */
public record SearchResult(
    long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, long facetsCounted, List<String> expanded,
    List<String> suggestions) {
  /** A result with exact facets. */
  public SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    this(total, hits, facets, total, List.of(), List.of());
  }

  public SearchResult {
    if (facetsCounted < 0 || facetsCounted > total) {
      throw new IllegalArgumentException("facets counted on " + facetsCounted + " of " + total + " matches");
    }
    hits = List.copyOf(hits);
    expanded = List.copyOf(expanded);
    suggestions = List.copyOf(suggestions);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    facets.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    facets = Collections.unmodifiableMap(copy);
  }

  /** Whether the facet counts are estimates from a sample of the matches (the total never is). */
  public boolean facetsApproximate() {
    return facetsCounted < total;
  }
}
