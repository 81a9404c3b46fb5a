package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FeedsTest {
  private final Feeds feeds = new Feeds();

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rss() throws IOException {
    String rss = "<?xml version='1.0'?><rss version='2.0'><channel><title>تقنية</title><link>https://n.example/</link>"
        + "<item><title>أ</title><link>https://n.example/a</link></item><item><title>ب</title><link>https://n.example/b</link></item>"
        + "</channel></rss>";
    assertEquals(List.of("https://n.example/a", "https://n.example/b"),
        feeds.parse("https://n.example/feed", "application/rss+xml", utf8(rss)).pages().stream().sorted().toList());
  }

  @Test
  void atom() throws IOException {
    String atom = "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>تقنية</title>"
        + "<entry><title>أ</title><link href='https://n.example/a'/><id>a</id><updated>2026-01-01T00:00:00Z</updated></entry></feed>";
    assertEquals(List.of("https://n.example/a"), feeds.parse("https://n.example/atom", "application/atom+xml", utf8(atom)).pages());
  }

  @Test
  void gzippedSitemapIndexAndNewsSitemap() throws IOException {
    String index = "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "<sitemap><loc>https://n.example/s1.xml.gz</loc></sitemap></sitemapindex>";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(utf8(index));
    }
    Feeds.Listing l = feeds.parse("https://n.example/sitemap.xml.gz", "application/octet-stream", gz.toByteArray());
    assertEquals(List.of("https://n.example/s1.xml.gz"), l.sitemaps());
    String news = "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
        + "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url><loc>https://n.example/a</loc>"
        + "<news:news><news:title>خبر</news:title></news:news></url></urlset>";
    assertEquals(List.of("https://n.example/a"), feeds.parse("https://n.example/news.xml", "text/xml", utf8(news)).pages());
  }

  @Test
  void notAFeedNamesTheUrl() {
    IOException e = assertThrows(IOException.class,
        () -> feeds.parse("https://n.example/x.xml", "application/xml", utf8("<html><body>no</body></html>")));
    assertTrue(e.getMessage().startsWith("https://n.example/x.xml: not a sitemap or feed"), e.getMessage());
  }

  @Test
  void toldApartByContent() {
    assertTrue(Feeds.looksLikeFeed("application/rss+xml", "https://n.example/f", new byte[0]));
    assertTrue(Feeds.looksLikeFeed("application/octet-stream", "https://n.example/s.gz", new byte[] {0x1F, (byte) 0x8B}));
    assertTrue(Feeds.looksLikeFeed("text/plain", "https://n.example/sitemap.txt", new byte[0]));
    assertFalse(Feeds.looksLikeFeed("text/plain", "https://n.example/notes.txt", new byte[0]));
    assertFalse(Feeds.looksLikeFeed("image/png", "https://n.example/a.png", new byte[0]));
  }
}
