package khabar.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a crawl behaves: who it says it is, how fast it may go, how far it may reach. Immutable and
 * checked when built; {@link #builder(String)} starts from the defaults named on each setter.
 *
 * @param userAgent the User-Agent header, with a contact URL; its first product token is the name
 *     robots.txt groups are matched against
 * @param delay the least pause between two requests to one host; a larger robots.txt Crawl-delay wins
 * @param maxCrawlDelay a Crawl-delay above this makes the whole host off limits (Nutch's rule)
 * @param maxPages page fetches per run, over all hosts
 * @param maxPagesPerHost page fetches per run for one host
 * @param maxDepth how many links away from a seed a page may be (feed and sitemap entries are 1)
 * @param maxBytes the largest body read; a longer one is cut and the page recorded as failed
 * @param maxRedirects redirect hops followed from one URL
 * @param connectTimeout TCP connect timeout
 * @param readTimeout the longest wait for a response's headers
 * @param maxAttempts tries per URL for 5xx, 429 and time-outs (1 = no retry)
 * @param backoff the first retry's wait; it doubles at each further attempt
 * @param maxRetryAfter a Retry-After longer than this gives the URL up instead of waiting
 * @param threads hosts fetched in parallel (one connection per host at a time)
 * @param stayOnSeedHosts follow only links to the hosts of the seeds
 * @param include when not empty, a URL must match one of these (find, not full match)
 * @param exclude a URL matching any of these is not followed
 * @param allowPrivateAddresses follow URLs whose host resolves to a loopback, private or
 *     link-local address (off by default: a page must not steer the crawler into the local net)
 * @param revisitAfter a page fetched less than this long ago is not requested again; zero means
 *     every known page is re-checked with a conditional request
 * @param bodyTimeout the longest a body may take to arrive, from the response headers on
 * @param minBytesPerSecond a body arriving slower than this on average, once {@link
 *     #RATE_GRACE} has passed, is given up (a server trickling bytes to hold a slot)
 * @param maxSitemapBytes the largest feed or sitemap read, as fetched and again once gunzipped
 * @param maxSitemapUrls URLs taken from one feed or sitemap; the rest are dropped and counted
 * @param hostBackoff the first wait of a host after 3 errors in a row, doubling up to 10 min
 */
public record CrawlConfig(
    String userAgent,
    Duration delay,
    Duration maxCrawlDelay,
    int maxPages,
    int maxPagesPerHost,
    int maxDepth,
    long maxBytes,
    int maxRedirects,
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts,
    Duration backoff,
    Duration maxRetryAfter,
    int threads,
    boolean stayOnSeedHosts,
    List<Pattern> include,
    List<Pattern> exclude,
    boolean allowPrivateAddresses,
    Duration revisitAfter,
    Duration bodyTimeout,
    long minBytesPerSecond,
    long maxSitemapBytes,
    int maxSitemapUrls,
    Duration hostBackoff) {

  /** How long a body may arrive slowly before {@link #minBytesPerSecond} applies. */
  public static final Duration RATE_GRACE = Duration.ofSeconds(10);

  public CrawlConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) throw new IllegalArgumentException("the User-Agent must not be blank");
    nonNegative(delay, "delay");
    nonNegative(maxCrawlDelay, "maxCrawlDelay");
    nonNegative(connectTimeout, "connectTimeout");
    nonNegative(readTimeout, "readTimeout");
    nonNegative(backoff, "backoff");
    nonNegative(maxRetryAfter, "maxRetryAfter");
    nonNegative(revisitAfter, "revisitAfter");
    positive(maxPages, "maxPages");
    positive(maxPagesPerHost, "maxPagesPerHost");
    positive(maxAttempts, "maxAttempts");
    positive(threads, "threads");
    if (maxDepth < 0) throw new IllegalArgumentException("maxDepth must be 0 or more, not " + maxDepth);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be 0 or more, not " + maxRedirects);
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
    nonNegative(bodyTimeout, "bodyTimeout");
    if (minBytesPerSecond < 0) throw new IllegalArgumentException("minBytesPerSecond must be 0 or more, not " + minBytesPerSecond);
    if (maxSitemapBytes <= 0) throw new IllegalArgumentException("maxSitemapBytes must be positive, not " + maxSitemapBytes);
    positive(maxSitemapUrls, "maxSitemapUrls");
    nonNegative(hostBackoff, "hostBackoff");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The name robots.txt groups are matched against: the User-Agent's first product token. */
  public String robotName() {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.isEmpty() ? userAgent.strip() : token;
  }

  public static Builder builder(String userAgent) {
    return new Builder(userAgent);
  }

  public Builder toBuilder() {
    Builder b = new Builder(userAgent);
    b.delay = delay;
    b.maxCrawlDelay = maxCrawlDelay;
    b.maxPages = maxPages;
    b.maxPagesPerHost = maxPagesPerHost;
    b.maxDepth = maxDepth;
    b.maxBytes = maxBytes;
    b.maxRedirects = maxRedirects;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.maxAttempts = maxAttempts;
    b.backoff = backoff;
    b.maxRetryAfter = maxRetryAfter;
    b.threads = threads;
    b.stayOnSeedHosts = stayOnSeedHosts;
    b.include = include;
    b.exclude = exclude;
    b.allowPrivateAddresses = allowPrivateAddresses;
    b.revisitAfter = revisitAfter;
    b.bodyTimeout = bodyTimeout;
    b.minBytesPerSecond = minBytesPerSecond;
    b.maxSitemapBytes = maxSitemapBytes;
    b.maxSitemapUrls = maxSitemapUrls;
    b.hostBackoff = hostBackoff;
    return b;
  }

  private static void nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative, not " + d);
  }

  private static void positive(int n, String name) {
    if (n <= 0) throw new IllegalArgumentException(name + " must be positive, not " + n);
  }

  /** Builds a {@link CrawlConfig}; each setter names its default. */
  public static final class Builder {
    private final String userAgent;
    private Duration delay = Duration.ofSeconds(1);
    private Duration maxCrawlDelay = Duration.ofSeconds(30);
    private int maxPages = 1000;
    private int maxPagesPerHost = 1000;
    private int maxDepth = 2;
    private long maxBytes = 2L * 1024 * 1024;
    private int maxRedirects = 5;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int maxAttempts = 3;
    private Duration backoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofMinutes(10);
    private int threads = 4;
    private boolean stayOnSeedHosts = true;
    private List<Pattern> include = List.of();
    private List<Pattern> exclude = List.of();
    private boolean allowPrivateAddresses;
    private Duration revisitAfter = Duration.ZERO;
    private Duration bodyTimeout = Duration.ofSeconds(60);
    private long minBytesPerSecond = 1024;
    private long maxSitemapBytes = 50L * 1024 * 1024;
    private int maxSitemapUrls = 50_000;
    private Duration hostBackoff = Duration.ofSeconds(30);

    private Builder(String userAgent) {
      this.userAgent = userAgent;
    }

    /** Default 1 s. */
    public Builder delay(Duration d) { delay = d; return this; }
    /** Default 30 s. */
    public Builder maxCrawlDelay(Duration d) { maxCrawlDelay = d; return this; }
    /** Default 1000. */
    public Builder maxPages(int n) { maxPages = n; return this; }
    /** Default 1000. */
    public Builder maxPagesPerHost(int n) { maxPagesPerHost = n; return this; }
    /** Default 2. */
    public Builder maxDepth(int n) { maxDepth = n; return this; }
    /** Default 2 MiB. */
    public Builder maxBytes(long n) { maxBytes = n; return this; }
    /** Default 5. */
    public Builder maxRedirects(int n) { maxRedirects = n; return this; }
    /** Default 10 s. */
    public Builder connectTimeout(Duration d) { connectTimeout = d; return this; }
    /** Default 30 s. */
    public Builder readTimeout(Duration d) { readTimeout = d; return this; }
    /** Default 3. */
    public Builder maxAttempts(int n) { maxAttempts = n; return this; }
    /** Default 5 s. */
    public Builder backoff(Duration d) { backoff = d; return this; }
    /** Default 10 min. */
    public Builder maxRetryAfter(Duration d) { maxRetryAfter = d; return this; }
    /** Default 4. */
    public Builder threads(int n) { threads = n; return this; }
    /** Default true. */
    public Builder stayOnSeedHosts(boolean b) { stayOnSeedHosts = b; return this; }
    /** Default none (everything in scope). */
    public Builder include(List<Pattern> p) { include = p; return this; }
    /** Default none. */
    public Builder exclude(List<Pattern> p) { exclude = p; return this; }
    /** Default false. */
    public Builder allowPrivateAddresses(boolean b) { allowPrivateAddresses = b; return this; }
    /** Default zero: every known page is re-checked with a conditional request. */
    public Builder revisitAfter(Duration d) { revisitAfter = d; return this; }
    /** Default 60 s. */
    public Builder bodyTimeout(Duration d) { bodyTimeout = d; return this; }
    /** Default 1024 bytes a second (after the first 10 s); 0 turns the check off. */
    public Builder minBytesPerSecond(long n) { minBytesPerSecond = n; return this; }
    /** Default 50 MiB, the sitemap protocol's own limit. */
    public Builder maxSitemapBytes(long n) { maxSitemapBytes = n; return this; }
    /** Default 50,000, the sitemap protocol's own limit. */
    public Builder maxSitemapUrls(int n) { maxSitemapUrls = n; return this; }
    /** Default 30 s. */
    public Builder hostBackoff(Duration d) { hostBackoff = d; return this; }

    public CrawlConfig build() {
      return new CrawlConfig(userAgent, delay, maxCrawlDelay, maxPages, maxPagesPerHost, maxDepth, maxBytes,
          maxRedirects, connectTimeout, readTimeout, maxAttempts, backoff, maxRetryAfter, threads,
          stayOnSeedHosts, include, exclude, allowPrivateAddresses, revisitAfter, bodyTimeout, minBytesPerSecond,
          maxSitemapBytes, maxSitemapUrls, hostBackoff);
    }
  }
}
