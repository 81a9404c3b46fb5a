package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import khabar.cli.Main;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code khabar crawl} end to end against the fixture site. */
class CrawlCommandTest {

  record Run(int code, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return new Run(cl.execute(args), err.toString());
  }

  @Test
  void crawlsAFeedIntoTheIndexStateAndWarc(@TempDir Path dir) throws Exception {
    try (FixtureSite site = new FixtureSite()) {
      Path index = dir.resolve("index");
      Run r = run("crawl", site.url("/feed.xml"), "--index", index.toString(), "--delay", "0.05", "--max-depth", "1",
          "--allow-private-addresses", "--user-agent", "khabar-test/0.1 (+https://example.org/khabar)");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.err().contains("fetched 3, not modified 0, redirected 0, skipped by robots 0, skipped 0, failed 0"), r.err());
      assertTrue(r.err().contains("pages to index 2"), r.err());
      assertTrue(r.err().contains("index: files 0, pages 2, added 2, updated 0"), r.err());
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        assertEquals(2, reader.numDocs());
      }
      Path state = dir.resolve("index-crawl");
      assertTrue(Files.size(state.resolve(CrawlState.FILE)) > 0);
      try (var files = Files.list(state.resolve("warc"))) {
        assertEquals(1, files.count());
      }
      Run again = run("crawl", site.url("/feed.xml"), "--index", index.toString(), "--delay", "0.05", "--max-depth", "1",
          "--allow-private-addresses", "--user-agent", "khabar-test/0.1 (+https://example.org/khabar)");
      assertEquals(0, again.code(), again.err());
      assertTrue(again.err().contains("not modified 2"), again.err());
    }
  }

  @Test
  void aCrawlWhoseEverySeedIsRefusedExitsOne(@TempDir Path dir) throws Exception {
    try (FixtureSite site = new FixtureSite()) {
      // the fixture site is on loopback, which a crawl refuses by default
      Run r = run("crawl", site.url("/feed.xml"), "--index", dir.resolve("index").toString(), "--delay", "0.05",
          "--user-agent", "khabar-test/0.1 (+https://example.org/khabar)");
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("skipped 1, failed 0"), r.err());
      assertTrue(r.err().contains("khabar crawl: nothing was fetched"), r.err());
    }
  }

  @Test
  void badSeedsAreOneClearLine(@TempDir Path dir) throws Exception {
    Run r = run("crawl", "ftp://example.com/x", "--index", dir.resolve("index").toString());
    assertEquals(2, r.code());
    assertEquals("khabar crawl: not an http or https URL: ftp://example.com/x", r.err().strip());
    Path seeds = dir.resolve("seeds.txt");
    Files.write(seeds, List.of("# news sites", "https://news.example/", "news.example/feed"));
    r = run("crawl", "--seeds", seeds.toString(), "--index", dir.resolve("index").toString());
    assertEquals(2, r.code());
    assertEquals("khabar crawl: " + seeds + ":3: not an http or https URL: news.example/feed", r.err().strip());
    r = run("crawl", "--index", dir.resolve("index").toString());
    assertEquals("khabar crawl: no seeds: give URLs or --seeds FILE", r.err().strip());
  }
}
