package khabar.crawl;

/** How the crawl ended for one URL. */
public enum Outcome {
  /** Fetched with a 2xx answer and handled. */
  FETCHED,
  /** A conditional request answered 304: known and unchanged. */
  NOT_MODIFIED,
  /** Answered with a redirect; the target was queued in its place. */
  REDIRECTED,
  /** Disallowed by the host's robots.txt. */
  ROBOTS,
  /** Not fetched or not used: wrong media type, private address, too many redirects. */
  SKIPPED,
  /** Failed for good: 4xx, or 5xx and time-outs after the last retry, or a body over the limit. */
  FAILED
}
