package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BodyWatchTest {
  static final CrawlConfig CONFIG = CrawlConfig.builder("k/1").bodyTimeout(Duration.ofSeconds(60)).minBytesPerSecond(1024).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "5     | 0       | -",
    "9.9   | 10      | -",
    "11    | 10      | body arrived slower than 1024 bytes/s",
    "11    | 20000   | -",
    "59    | 100000  | -",
    "61    | 9000000 | body took longer than 60 s",
  })
  void theRule(double seconds, long bytes, String verdict) {
    assertEquals(verdict, BodyWatch.verdict((long) (seconds * 1e9), bytes, CONFIG));
  }

  @Test
  void aTricklingBodyIsGivenUpAtTheBodyTimeOut() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 600; i++) { // a byte every 100 ms for a minute
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException e) {
        // the client went away, as it should
      }
    });
    server.start();
    CrawlConfig cfg = CrawlConfig.builder("k/1").bodyTimeout(Duration.ofSeconds(2)).allowPrivateAddresses(true).build();
    try (HttpFetcher f = new HttpFetcher(cfg, Clock.systemUTC())) {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow";
      long t0 = System.nanoTime();
      IOException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> assertThrows(IOException.class, () -> f.get(url, List.of(), t -> true)));
      assertEquals(url + ": body took longer than 2 s", e.getMessage());
      assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
    } finally {
      server.stop(0);
    }
  }
}
