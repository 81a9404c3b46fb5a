package khabar.gen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One generated article before it is rendered as a page, a JSON line or a WARC record.
 *
 * @param url where it is published
 * @param host the site's host
 * @param siteName the site's Arabic name
 * @param layout the site's page layout ({@code article} or {@code div})
 * @param title the headline; it names only entities the body names too
 * @param author the byline
 * @param published publication time
 * @param paragraphs the body, paragraph by paragraph
 * @param entities ids of the gazetteer entities the body names, sorted
 * @param money the money figures in the body, in text order
 * @param spans where each name and figure is in {@link #text()}, in text order
 */
public record GeneratedArticle(
    String url,
    String host,
    String siteName,
    String layout,
    String title,
    String author,
    Instant published,
    List<String> paragraphs,
    List<String> entities,
    List<Amount> money,
    List<Span> spans) {

  public GeneratedArticle {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    paragraphs = List.copyOf(paragraphs);
    entities = List.copyOf(entities);
    money = List.copyOf(money);
    spans = List.copyOf(spans);
  }

  /** The body as plain text: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** Number of words in the body (runs of non-space characters). */
  public int words() {
    int n = 0;
    for (String p : paragraphs) n += p.isBlank() ? 0 : p.strip().split("\\s+").length;
    return n;
  }
}
