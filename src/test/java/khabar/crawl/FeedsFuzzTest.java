package khabar.crawl;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Fuzz test of the feed and sitemap reader: any body gives a listing within the caps or an
 * IOException naming the URL, never another exception. Seeds in
 * src/test/resources/khabar/crawl/FeedsFuzzTestInputs/.
 */
class FeedsFuzzTest {
  private static final Feeds FEEDS = new Feeds(100, 1 << 20);

  @FuzzTest(maxDuration = "10s")
  void parse(byte[] body) {
    try {
      Feeds.Listing l = FEEDS.parse("https://n.example/sitemap.xml", "application/xml", body);
      if (l.pages().size() > 100 || l.sitemaps().size() > 100) throw new AssertionError("over the URL cap");
    } catch (IOException e) {
      if (!e.getMessage().startsWith("https://n.example/sitemap.xml: ")) throw new AssertionError("not named: " + e.getMessage());
    }
  }
}
