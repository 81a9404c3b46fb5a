package khabar.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One search result.
 *
 * @param score BM25 relevance (0 when sorted by date)
 * @param snippet passages of the original body with the matched words marked
 * @param entities the entity ids the article mentions, in order of first mention
 * @param duplicateOf id of the original when this article is a copy (only shown with duplicates
 *     included), else null
 */
public record Hit(
    String id, String url, String title, Instant published, String source, float score, Snippet snippet,
    List<String> entities, String duplicateOf) {
  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(snippet, "snippet");
    entities = List.copyOf(entities);
  }
}
