package khabar.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import khabar.crawl.CrawlConfig;
import khabar.crawl.CrawlReport;
import khabar.crawl.CrawlState;
import khabar.crawl.Crawler;
import khabar.crawl.HttpFetcher;
import khabar.crawl.WarcOutput;

/**
 * Crawler throughput against a local server: N generated Arabic article pages (default 2,000, about
 * 6 KB each, each linking to the next ten) on two host names of the loopback interface, crawled with
 * no politeness delay, so the figure is the crawler's own cost per page (fetch, WARC record, state
 * log, link extraction), not the network's. Indexing is left out (IngestBench-style figures cover it).
 * Run after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.CrawlBench [N] [DIR]
 * </pre>
 */
public final class CrawlBench {
  private CrawlBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("crawlbench");
    String paragraph = "أعلنت الشركة عن معالج جديد لمراكز البيانات بقيمة عشرة مليارات دولار، وقال المحللون إن السوق ستنمو. ".repeat(30);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    AtomicLong served = new AtomicLong();
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body;
      int status = 200;
      if (path.startsWith("/p/")) {
        int id = Integer.parseInt(path.substring(3));
        StringBuilder b = new StringBuilder("<!doctype html><html lang='ar'><head><meta charset='utf-8'><title>خبر ")
            .append(id).append("</title></head><body><nav>");
        for (int k = 1; k <= 10; k++) {
          int next = id + k;
          if (next < n) b.append("<a href='http://").append(next % 2 == 0 ? "127.0.0.1" : "localhost").append(':')
              .append(server.getAddress().getPort()).append("/p/").append(next).append("'>").append(next).append("</a>");
        }
        b.append("</nav><article><h1>خبر ").append(id).append("</h1><p>").append(paragraph).append("</p></article></body></html>");
        body = b.toString().getBytes(StandardCharsets.UTF_8);
      } else {
        status = 404;
        body = new byte[0];
      }
      served.addAndGet(body.length);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    CrawlConfig config = CrawlConfig.builder("khabar-bench/0.1 (+https://example.org/khabar)")
        .delay(Duration.ZERO).maxDepth(Integer.MAX_VALUE).maxPages(n + 10).maxPagesPerHost(n + 10)
        .allowPrivateAddresses(true).build();
    AtomicLong pages = new AtomicLong();
    long t0 = System.nanoTime();
    CrawlReport report;
    try (CrawlState state = CrawlState.open(dir.resolve("state"));
        WarcOutput warc = new WarcOutput(dir.resolve("warc"), "khabar bench", Clock.systemUTC().instant());
        HttpFetcher fetcher = new HttpFetcher(config, Clock.systemUTC())) {
      Crawler crawler = new Crawler(config, fetcher, state, warc, page -> pages.incrementAndGet(),
          Clock.systemUTC(), line -> {});
      report = crawler.crawl(List.of(base + "/p/0", "http://localhost:" + server.getAddress().getPort() + "/p/1"), false);
    } finally {
      server.stop(0);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.println(report.summary());
    System.out.printf(Locale.ROOT, "%d pages in %.2f s: %.0f pages/s, %.1f MB/s served; state and WARC in %s%n",
        pages.get(), s, pages.get() / s, served.get() / s / 1e6, dir);
    System.exit(0);
  }
}
