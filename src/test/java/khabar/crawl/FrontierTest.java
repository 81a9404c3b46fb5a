package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration SECOND = Duration.ofSeconds(1);

  static CrawlUrl page(String url) {
    return new CrawlUrl(url, 1, CrawlUrl.Kind.PAGE, 0, 0);
  }

  @Test
  void oneFetchPerHostAndTheDelayAfterItsEnd() {
    Frontier f = new Frontier(SECOND, 100);
    f.add(page("https://a.example/1"));
    f.add(page("https://a.example/2"));
    f.add(page("https://b.example/1"));
    assertEquals("https://a.example/1", f.next(T0).url().url());
    assertEquals("https://b.example/1", f.next(T0).url().url()); // a is busy, b may go
    Frontier.Next none = f.next(T0);
    assertNull(none.url());
    assertFalse(none.exhausted()); // fetches are under way
    f.done("a.example", T0.plusMillis(300));
    Frontier.Next wait = f.next(T0.plusMillis(400));
    assertEquals(T0.plusMillis(1300), wait.wakeAt());
    assertNull(f.next(T0.plusMillis(1299)).url());
    assertEquals("https://a.example/2", f.next(T0.plusMillis(1300)).url().url());
  }

  @Test
  void crawlDelayWinsOnlyWhenLonger() {
    Frontier f = new Frontier(SECOND, 100);
    f.delay("a.example", Duration.ofMillis(200));
    assertEquals(SECOND, f.delayOf("a.example"));
    f.delay("a.example", Duration.ofSeconds(5));
    assertEquals(Duration.ofSeconds(5), f.delayOf("a.example"));
  }

  @Test
  void eachUrlEntersOncePerRun() {
    Frontier f = new Frontier(SECOND, 100);
    assertTrue(f.add(page("https://a.example/1")));
    assertFalse(f.add(page("https://a.example/1")));
    f.markSeen("https://a.example/2");
    assertFalse(f.add(page("https://a.example/2")));
    assertEquals(1, f.pending().size());
  }

  @Test
  void aRetryGoesFirstAfterItsWait() {
    Frontier f = new Frontier(SECOND, 100);
    f.add(page("https://a.example/1"));
    f.add(page("https://a.example/2"));
    CrawlUrl first = f.next(T0).url();
    f.retry(first.retried(), T0.plusSeconds(30));
    f.done("a.example", T0.plusMillis(100));
    assertEquals(T0.plusSeconds(30), f.next(T0.plusSeconds(2)).wakeAt());
    CrawlUrl again = f.next(T0.plusSeconds(30)).url();
    assertEquals("https://a.example/1", again.url());
    assertEquals(1, again.attempt());
  }

  @Test
  void stopsHandingOutAHostAtItsLimit() {
    Frontier f = new Frontier(Duration.ZERO, 2);
    for (int i = 1; i <= 4; i++) f.add(page("https://a.example/" + i));
    f.add(page("https://b.example/1"));
    Instant t = T0;
    int handed = 0;
    for (Frontier.Next n = f.next(t); !n.exhausted(); n = f.next(t)) {
      if (n.url() == null) continue;
      handed++;
      f.done(n.url().url().contains("a.example") ? "a.example" : "b.example", t);
      t = t.plusMillis(1);
    }
    assertEquals(3, handed);
    assertEquals(List.of("https://a.example/3", "https://a.example/4"), f.pending().stream().map(CrawlUrl::url).toList());
  }

  @Test
  void theHostReadyLongestGoesFirst() {
    Frontier f = new Frontier(SECOND, 100);
    f.add(page("https://a.example/1"));
    f.add(page("https://b.example/1"));
    f.add(page("https://a.example/2"));
    f.add(page("https://b.example/2"));
    assertEquals("https://a.example/1", f.next(T0).url().url());
    assertEquals("https://b.example/1", f.next(T0).url().url());
    f.done("b.example", T0.plusMillis(10));
    f.done("a.example", T0.plusMillis(20));
    assertEquals("https://b.example/2", f.next(T0.plusSeconds(2)).url().url());
    assertEquals("https://a.example/2", f.next(T0.plusSeconds(2)).url().url());
    assertTrue(f.next(T0.plusSeconds(2)).url() == null);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"1, 0", "2, 0", "3, 30", "4, 60", "5, 120", "7, 480", "8, 600", "40, 600"})
  void aFailingHostIsBackedOffDoublingUpToTenMinutes(int errors, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), Frontier.backoff(errors, Duration.ofSeconds(30)));
  }

  @Test
  void theBackOffHoldsTheHostAndOneAnswerEndsTheStreak() {
    Frontier f = new Frontier(SECOND, 100, Duration.ofSeconds(30));
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 1; i <= 5; i++) f.add(new CrawlUrl("https://a.example/" + i, 1, CrawlUrl.Kind.PAGE, 0, 0));
    for (int i = 0; i < 3; i++) {
      Frontier.Next n = f.next(t.plusSeconds(i * 2L));
      f.failed("a.example", t.plusSeconds(i * 2L));
      f.done("a.example", t.plusSeconds(i * 2L));
    }
    assertEquals(t.plusSeconds(4 + 30), f.next(t.plusSeconds(5)).wakeAt());
    f.answered("a.example");
    f.next(t.plusSeconds(40));
    assertEquals(Duration.ZERO, f.failed("a.example", t.plusSeconds(41)));
  }
}
