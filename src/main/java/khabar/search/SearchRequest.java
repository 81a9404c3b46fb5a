package khabar.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import khabar.tag.EntityType;

/**
 * What a researcher asks for. Every filter is optional; entity names are resolved to ids across
 * spelling and script by the searcher.
 *
 * @param query query text (words, "phrases", AND/OR/NOT, prefix*, title:, source:, entity:), may be
 *     blank for every article
 * @param entities entity ids or names that must all be mentioned
 * @param types entity types of which each must be mentioned
 * @param from earliest publication time, inclusive
 * @param to latest publication time, inclusive
 * @param source site name or host
 * @param minUsd smallest dollar figure: an article matches when one of its dollar figures (a
 *     value or a range) overlaps [minUsd, maxUsd]
 * @param maxUsd largest dollar figure
 * @param sort relevance or date (newest first)
 * @param limit hits per page
 * @param offset hits to skip
 * @param includeDuplicates also match articles found to be copies of another (hidden by default)
 * @param expand let query words that name an entity also match the entity's mentions ({@link
 *     QueryEntities}); false for exact text search ({@code --no-expand})
 * @param exactFacets count the facets over every match however many there are; false counts them
 *     on a sample when there are very many (docs/SEARCH.md, "Facets"; the total is exact either way)
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
    int offset,
    boolean includeDuplicates,
    boolean expand,
    boolean exactFacets) {

  public enum Sort {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    query = query == null ? "" : query;
    entities = entities == null ? List.of() : List.copyOf(entities);
    types = types == null ? List.of() : List.copyOf(types);
    sort = sort == null ? Sort.RELEVANCE : sort;
    source = source == null || source.isBlank() ? null : source.strip();
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (minUsd != null && (minUsd.isNaN() || minUsd < 0)) throw new IllegalArgumentException("min-usd must be a non-negative number");
    if (maxUsd != null && (maxUsd.isNaN() || maxUsd < 0)) throw new IllegalArgumentException("max-usd must be a non-negative number");
    if (minUsd != null && maxUsd != null && minUsd > maxUsd) {
      throw new IllegalArgumentException("min-usd " + minUsd + " exceeds max-usd " + maxUsd);
    }
  }

  /** A request with entity expansion and facets sampled when there are very many matches. */
  public SearchRequest(
      String query, List<String> entities, List<EntityType> types, Instant from, Instant to, String source,
      Double minUsd, Double maxUsd, Sort sort, int limit, int offset, boolean includeDuplicates) {
    this(query, entities, types, from, to, source, minUsd, maxUsd, sort, limit, offset, includeDuplicates, true, false);
  }

  /** A request without duplicates. */
  public SearchRequest(
      String query, List<String> entities, List<EntityType> types, Instant from, Instant to, String source,
      Double minUsd, Double maxUsd, Sort sort, int limit, int offset) {
    this(query, entities, types, from, to, source, minUsd, maxUsd, sort, limit, offset, false);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, 10, 0);
  }

  /** This request with duplicates shown or hidden. */
  public SearchRequest withDuplicates(boolean include) {
    return new SearchRequest(query, entities, types, from, to, source, minUsd, maxUsd, sort, limit, offset, include, expand, exactFacets);
  }

  /** This request with entity expansion on or off. */
  public SearchRequest withExpansion(boolean on) {
    return new SearchRequest(query, entities, types, from, to, source, minUsd, maxUsd, sort, limit, offset, includeDuplicates, on, exactFacets);
  }

  /** This request with facets counted over every match, or sampled when there are very many. */
  public SearchRequest withExactFacets(boolean exact) {
    return new SearchRequest(query, entities, types, from, to, source, minUsd, maxUsd, sort, limit, offset, includeDuplicates, expand, exact);
  }

  /** Builds a request one filter at a time; defaults: every article, relevance, 10 hits. */
  public static final class Builder {
    private String query = "";
    private final List<String> entities = new ArrayList<>();
    private final List<EntityType> types = new ArrayList<>();
    private Instant from;
    private Instant to;
    private String source;
    private Double minUsd;
    private Double maxUsd;
    private Sort sort = Sort.RELEVANCE;
    private int limit = 10;
    private int offset;
    private boolean includeDuplicates;
    private boolean expand = true;
    private boolean exactFacets;

    public Builder query(String q) {
      this.query = q;
      return this;
    }

    /** Adds an entity (id or any name) that must be mentioned. */
    public Builder entity(String name) {
      entities.add(name);
      return this;
    }

    /** Adds an entity type of which one must be mentioned. */
    public Builder type(EntityType t) {
      types.add(t);
      return this;
    }

    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Dollar range; either bound may be null. */
    public Builder usd(Double min, Double max) {
      this.minUsd = min;
      this.maxUsd = max;
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder includeDuplicates(boolean include) {
      this.includeDuplicates = include;
      return this;
    }

    public Builder expand(boolean on) {
      this.expand = on;
      return this;
    }

    public Builder exactFacets(boolean exact) {
      this.exactFacets = exact;
      return this;
    }

    /** The request; throws {@link IllegalArgumentException} for contradictory filters. */
    public SearchRequest build() {
      return new SearchRequest(query, entities, types, from, to, source, minUsd, maxUsd, sort, limit, offset, includeDuplicates, expand, exactFacets);
    }
  }
}
