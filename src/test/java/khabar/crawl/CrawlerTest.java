package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.ingest.Documents;
import khabar.ingest.Ingester;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

class CrawlerTest {
  static final Duration DELAY = Duration.ofMillis(100);
  static final Duration CRAWL_DELAY = Duration.ofMillis(200); // FixtureSite.ROBOTS

  static FixtureSite site;
  static CrawlReport full;
  static final List<Page> pages = Collections.synchronizedList(new ArrayList<>());
  static Path fullDir;
  /** The site's request log of the full crawl, before the other tests add to it. */
  static List<String> fullPaths;
  static List<FixtureSite.Hit> fullHits;

  /** Collects the pages handed over. */
  record ListSink(List<Page> pages) implements PageSink {
    @Override
    public void accept(Page page) {
      pages.add(page);
    }
  }

  static CrawlConfig.Builder config() {
    return CrawlConfig.builder("khabar-test/0.1 (+https://example.org/khabar)")
        .delay(DELAY)
        .readTimeout(Duration.ofSeconds(2))
        .maxBytes(1024 * 1024)
        .maxAttempts(2)
        .backoff(Duration.ofMillis(50))
        .maxRetryAfter(Duration.ofSeconds(5))
        .hostBackoff(Duration.ofMillis(100))
        .allowPrivateAddresses(true);
  }

  static CrawlReport crawl(CrawlConfig c, Path dir, PageSink sink, boolean resume, String... seeds) throws IOException {
    try (CrawlState state = CrawlState.open(dir.resolve("state"));
        WarcOutput warc = new WarcOutput(dir.resolve("warc"), "khabar test", Clock.systemUTC().instant());
        HttpFetcher fetcher = new HttpFetcher(c, Clock.systemUTC())) {
      return new Crawler(c, fetcher, state, warc, sink, Clock.systemUTC(), line -> {}).crawl(List.of(seeds), resume);
    }
  }

  @BeforeAll
  static void crawlTheSite(@TempDir Path dir) throws IOException {
    site = new FixtureSite();
    site.warmUp();
    fullDir = dir;
    full = crawl(config().build(), dir, new ListSink(pages), false,
        site.url("/"), site.url("/feed.xml"), site.url("/sitemap-index.xml"), "http://localhost:" + site.port + "/");
    fullPaths = site.paths();
    fullHits = List.copyOf(site.hits);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void fetchesExactlyTheReachableAllowedUrls() {
    Map<String, Long> counts = fullPaths.stream().collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
    Map<String, Long> expected = new TreeMap<>();
    for (String p : List.of("/robots.txt", "/", "/feed.xml", "/sitemap-index.xml", "/sitemap-news.xml.gz",
        "/news/1", "/news/2", "/news/3", "/news/4", "/news/5", "/news/6", "/news/7", "/news/99",
        "/old", "/loop-a", "/loop-b", "/huge", "/report.pdf", "/cp1256")) {
      expected.put(p, 1L);
    }
    expected.put("/slow", 2L);   // timed out twice: maxAttempts 2
    expected.put("/broken", 2L); // 500 twice
    expected.put("/busy", 2L);   // 429, then 200 after Retry-After
    assertEquals(expected, counts);
  }

  @Test
  void robotsTxtDisallowsPathsWildcardsAndUnreachableHosts() {
    assertEquals(3, full.count(Outcome.ROBOTS));
    Set<String> robots = full.skipped().stream().filter(s -> s.contains("robots")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of(
        "http://localhost:" + site.port + "/: robots.txt unreachable: disallowed for now",
        site.url("/news/3?print=1") + ": disallowed by robots.txt",
        site.url("/private/secret") + ": disallowed by robots.txt")), robots);
    // the 503 robots.txt was asked once, and nothing else on that host
    assertEquals(List.of(new FixtureSite.Hit("localhost", "/robots.txt", null)),
        fullHits.stream().filter(h -> h.host().equals("localhost")).toList());
  }

