/**
 * Stage: search. Parses queries (Arabic spellings, phrases, fields, entity names in any script),
 * filters by entity, type, date, source and dollar figures, and returns hits with highlighted
 * snippets and facets.
 *
 * <p>Input: {@link khabar.search.SearchRequest} (date bounds from {@link khabar.search.DateBounds}).
 * Output: {@link khabar.search.SearchResult} of {@link khabar.search.Hit}s with {@link
 * khabar.search.Snippet}s; {@link khabar.search.ResultJson} is its one JSON shape.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}, {@code tag},
 * {@code index}, {@code gen}.
 */
package khabar.search;
