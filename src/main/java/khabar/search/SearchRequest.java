package khabar.search;

import java.time.Instant;
import java.util.List;
import khabar.tag.EntityType;

/**
 * What a researcher asks for. Every filter is optional; entity names are resolved to ids across
 * spelling and script by the searcher.
 *
 * @param query query text (words, "phrases", AND/OR/NOT, prefix*, title:, source:), may be blank
 * @param entities entity ids or names that must all be mentioned
 * @param types entity types of which each must be mentioned
 * @param from earliest publication time, inclusive
 * @param to latest publication time, inclusive
 * @param source site name or host
 * @param minUsd smallest dollar figure
 * @param maxUsd largest dollar figure
 * @param sort relevance or date (newest first)
 * @param limit hits per page
 * @param offset hits to skip
 */
public record SearchRequest(
    String query,
    List<String> entities,
    List<EntityType> types,
    Instant from,
    Instant to,
    String source,
    Double minUsd,
    Double maxUsd,
    Sort sort,
    int limit,
    int offset) {

  public enum Sort {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    query = query == null ? "" : query;
    entities = entities == null ? List.of() : List.copyOf(entities);
    types = types == null ? List.of() : List.copyOf(types);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, 10, 0);
  }
}
