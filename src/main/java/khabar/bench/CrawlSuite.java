package khabar.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import khabar.crawl.CrawlConfig;
import khabar.crawl.CrawlState;
import khabar.crawl.Crawler;
import khabar.crawl.HttpFetcher;
import khabar.crawl.WarcOutput;

/**
 * The crawler's own cost per page: the generated pages served from the loopback interface, linked
 * from one start page, crawled with no politeness delay (robots.txt, fetch, WARC record, state log,
 * link extraction; indexing is the ingest suite's), against the JDK's HTTP client fetching the same
 * pages one at a time from the same server.
 */
final class CrawlSuite implements Suite {
  static final String AGENT = "khabar-bench/0.1 (+https://example.org/khabar)";

  @Override
  public String name() {
    return "crawl";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<String> pages = ctx.pages();
    int n = pages.size();
    long bytes = 0;
    for (String p : pages) bytes += BenchContext.utf8(p);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body = null;
      if (path.equals("/")) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang='ar'><head><meta charset='utf-8'><title>أخبار</title></head><body>");
        for (int i = 0; i < n; i++) b.append("<a href='/p/").append(i).append("'>").append(i).append("</a> ");
        body = b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
      } else if (path.startsWith("/p/")) {
        body = pages.get(Integer.parseInt(path.substring(3))).getBytes(StandardCharsets.UTF_8);
      }
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        if (body != null) out.write(body);
      }
    });
    server.start();
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < n; i++) urls.add(URI.create(base + "/p/" + i));
    Path work = ctx.config.work().resolve("crawl");
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (int w = 0; w < ctx.config.warmup(); w++) {
        fetchAll(http, urls);
        crawl(base, n, work.resolve("warmup-" + w));
      }
      Result plain = Harness.once(name(), "baseline: JDK HttpClient GET of the same pages, one at a time", "pages", n, bytes,
          () -> fetchAll(http, urls));
      long[] crawled = new long[1];
      Result r = Harness.once(name(), "Crawler.crawl (robots, fetch, WARC, state, links; no delay)", "pages", n, bytes,
          () -> crawled[0] = crawl(base, n, work.resolve("run")));
      if (crawled[0] != n + 1) throw new IllegalStateException("the crawler handed over " + crawled[0] + " of " + (n + 1) + " pages");
      return List.of(plain, r.against(plain));
    } finally {
      server.stop(0);
      pool.shutdown();
      IngestSuite.delete(work);
    }
  }

  private static void fetchAll(HttpClient http, List<URI> urls) throws Exception {
    for (URI u : urls) {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) throw new IllegalStateException(u + ": HTTP " + r.statusCode());
    }
  }

  /** Crawls the start page and the pages it links to; returns the pages handed over. */
  private static long crawl(String base, int n, Path dir) throws Exception {
    IngestSuite.delete(dir);
    CrawlConfig config = CrawlConfig.builder(AGENT).delay(Duration.ZERO).maxDepth(1).maxPages(n + 10)
        .maxPagesPerHost(n + 10).threads(1).allowPrivateAddresses(true).build();
    AtomicLong handed = new AtomicLong();
    Clock clock = Clock.systemUTC();
    try (CrawlState state = CrawlState.open(dir.resolve("state"));
        WarcOutput warc = new WarcOutput(dir.resolve("warc"), "khabar bench", clock.instant());
        HttpFetcher fetcher = new HttpFetcher(config, clock)) {
      new Crawler(config, fetcher, state, warc, page -> handed.incrementAndGet(), clock, line -> {}).crawl(List.of(base + "/"), false);
    }
    return handed.get();
  }
}
