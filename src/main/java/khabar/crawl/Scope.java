package khabar.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which discovered URLs the crawl follows: those on the seed hosts (unless configured otherwise),
 * matching an include pattern when there are any, matching no exclude pattern, and no deeper than
 * the configured depth. A pure decision on normalized URLs.
 */
public final class Scope {
  private final CrawlConfig config;
  private final Set<String> seedHosts;

  /** @param seedHosts the hosts of the seeds, lower case */
  public Scope(CrawlConfig config, Set<String> seedHosts) {
    this.config = config;
    this.seedHosts = Set.copyOf(seedHosts);
  }

  /** This scope with {@code host} as one more seed host (a seed that redirects to www., say). */
  public Scope withSeedHost(String host) {
    Set<String> hosts = new java.util.HashSet<>(seedHosts);
    hosts.add(host);
    return new Scope(config, hosts);
  }

  /** Why {@code url} at {@code depth} is out of scope, or null when it is in. */
  public String refusal(String url, int depth) {
    if (depth > config.maxDepth()) return "deeper than " + config.maxDepth();
    String host = host(url);
    if (host == null) return "no host";
    if (config.stayOnSeedHosts() && !seedHosts.contains(host)) return "off the seed hosts";
    if (!config.include().isEmpty() && config.include().stream().noneMatch(p -> p.matcher(url).find())) {
      return "matches no include pattern";
    }
    for (Pattern p : config.exclude()) {
      if (p.matcher(url).find()) return "matches exclude pattern " + p.pattern();
    }
    return null;
  }

  /** The lower-case host of {@code url}, or null. */
  public static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Scheme, host and port: the key robots.txt and politeness are kept under. */
  public static String origin(String url) {
    URI u = URI.create(url);
    int port = u.getPort();
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    String host = u.getHost().toLowerCase(Locale.ROOT);
    return port < 0 ? scheme + "://" + host : scheme + "://" + host + ":" + port;
  }
}
