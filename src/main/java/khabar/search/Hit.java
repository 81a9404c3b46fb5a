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
 * @param matched why the article matched the query words: their text, a mention of an entity
 *     they name, or both; null when the request has no query words
 */
public record Hit(
    String id, String url, String title, Instant published, String source, float score, Snippet snippet,
    List<String> entities, String duplicateOf, Match matched) {

  /** Why a hit matched the query words. */
  public enum Match {
    /** The words (or phrase) are in the title or body. */
    TEXT,
    /** The article mentions an entity the words name, in another spelling. */
    ENTITY,
    /** Both. */
    BOTH;

    /** The lower-case name used in JSON and on the terminal. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(snippet, "snippet");
    entities = List.copyOf(entities);
  }
}
