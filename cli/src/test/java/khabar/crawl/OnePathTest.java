package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import khabar.cli.Main;
import khabar.index.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same page stored by {@code khabar crawl}, by {@code khabar ingest} (of the saved HTML and of
 * the crawl's WARC file) has the same mentions and the same tagger version, and {@code khabar
 * retag} finds every crawled article current. Crawl once built its tagger without candidate
 * discovery, so its articles differed and retag re-tagged them all.
 */
class OnePathTest {
  private static final String AGENT = "khabar-test/0.1 (+https://example.org/khabar)";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void crawlIngestAndRetagStoreTheSameMentionsAndVersion(@TempDir Path dir) throws Exception {
    Path crawled = dir.resolve("crawled");
    Path fromFiles = dir.resolve("from-files");
    Path fromWarc = dir.resolve("from-warc");
    Path pages = Files.createDirectories(dir.resolve("pages"));
    try (FixtureSite site = new FixtureSite()) {
      Run c = run("crawl", site.url("/feed.xml"), "--index", crawled.toString(), "--gazetteers", "gazetteers",
          "--delay", "0.05", "--max-depth", "1", "--allow-private-addresses", "--user-agent", AGENT);
      assertEquals(0, c.code(), c.err());
      HttpClient http = HttpClient.newHttpClient();
      for (int id : new int[] {1, 7}) {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(site.url("/news/" + id))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        Files.write(pages.resolve(id + ".html"), r.body());
      }
    }
    Run files = run("ingest", pages.toString(), "--index", fromFiles.toString(), "--gazetteers", "gazetteers", "--quiet");
    assertEquals(0, files.code(), files.err());
    Path warc = dir.resolve("crawled-crawl").resolve("warc");
    Run warcs = run("ingest", warc.toString(), "--index", fromWarc.toString(), "--gazetteers", "gazetteers", "--quiet");
    assertEquals(0, warcs.code(), warcs.err());

    Map<String, String> byCrawl = stored(crawled);
    assertEquals(2, byCrawl.size(), byCrawl.toString());
    assertTrue(byCrawl.values().stream().allMatch(v -> v.contains("+c:")), "candidates are part of every path: " + byCrawl);
    assertTrue(byCrawl.values().stream().allMatch(v -> v.contains("\"type\"")), "the pages have mentions: " + byCrawl);
    assertEquals(byCrawl, stored(fromFiles));
    Map<String, String> byWarc = stored(fromWarc); // the WARC file also holds the feed, which crawl does not index
    assertTrue(byWarc.keySet().containsAll(byCrawl.keySet()), byWarc.keySet().toString());
    byWarc.keySet().retainAll(byCrawl.keySet());
    assertEquals(byCrawl, byWarc);

    Run retag = run("retag", "--index", crawled.toString(), "--gazetteers", "gazetteers");
    assertEquals(0, retag.code(), retag.err());
    assertTrue(retag.err().contains("2 article(s): 2 already current, 0 re-tagged"), retag.err());
    assertEquals(byCrawl, stored(crawled));
    assertFalse(retag.out().lines().skip(1).findAny().isPresent(), "no mention changed: " + retag.out());
  }

  /** Id → gazetteer version and stored mentions, for every article of the index. */
  private static Map<String, String> stored(Path index) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields sf = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        Document doc = sf.document(d);
        out.put(doc.get(Fields.ID), doc.get(Fields.GAZETTEER_VERSION) + " " + doc.get(Fields.MENTIONS));
      }
    }
    return out;
  }
}
