package khabar.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param snippet a passage of the original text with matched words between {@code <b>} and
 *     {@code </b>}; the rest of the passage is HTML-escaped
 * @param entities the entity ids the article mentions
 */
public record Hit(
    String id, String url, String title, Instant published, String source, float score, String snippet,
    List<String> entities) {
  public Hit {
    entities = List.copyOf(entities);
  }
}