  @Test
  void countsEveryOutcome() {
    assertEquals(13, full.count(Outcome.FETCHED));
    assertEquals(3, full.count(Outcome.REDIRECTED));
    assertEquals(1, full.count(Outcome.SKIPPED));
    assertEquals(3, full.retries()); // slow, broken, busy
    assertEquals(new TreeSet<>(List.of(
        site.url("/broken") + ": HTTP 500 (after 2 attempts)",
        site.url("/huge") + ": body larger than 1048576 bytes",
        site.url("/news/99") + ": HTTP 404")),
        full.failures().stream().filter(f -> !f.contains("/slow")).collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(1, full.failures().stream().filter(f -> f.startsWith(site.url("/slow") + ": ") && f.contains("after 2 attempts")).count());
    assertEquals(List.of(site.url("/report.pdf") + ": media type application/pdf is not crawled"),
        full.skipped().stream().filter(s -> !s.contains("robots")).toList());
  }

  @Test
  void oneRequestPerHostAtATimeWithTheCrawlDelayBetween() {
    List<CrawlReport.Request> main = full.requests().stream().filter(r -> r.host().equals("127.0.0.1")).toList();
    assertEquals(fullPaths.size(), main.size());
    assertTrue(main.get(0).url().endsWith("/robots.txt"));
    for (int i = 2; i < main.size(); i++) {
      CrawlReport.Request before = main.get(i - 1);
      CrawlReport.Request r = main.get(i);
      Duration gap = Duration.between(before.end(), r.start());
      assertFalse(gap.compareTo(CRAWL_DELAY) < 0, "only " + gap + " between " + before + " and " + r);
    }
  }

  @Test
  void retryAfterIsWaitedFor() {
    List<CrawlReport.Request> busy = full.requests().stream().filter(r -> r.url().endsWith("/busy")).toList();
    assertEquals(List.of(429, 200), busy.stream().map(CrawlReport.Request::status).toList());
    Duration gap = Duration.between(busy.get(0).end(), busy.get(1).start());
    assertFalse(gap.compareTo(Duration.ofSeconds(1)) < 0, "retried after " + gap);
  }

  @Test
  void perHostOrderIsSeedsThenBreadthFirst() {
    List<String> order = fullPaths;
    assertEquals(List.of("/robots.txt", "/", "/feed.xml", "/sitemap-index.xml"), order.subList(0, 4));
    assertTrue(order.indexOf("/news/1") < order.indexOf("/news/3"), order.toString());
    assertTrue(order.indexOf("/sitemap-news.xml.gz") < order.indexOf("/news/5"), order.toString());
  }

  @Test
  void handsOverHtmlPagesDecodedUnderTheirCanonicalUrl() {
    Set<String> urls = pages.stream().map(Page::url).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>();
    for (String p : List.of("/", "/busy", "/cp1256", "/news/1", "/news/2", "/news/3", "/news/4", "/news/5", "/news/6", "/news/7")) {
      expected.add(site.url(p));
    }
    assertEquals(expected, urls);
    Page legacy = pages.stream().filter(p -> p.url().endsWith("/cp1256")).findFirst().orElseThrow();
    assertTrue(legacy.content().contains("كتبت هذه الصفحة بترميز ويندوز العربي."), legacy.content());
    Page moved = pages.stream().filter(p -> p.url().endsWith("/news/4")).findFirst().orElseThrow();
    assertTrue(moved.content().contains(FixtureSite.ARTICLES.get(4)[1]));
  }

  @Test
  void writesARequestAndAResponseRecordPerExchange() throws IOException {
    int requests = 0;
    int responses = 0;
    String arabic = null;
    List<Path> files;
    try (var s = Files.list(fullDir.resolve("warc"))) {
      files = s.sorted().toList();
    }
    assertEquals(1, files.size());
    try (WarcReader reader = new WarcReader(files.get(0))) {
      for (WarcRecord r : reader) {
        if (r instanceof WarcRequest) requests++;
        if (r instanceof WarcResponse resp) {
          responses++;
          if (resp.target().equals(site.url("/news/2"))) {
            arabic = new String(resp.http().body().stream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          }
        }
      }
    }
    assertEquals(full.requests().stream().filter(r -> r.status() != 0).count(), responses);
    assertEquals(responses, requests);
    assertTrue(arabic != null && arabic.contains(FixtureSite.ARTICLES.get(2)[1]));
  }

  @Test
  void khabarIngestReadsTheWarcFiles(@TempDir Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
      khabar.ingest.IngestReport r = new Ingester(new Documents(new Tagger(GazetteerLoader.load(Path.of("gazetteers")))))
          .ingest(List.of(fullDir.resolve("warc")), index);
      // the ten HTML pages handed over during the crawl, the cut-off 200 page of /huge, and robots.txt (text/plain)
      assertEquals(12, r.pages(), r.summary());
      assertEquals(12, r.added() + r.failed(), r.summary());
    }
  }

  @Test
  void secondRunAsksConditionallyAndGetsNotModified(@TempDir Path dir) throws IOException {
    CrawlConfig c = config().maxDepth(1).build(); // the feed's entries, not their links
    List<Page> first = new ArrayList<>();
    crawl(c, dir, new ListSink(first), false, site.url("/feed.xml"));
    assertEquals(2, first.size());
    List<Page> second = new ArrayList<>();
    CrawlReport again = crawl(c, dir, new ListSink(second), false, site.url("/feed.xml"));
    assertEquals(2, again.count(Outcome.NOT_MODIFIED));
    assertEquals(1, again.count(Outcome.FETCHED)); // the feed has no validator
    assertEquals(List.of(), second);
  }

  @Test
  void resumesAnInterruptedRunWithoutRefetching(@TempDir Path dir) throws IOException {
    CrawlConfig limited = config().maxDepth(1).maxPages(2).build();
    int before = site.count("127.0.0.1/sitemap-index.xml");
    CrawlReport first = crawl(limited, dir, new ListSink(new ArrayList<>()), false, site.url("/sitemap-index.xml"));
    assertEquals(2, first.count(Outcome.FETCHED)); // the index and the gzipped sitemap
    List<Page> rest = new ArrayList<>();
    CrawlReport second = crawl(config().maxDepth(1).build(), dir, new ListSink(rest), true, site.url("/sitemap-index.xml"));
    assertEquals(List.of(site.url("/news/5"), site.url("/news/6")), rest.stream().map(Page::url).sorted().toList());
    assertEquals(2, second.count(Outcome.FETCHED));
    assertEquals(before + 1, site.count("127.0.0.1/sitemap-index.xml"));
    try (CrawlState state = CrawlState.open(dir.resolve("state"))) {
      assertFalse(state.interrupted());
    }
  }

  @Test
  void refusesPrivateAddressesUnlessAllowed(@TempDir Path dir) throws IOException {
    int before = site.hits.size();
    CrawlReport r = crawl(config().allowPrivateAddresses(false).build(), dir, new ListSink(new ArrayList<>()), false, site.url("/news/1"));
    assertEquals(1, r.count(Outcome.SKIPPED));
    assertTrue(r.skipped().get(0).contains("resolves to the non-public address 127.0.0.1"), r.skipped().toString());
    assertEquals(before, site.hits.size());
  }

  @Test
  void indexesTheArticlesThroughTheIngestPath(@TempDir Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
      IndexingSink sink = new IndexingSink(new Ingester(new Documents(new Tagger(GazetteerLoader.load(Path.of("gazetteers"))))), index);
      CrawlReport r = crawl(config().maxDepth(1).build(), dir, sink, false, site.url("/feed.xml"));
      assertEquals(2, r.pagesHandedOver());
      assertEquals(2, sink.report().added());
      assertEquals(0, sink.report().failed());
    }
    try (DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir.resolve("index")))) {
      StoredFields fields = reader.storedFields();
      Set<String> urls = new TreeSet<>();
      for (int i = 0; i < reader.maxDoc(); i++) urls.add(fields.document(i).get(khabar.index.Fields.URL));
      assertEquals(new TreeSet<>(List.of(site.url("/news/1"), site.url("/news/7"))), urls);
    }
  }
}
