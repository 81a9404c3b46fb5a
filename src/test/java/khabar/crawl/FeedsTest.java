package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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

  static byte[] gzipBomb(String head, String entry, long entries, String tail) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(utf8(head));
      byte[] e = utf8(entry);
      byte[] block = new byte[e.length * 1000];
      for (int i = 0; i < 1000; i++) System.arraycopy(e, 0, block, i * e.length, e.length);
      for (long i = 0; i < entries / 1000; i++) z.write(block);
      z.write(utf8(tail));
    }
    return out.toByteArray();
  }

  @Test
  void aGzipBombOfRepeatedUrlsStopsAtTheUrlCap() throws IOException {
    byte[] bomb = gzipBomb("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>",
        "<url><loc>https://n.example/a</loc></url>", 3_000_000, "</urlset>"); // 120 MB inflated
    long t0 = System.nanoTime();
    Feeds.Listing l = feeds.parse("https://n.example/sitemap.xml.gz", "application/gzip", bomb);
    assertEquals(Feeds.DEFAULT_MAX_URLS, l.pages().size());
    assertEquals("stopped at 50000 URLs", l.cut());
    assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
  }

  @Test
  void aGzipBombOfWhiteSpaceStopsAtTheByteCap() throws IOException {
    byte[] bomb = gzipBomb("<?xml version='1.0'?><urlset><url><loc>https://n.example/a</loc></url>", " ", 5_000_000, "</urlset>");
    Feeds.Listing l = new Feeds(100, 1 << 20).parse("https://n.example/s.xml.gz", "application/gzip", bomb);
    assertEquals(List.of("https://n.example/a"), l.pages());
    assertEquals("stopped after 1048576 bytes (gunzipped)", l.cut());
  }

  @Test
  void entityExpansionIsNotRead() {
    String laughs = "<?xml version='1.0'?><!DOCTYPE urlset [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
        + "<urlset><url><loc>https://n.example/&b;</loc></url></urlset>";
    Feeds.Listing l = assertDoesNotThrow(() -> feeds.parse("https://n.example/s.xml", "text/xml", utf8(laughs)));
    assertTrue(l.pages().stream().noneMatch(p -> p.contains("aaaa")), l.pages().toString());
  }

  @Test
  void aTextSitemapAndRelativeEntries() throws IOException {
    assertEquals(List.of("https://n.example/a", "https://n.example/b"),
        feeds.parse("https://n.example/sitemap.txt", "text/plain", utf8("https://n.example/a\nnot a url\nhttps://n.example/b\n")).pages());
    assertEquals(List.of("https://n.example/news/a"),
        feeds.parse("https://n.example/s.xml", "text/xml", utf8("<urlset><url><loc>/news/a</loc></url><url><loc>javascript:x</loc></url></urlset>")).pages());
  }

  /** Found by fuzzing: the two bytes of a gzip magic and nothing else. */
  @Test
  void aGzipStreamCutInItsHeaderIsNamedByTheUrl() {
    IOException e = assertThrows(IOException.class, () -> feeds.parse("https://n.example/s.xml.gz", "application/gzip", new byte[] {0x1f, (byte) 0x8b}));
    assertEquals("https://n.example/s.xml.gz: not a sitemap or feed (EOFException)", e.getMessage());
  }
}
