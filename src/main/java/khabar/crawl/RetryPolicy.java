package khabar.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Whether a failed fetch is tried again, and when. 429 and 503 wait for the server's
 * {@code Retry-After} (seconds or an HTTP date) when it gives one; other 5xx answers, time-outs and
 * broken connections wait {@code backoff × 2^attempt}. Other 4xx answers are final, and so is a
 * {@code Retry-After} beyond the configured maximum. After {@code maxAttempts} tries the URL is
 * recorded as failed.
 */
public final class RetryPolicy {

  /**
   * The verdict on one failure.
   *
   * @param retry whether to try again
   * @param delay how long to wait first (zero when not retrying)
   * @param reason why the URL failed, for the report
   */
  public record Decision(boolean retry, Duration delay, String reason) {}

  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxRetryAfter;

  public RetryPolicy(CrawlConfig config) {
    this.maxAttempts = config.maxAttempts();
    this.backoff = config.backoff();
    this.maxRetryAfter = config.maxRetryAfter();
  }

  /**
   * The decision for an HTTP answer with {@code status} on the {@code attempt}-th try (0 first).
   *
   * @param retryAfter the Retry-After header, or null
   */
  public Decision onStatus(int status, String retryAfter, int attempt, Instant now) {
    String reason = "HTTP " + status;
    boolean transientStatus = status == 429 || status >= 500;
    if (!transientStatus) return new Decision(false, Duration.ZERO, reason);
    Duration wait = exponential(attempt);
    if ((status == 429 || status == 503) && retryAfter != null) {
      Duration asked = parseRetryAfter(retryAfter, now);
      if (asked != null) {
        if (asked.compareTo(maxRetryAfter) > 0) {
          return new Decision(false, Duration.ZERO, reason + ", Retry-After " + asked.toSeconds() + " s is too long");
        }
        wait = asked;
      }
    }
    return giveUpAfterLast(attempt, wait, reason);
  }

  /** The decision after a time-out or a broken connection on the {@code attempt}-th try. */
  public Decision onError(String what, int attempt) {
    return giveUpAfterLast(attempt, exponential(attempt), what);
  }

  private Decision giveUpAfterLast(int attempt, Duration wait, String reason) {
    if (attempt + 1 >= maxAttempts) {
      return new Decision(false, Duration.ZERO, reason + " (after " + (attempt + 1) + " attempts)");
    }
    return new Decision(true, wait, reason);
  }

  private Duration exponential(int attempt) {
    return backoff.multipliedBy(1L << Math.min(attempt, 16));
  }

  /** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); null when unreadable. */
  public static Duration parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) return Duration.ofSeconds(Long.parseLong(v));
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
