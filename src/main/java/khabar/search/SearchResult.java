package khabar.search;

import java.util.List;
import java.util.Map;

/**
 * Hits of one page and the facets of the whole result set.
 *
 * @param total number of matching articles
 * @param hits the requested page of hits
 * @param facets facet name (company, chip, person, source, month) to value → count, largest first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
