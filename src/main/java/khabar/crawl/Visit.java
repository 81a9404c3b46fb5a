package khabar.crawl;

import java.time.Instant;
import java.util.Objects;

/**
 * What the crawl state remembers of one URL: the last outcome and what a conditional request needs.
 *
 * @param url the normalized URL
 * @param outcome how the last visit ended
 * @param status the HTTP status, 0 when no request was made
 * @param etag the ETag of the last 2xx answer, or null
 * @param lastModified the Last-Modified of the last 2xx answer, or null
 * @param contentHash SHA-256 of the last 2xx body (hex), or null
 * @param at when the visit ended
 * @param reason why it failed or was skipped, or null
 */
public record Visit(String url, Outcome outcome, int status, String etag, String lastModified, String contentHash,
    Instant at, String reason) {
  public Visit {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
  }
}
