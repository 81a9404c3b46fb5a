package khabar.crawl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about other URLs: its links (in document order, normalized, de-duplicated,
 * {@code rel=nofollow} left out), the feeds it advertises, its canonical URL, and its robots meta
 * tag. Honours {@code <base href>}. Pure: HTML text in, {@link Links} out.
 */
public final class LinkExtractor {

  /**
   * @param canonical the page's {@code link rel=canonical}, normalized, or null
   * @param links the URLs to follow, in document order
   * @param feeds RSS and Atom feeds named by {@code link rel=alternate}
   * @param noindex the robots meta tag says not to index this page
   * @param nofollow the robots meta tag says not to follow its links
   */
  public record Links(String canonical, List<String> links, List<String> feeds, boolean noindex, boolean nofollow) {
    public Links {
      links = List.copyOf(links);
      feeds = List.copyOf(feeds);
    }
  }

  private final UrlNormalizer normalizer;

  public LinkExtractor(UrlNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The links of {@code html}, fetched from {@code url}. */
  public Links extract(String url, String html) {
    Document doc = Jsoup.parse(html, url);
    String robots = doc.select("meta[name=robots]").eachAttr("content").toString().toLowerCase(Locale.ROOT);
    boolean noindex = robots.contains("noindex") || robots.contains("none");
    boolean nofollow = robots.contains("nofollow") || robots.contains("none");
    String canonical = resolve(url, doc.select("link[rel=canonical]").attr("abs:href")).orElse(null);
    Set<String> links = new LinkedHashSet<>();
    if (!nofollow) {
      for (Element a : doc.select("a[href], area[href]")) {
        if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) continue;
        resolve(url, a.attr("abs:href")).ifPresent(links::add);
      }
    }
    Set<String> feeds = new LinkedHashSet<>();
    for (Element l : doc.select("link[rel=alternate][href]")) {
      String type = l.attr("type").toLowerCase(Locale.ROOT);
      if (type.contains("rss") || type.contains("atom")) resolve(url, l.attr("abs:href")).ifPresent(feeds::add);
    }
    return new Links(canonical, List.copyOf(links), List.copyOf(feeds), noindex, nofollow);
  }

  private Optional<String> resolve(String base, String absolute) {
    return absolute.isBlank() ? Optional.empty() : normalizer.resolve(base, absolute);
  }
}
