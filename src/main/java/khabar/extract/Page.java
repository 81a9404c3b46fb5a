package khabar.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * A document as it arrived, before extraction: an HTML page or a plain-text article.
 *
 * @param url where it came from: a URL, or for a local file its location-free {@code file:}
 *     address ({@code khabar.ingest.LocalAddress})
 * @param content the decoded text of the page or article
 * @param html whether {@code content} is HTML (else plain text)
 * @param fetched when it was fetched or read, may be null
 * @param origin file and record it came from, for messages (e.g. {@code dump.jsonl:17},
 *     {@code crawl.warc.gz@1048576})
 * @param hints what the source states about the page (title, date, ...); wins over extraction
 */
public record Page(String url, String content, boolean html, Instant fetched, String origin, PageHints hints) {
  public Page {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(content, "content");
    origin = origin == null ? url : origin;
    hints = hints == null ? PageHints.NONE : hints;
  }

  /** A page without hints: all metadata comes from the page itself. */
  public Page(String url, String content, boolean html, Instant fetched, String origin) {
    this(url, content, html, fetched, origin, PageHints.NONE);
  }
}
