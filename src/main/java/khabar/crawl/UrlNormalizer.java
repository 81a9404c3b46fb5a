package khabar.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One spelling per page, so the crawler fetches each page once. On top of crawler-commons'
 * {@link BasicURLNormalizer} (lower-case scheme and host, no default port, no fragment, resolved
 * dot segments, sorted query, IDN to ASCII), it drops tracking parameters ({@code utm_*} and the
 * click ids in {@link #TRACKING}) and the trailing slash of a path other than {@code /}.
 */
public final class UrlNormalizer {

  /** Query parameters that name the campaign or click, never the page. */
  public static final Set<String> TRACKING =
      Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "igshid", "ref_src");

  private static final String UTM = "utm_";

  private final BasicURLNormalizer basic = BasicURLNormalizer.newBuilder().build();

  /**
   * The normal form of {@code url}, or empty when it is not an absolute http or https URL.
   */
  public Optional<String> normalize(String url) {
    if (url == null) return Optional.empty();
    String s = url.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) return Optional.empty();
    String n = basic.filter(s);
    if (n == null) return Optional.empty();
    try {
      URI u = new URI(n);
      if (u.getHost() == null) return Optional.empty();
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
      String query = withoutTracking(u.getRawQuery());
      StringBuilder out = new StringBuilder(n.length());
      out.append(u.getScheme()).append("://").append(u.getRawAuthority()).append(path);
      if (query != null) out.append('?').append(query);
      return Optional.of(out.toString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Resolves {@code href} against {@code base} and normalizes it; empty when either is unusable. */
  public Optional<String> resolve(String base, String href) {
    if (href == null || href.isBlank()) return Optional.empty();
    try {
      return normalize(URI.create(base).resolve(href.strip().replace(" ", "%20")).toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String withoutTracking(String query) {
    if (query == null || query.isEmpty()) return null;
    StringJoiner kept = new StringJoiner("&");
    for (String pair : query.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (pair.isEmpty() || name.startsWith(UTM) || TRACKING.contains(name)) continue;
      kept.add(pair);
    }
    return kept.length() == 0 ? null : kept.toString();
  }
}
