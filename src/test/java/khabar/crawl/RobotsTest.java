package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crawlercommons.robots.BaseRobotRules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String ORIGIN = "https://news.example";
  static final String FILE = """
      User-agent: *
      Disallow: /

      User-agent: khabar
      Disallow: /private/
      Disallow: /*?print=
      Allow: /private/open$
      Crawl-delay: 2
      """;

  private final Robots robots = new Robots(CrawlConfig.builder("khabar/0.1 (+https://example.org)").build());

  private BaseRobotRules rules(String body) {
    return robots.fetched(ORIGIN, 200, "text/plain", body.getBytes(StandardCharsets.UTF_8), T0);
  }

  @ParameterizedTest
  @CsvSource({
    "/news/1, true",
    "/private/x, false",
    "/private/open, true",
    "/private/open/more, false",
    "/news/1?print=1, false",
    "/news/1?page=2, true",
  })
  void obeysTheGroupOfOurProductToken(String path, boolean allowed) {
    assertEquals(allowed, rules(FILE).isAllowed(ORIGIN + path));
  }

  @Test
  void readsTheCrawlDelay() {
    assertEquals(2000, rules(FILE).getCrawlDelay());
  }

  @Test
  void aCrawlDelayAboveTheMaximumClosesTheSite() {
    assertTrue(rules("User-agent: *\nCrawl-delay: 60\n").isAllowNone());
  }

  @Test
  void unavailableMeansAllowAndUnreachableMeansDisallowForAWhile() {
    assertTrue(robots.fetched(ORIGIN, 404, "", new byte[0], T0).isAllowAll());
    assertTrue(robots.fetched("https://down.example", 503, "", new byte[0], T0).isAllowNone());
    assertTrue(robots.unreachable("https://gone.example", T0).isAllowNone());
    assertNotNull(robots.cached("https://down.example", T0.plus(Robots.UNREACHABLE_TTL).minusSeconds(1)));
    assertNull(robots.cached("https://down.example", T0.plus(Robots.UNREACHABLE_TTL)));
  }

  @Test
  void cachesForADay() {
    rules(FILE);
    assertNotNull(robots.cached(ORIGIN, T0.plus(Duration.ofHours(23))));
    assertNull(robots.cached(ORIGIN, T0.plus(Robots.TTL)));
  }

  @Test
  void parsesOnlyTheFirst512KiB() {
    String padding = "# " + "x".repeat(Robots.MAX_BYTES) + "\n";
    assertFalse(rules("User-agent: *\n" + padding + "Disallow: /\n").isAllowNone());
  }
}
