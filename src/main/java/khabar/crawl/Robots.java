package khabar.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt decisions per origin, after RFC 9309, with crawler-commons'
 * {@link SimpleRobotRulesParser} doing the parsing. The fetching is the caller's: it hands over
 * what the fetch of {@code /robots.txt} gave (after at most {@link #MAX_REDIRECTS} redirects).
 *
 * <ul>
 *   <li>2xx: the file's rules for our product token (allow/disallow, wildcards, Crawl-delay); at most
 *       {@link #MAX_BYTES} are parsed (RFC 9309 §2.5).
 *   <li>4xx ("unavailable", §2.3.1.3): everything allowed.
 *   <li>5xx or no answer ("unreachable", §2.3.1.4): everything disallowed, and asked again after
 *       {@link #UNREACHABLE_TTL}.
 *   <li>A Crawl-delay above the configured maximum disallows the whole origin.
 * </ul>
 *
 * Rules are cached for {@link #TTL} (the RFC's 24 hours).
 */
public final class Robots {
  /** RFC 9309 §2.5: parse at least 500 KiB. */
  public static final int MAX_BYTES = 512 * 1024;
  /** RFC 9309 §2.3.1.2: follow at least five redirects. */
  public static final int MAX_REDIRECTS = 5;
  /** RFC 9309 §2.4: no cached copy older than 24 hours. */
  public static final Duration TTL = Duration.ofHours(24);
  /** How long an unreachable robots.txt keeps the origin closed before it is asked again. */
  public static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

  private record Cached(BaseRobotRules rules, Instant expires) {}

  private final SimpleRobotRulesParser parser;
  private final List<String> robotNames;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public Robots(CrawlConfig config) {
    this.parser = new SimpleRobotRulesParser(config.maxCrawlDelay().toMillis(), 50);
    this.robotNames = List.of(config.robotName().toLowerCase(java.util.Locale.ROOT));
  }

  /** The cached rules of {@code origin}, or null when they must be fetched (again). */
  public BaseRobotRules cached(String origin, Instant now) {
    Cached c = cache.get(origin);
    return c == null || !now.isBefore(c.expires) ? null : c.rules;
  }

  /** Rules from a fetched robots.txt with HTTP status {@code status}; cached for the origin. */
  public BaseRobotRules fetched(String origin, int status, String contentType, byte[] body, Instant now) {
    BaseRobotRules rules;
    Duration ttl = TTL;
    if (status >= 200 && status < 300) {
      byte[] head = body.length > MAX_BYTES ? java.util.Arrays.copyOf(body, MAX_BYTES) : body;
      rules = parser.parseContent(origin + "/robots.txt", head, contentType, robotNames);
    } else if (status >= 400 && status < 500) {
      rules = parser.failedFetch(status);
    } else {
      rules = parser.failedFetch(status >= 500 ? status : 599);
      ttl = UNREACHABLE_TTL;
    }
    cache.put(origin, new Cached(rules, now.plus(ttl)));
    return rules;
  }

  /** Rules when robots.txt led through more than {@link #MAX_REDIRECTS} redirects: unavailable, allow all. */
  public BaseRobotRules unavailable(String origin, Instant now) {
    return fetched(origin, 404, "", new byte[0], now);
  }

  /** Rules when robots.txt could not be fetched at all (time-out, refused): disallow for now. */
  public BaseRobotRules unreachable(String origin, Instant now) {
    return fetched(origin, 599, "", new byte[0], now);
  }
}
