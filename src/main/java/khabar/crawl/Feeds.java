package khabar.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads sitemaps, sitemap indexes, news sitemaps, RSS and Atom feeds (plain or gzipped) with
 * crawler-commons' {@link SiteMapParser}, which tells them apart by their content. Lenient about
 * namespaces and about URLs outside the sitemap's folder, as news sites need; the crawl's
 * {@link Scope} decides what is followed.
 */
public final class Feeds {

  /**
   * What a feed or sitemap lists.
   *
   * @param pages article URLs, in document order
   * @param sitemaps child sitemaps of a sitemap index
   */
  public record Listing(List<String> pages, List<String> sitemaps) {
    public Listing {
      pages = List.copyOf(pages);
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /**
   * Whether a response may be a feed or sitemap rather than a page: an XML, RSS, Atom or gzip media
   * type, gzip magic bytes, or a plain-text file named like a sitemap.
   */
  public static boolean looksLikeFeed(String mediaType, String url, byte[] body) {
    String t = mediaType.toLowerCase(Locale.ROOT);
    if (t.contains("xml") || t.contains("rss") || t.contains("atom") || t.contains("gzip") || gzipped(body)) return true;
    String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
    return t.startsWith("text/plain") && path.contains("sitemap") && path.endsWith(".txt");
  }

  /**
   * The URLs listed in {@code body}, fetched from {@code url}.
   *
   * @throws IOException when the body is no sitemap or feed crawler-commons knows, naming the URL
   */
  public Listing parse(String url, String mediaType, byte[] body) throws IOException {
    SiteMapParser parser = new SiteMapParser(false, false);
    AbstractSiteMap map;
    try {
      URL u = URI.create(url).toURL();
      map = parser.parseSiteMap(gzipped(body) ? "application/gzip" : mediaType, body, u);
    } catch (UnknownFormatException | MalformedURLException | IllegalArgumentException e) {
      throw new IOException(url + ": not a sitemap or feed (" + e.getMessage() + ")", e);
    }
    List<String> pages = new ArrayList<>();
    List<String> sitemaps = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) sitemaps.add(child.getUrl().toString());
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL entry : sitemap.getSiteMapUrls()) pages.add(entry.getUrl().toString());
    }
    return new Listing(pages, sitemaps);
  }

  private static boolean gzipped(byte[] body) {
    return body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
  }
}
