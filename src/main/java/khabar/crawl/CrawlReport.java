package khabar.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a crawl run did: URLs per {@link Outcome}, the failures with their reasons, the pages
 * handed to the index, and every request in the order it was sent (host, URL, start, end, status), which is
 * the record the politeness tests read. Thread-safe.
 */
public final class CrawlReport {

  /**
   * One request as sent.
   *
   * @param host the host asked
   * @param url the URL asked
   * @param start when it was sent
   * @param end when the answer was read
   * @param status the HTTP status, or 0 when none came
   */
  public record Request(String host, String url, Instant start, Instant end, int status) {}

  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
  private final List<String> failures = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<Request> requests = new ArrayList<>();
  private int pagesHandedOver;
  private int retries;
  private long bytes;

  synchronized void count(Outcome o, String url, String reason) {
    counts.merge(o, 1, Integer::sum);
    if (o == Outcome.FAILED) failures.add(url + ": " + reason);
    if (o == Outcome.SKIPPED || o == Outcome.ROBOTS) skipped.add(url + ": " + reason);
  }

  synchronized void request(Request r, long bodyBytes) {
    requests.add(r);
    bytes += bodyBytes;
  }

  synchronized void retried() {
    retries++;
  }

  synchronized void handedOver() {
    pagesHandedOver++;
  }

  public synchronized int count(Outcome o) {
    return counts.getOrDefault(o, 0);
  }

  /** "URL: reason" for each URL that failed for good. */
  public synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  /** "URL: reason" for each URL skipped (robots, media type, address, redirects). */
  public synchronized List<String> skipped() {
    return List.copyOf(skipped);
  }

  /** Every request sent, robots.txt included, in the order sent. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** HTML pages handed to the {@link PageSink} (new or changed, not marked noindex). */
  public synchronized int pagesHandedOver() {
    return pagesHandedOver;
  }

  public synchronized int retries() {
    return retries;
  }

  public synchronized String summary() {
    return String.format(Locale.ROOT,
        "requests %d (%d bytes), fetched %d, not modified %d, redirected %d, skipped by robots %d, "
            + "skipped %d, failed %d, retries %d, pages to index %d",
        requests.size(), bytes, count(Outcome.FETCHED), count(Outcome.NOT_MODIFIED), count(Outcome.REDIRECTED),
        count(Outcome.ROBOTS), count(Outcome.SKIPPED), count(Outcome.FAILED), retries, pagesHandedOver);
  }
}
