package khabar.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  static final Instant NOW = Instant.parse("2026-12-04T23:00:00Z");
  private final RetryPolicy policy = new RetryPolicy(CrawlConfig.builder("k/1").maxAttempts(3)
      .backoff(Duration.ofSeconds(5)).maxRetryAfter(Duration.ofMinutes(10)).build());

  @ParameterizedTest(name = "{0} Retry-After {1} attempt {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // status | Retry-After | attempt | retry | wait seconds | reason
    "503 | 120 | 0 | true | 120 | HTTP 503",
    "429 | Fri, 04 Dec 2026 23:01:30 GMT | 0 | true | 90 | HTTP 429",
    "429 | - | 0 | true | 5 | HTTP 429",
    "500 | 120 | 1 | true | 10 | HTTP 500",
    "502 | - | 2 | false | 0 | HTTP 502 (after 3 attempts)",
    "503 | 3600 | 0 | false | 0 | HTTP 503, Retry-After 3600 s is too long",
    "429 | soon | 0 | true | 5 | HTTP 429",
    "404 | - | 0 | false | 0 | HTTP 404",
    "403 | 10 | 0 | false | 0 | HTTP 403",
  })
  void decides(int status, String retryAfter, int attempt, boolean retry, long wait, String reason) {
    RetryPolicy.Decision d = policy.onStatus(status, retryAfter, attempt, NOW);
    assertEquals(new RetryPolicy.Decision(retry, Duration.ofSeconds(wait), reason), d);
  }

  @ParameterizedTest
  @CsvSource({"0, true, 5", "1, true, 10", "2, false, 0"})
  void timeOutsBackOffExponentially(int attempt, boolean retry, long wait) {
    RetryPolicy.Decision d = policy.onError("timed out", attempt);
    assertEquals(retry, d.retry());
    assertEquals(Duration.ofSeconds(wait), d.delay());
  }
}
