package khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import khabar.extract.ArticleExtractor;
import khabar.extract.Page;
import khabar.extract.PageHints;

/**
 * The JSON article schema shared by {@code .json} and {@code .jsonl} dumps. One object per article:
 *
 * <pre>
 * {"url": "https://site.example/a/1",       optional; the id comes from it, else from the text
 *  "title": "…",                             optional; else extracted
 *  "html": "&lt;html>…" | "text": "…",          exactly one is required, non-blank
 *  "published": "2025-01-25T10:00:00Z",      optional; ISO date or date-time
 *  "source": "تقنية اليوم",                   optional; site name, else the URL's host
 *  "author": "…",                            optional
 *  "language": "ar"}                         optional; else detected
 * </pre>
 *
 * Unknown fields are ignored. A record that breaks the schema is rejected with the field named.
 */
public final class JsonRecords {
  static final Set<String> STRING_FIELDS = Set.of("url", "title", "html", "text", "published", "source", "author", "language");

  private JsonRecords() {}

  /**
   * The page a JSON record describes.
   *
   * @throws IllegalArgumentException naming the field when the record breaks the schema
   */
  public static Page toPage(JsonNode n, String origin, Instant fetched) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + (n == null ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    for (String f : STRING_FIELDS) {
      JsonNode v = n.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) throw new IllegalArgumentException("field '" + f + "' must be a string");
    }
    String html = text(n, "html");
    String text = text(n, "text");
    if (html.isBlank() == text.isBlank()) {
      throw new IllegalArgumentException(html.isBlank() ? "needs 'html' or 'text'" : "has both 'html' and 'text'");
    }
    String published = text(n, "published");
    Instant when = ArticleExtractor.parseInstant(published);
    if (!published.isBlank() && when == null) {
      throw new IllegalArgumentException("field 'published' is not an ISO date: " + published);
    }
    PageHints hints = new PageHints(text(n, "title"), when, text(n, "source"), text(n, "language"), text(n, "author"));
    boolean isHtml = !html.isBlank();
    return new Page(text(n, "url").strip(), isHtml ? html : text, isHtml, fetched, origin, hints);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
