package khabar.crawl;

import java.util.Objects;

/**
 * A URL waiting in the frontier.
 *
 * @param url the normalized URL
 * @param depth links away from a seed (seeds 0, feed and sitemap entries 1)
 * @param kind what it is expected to be
 * @param attempt tries already made (0 for a fresh URL)
 * @param redirects redirect hops that led here
 */
public record CrawlUrl(String url, int depth, Kind kind, int attempt, int redirects) {

  /** What a URL is expected to hold; a seed is told apart by its content when fetched. */
  public enum Kind {
    /** A seed: a page, a feed or a sitemap. */
    SEED,
    /** An HTML page. */
    PAGE,
    /** A sitemap or feed named by a sitemap index, robots.txt or a page's alternate link. */
    FEED
  }

  public CrawlUrl {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    if (depth < 0 || attempt < 0 || redirects < 0) {
      throw new IllegalArgumentException("negative depth, attempt or redirects for " + url);
    }
  }

  public CrawlUrl retried() {
    return new CrawlUrl(url, depth, kind, attempt + 1, redirects);
  }
}
