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
 * @param payloadDigest what the source states identifies the raw bytes {@code content} was
 *     decoded from, with everything the decoding depends on (a WARC record's payload digest, media
 *     type and content coding), or "" when it states nothing: then the content itself identifies
 *     the record
 */
public record Page(String url, String content, boolean html, Instant fetched, String origin, PageHints hints, String payloadDigest) {
  public Page {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(content, "content");
    origin = origin == null ? url : origin;
    hints = hints == null ? PageHints.NONE : hints;
    payloadDigest = payloadDigest == null ? "" : payloadDigest;
  }

  /** A page whose source states no digest of its bytes. */
  public Page(String url, String content, boolean html, Instant fetched, String origin, PageHints hints) {
    this(url, content, html, fetched, origin, hints, "");
  }

  /** A page without hints: all metadata comes from the page itself. */
  public Page(String url, String content, boolean html, Instant fetched, String origin) {
    this(url, content, html, fetched, origin, PageHints.NONE);
  }
}
