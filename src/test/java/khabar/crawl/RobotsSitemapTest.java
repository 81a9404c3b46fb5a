package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import khabar.extract.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small sites on loopback: one whose articles are listed only in robots.txt's sitemap, one that redirects off-site. */
class RobotsSitemapTest {
  @Test
  void sitemapsNamedInRobotsTxtAreSeeds(@TempDir Path dir) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    List<String> paths = Collections.synchronizedList(new ArrayList<>());
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      paths.add(path);
      String type = "text/html; charset=utf-8";
      String body = switch (path) {
        case "/robots.txt" -> {
          type = "text/plain";
          yield "User-agent: *\nAllow: /\nSitemap: " + base + "/news-sitemap.xml\n";
        }
        case "/news-sitemap.xml" -> {
          type = "application/xml";
          yield "<?xml version='1.0'?><urlset><url><loc>" + base + "/a/1</loc></url></urlset>";
        }
        case "/" -> "<html><body><p>الصفحة الرئيسية بلا روابط.</p></body></html>";
        default -> "<html><body><p>خبر عن شركة ناشئة في الرياض تطلق شريحة جديدة للذكاء الاصطناعي.</p></body></html>";
      };
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(200, b.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    });
    server.start();
    try {
      CrawlConfig c = CrawlConfig.builder("khabar-test/0.1 (+https://example.org/khabar)").delay(Duration.ofMillis(20))
          .allowPrivateAddresses(true).build();
      List<Page> pages = Collections.synchronizedList(new ArrayList<>());
      try (CrawlState state = CrawlState.open(dir.resolve("state"));
          WarcOutput warc = new WarcOutput(dir.resolve("warc"), "khabar test", Clock.systemUTC().instant());
          HttpFetcher fetcher = new HttpFetcher(c, Clock.systemUTC())) {
        new Crawler(c, fetcher, state, warc, pages::add, Clock.systemUTC(), line -> {}).crawl(List.of(base + "/"), false);
      }
      assertEquals(List.of("/robots.txt", "/", "/news-sitemap.xml", "/a/1"), paths);
      assertEquals(List.of(base + "/", base + "/a/1"), pages.stream().map(Page::url).toList());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aLinkRedirectingOffTheSeedHostsIsCountedAsSkipped(@TempDir Path dir) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/robots.txt")) {
        ex.sendResponseHeaders(404, -1);
      } else if (path.equals("/")) {
        byte[] b = "<html><body><p>الرئيسية</p><a href=\"/old\">خبر قديم</a></body></html>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
      } else {
        ex.getResponseHeaders().set("Location", "https://elsewhere.example/moved");
        ex.sendResponseHeaders(301, -1);
      }
      ex.close();
    });
    server.start();
    try {
      String seed = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      CrawlConfig c = CrawlConfig.builder("khabar-test/0.1 (+https://example.org/khabar)").delay(Duration.ofMillis(20))
          .allowPrivateAddresses(true).build();
      CrawlReport r;
      try (CrawlState state = CrawlState.open(dir.resolve("state"));
          WarcOutput warc = new WarcOutput(dir.resolve("warc"), "khabar test", Clock.systemUTC().instant());
          HttpFetcher fetcher = new HttpFetcher(c, Clock.systemUTC())) {
        r = new Crawler(c, fetcher, state, warc, page -> {}, Clock.systemUTC(), line -> {}).crawl(List.of(seed), false);
      }
      assertEquals(1, r.count(Outcome.REDIRECTED));
      assertEquals(List.of("https://elsewhere.example/moved: redirect target not followed: off the seed hosts"), r.skipped());
    } finally {
      server.stop(0);
    }
  }
}
