package khabar.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URLs still to fetch, one queue per host, and the politeness schedule over them: a host is
 * handed out to one fetch at a time, and only once its delay since the end of the previous fetch has
 * passed. Within a host URLs go first in, first out (seeds, then what they list, breadth first);
 * across hosts the one ready longest goes first. Each URL enters once per run.
 *
 * <p>A host that keeps failing is backed off: from the {@value #BACKOFF_AFTER}th error in a row
 * (time-outs, refused connections, 5xx, 429, on any of its URLs) it waits the back-off base (30 s unless set),
 * doubling with each further error up to {@link #BACKOFF_MAX}, before its next request; one
 * answer that is not an error ends the streak.
 *
 * <p>Pure and not thread-safe: the crawler calls it under its own lock and passes the time in, so
 * the schedule can be tested without waiting.
 */
public final class Frontier {

  private static final class Host {
    final ArrayDeque<CrawlUrl> queue = new ArrayDeque<>();
    Instant readyAt = Instant.MIN;
    Duration delay;
    boolean busy;
    int dispatched;
    int errors;

    Host(Duration delay) {
      this.delay = delay;
    }
  }

  /**
   * What {@link #next} gives: a URL to fetch now, or the time to ask again, or nothing left.
   *
   * @param url the URL to fetch, or null
   * @param wakeAt when a host becomes ready, or null when no queue holds anything fetchable
   */
  public record Next(CrawlUrl url, Instant wakeAt) {
    public boolean exhausted() {
      return url == null && wakeAt == null;
    }
  }

  private final Duration defaultDelay;
  private final int maxPerHost;
  private final Map<String, Host> hosts = new LinkedHashMap<>();
  private final Set<String> entered = new HashSet<>();

  public Frontier(Duration defaultDelay, int maxPerHost) {
    this(defaultDelay, maxPerHost, DEFAULT_BACKOFF);
  }

  /** @param backoffBase the first back-off of a failing host (see the class comment) */
  public Frontier(Duration defaultDelay, int maxPerHost, Duration backoffBase) {
    this.defaultDelay = defaultDelay;
    this.maxPerHost = maxPerHost;
    this.backoffBase = backoffBase;
  }

  /** Adds {@code u} unless it already entered this run; returns whether it was added. */
  public boolean add(CrawlUrl u) {
    if (!entered.add(u.url())) return false;
    host(Scope.host(u.url())).queue.addLast(u);
    return true;
  }

  /** Marks {@code url} as already handled this run (resumed state), so it is never added. */
  public void markSeen(String url) {
    entered.add(url);
  }

  public boolean seen(String url) {
    return entered.contains(url);
  }

  /** Puts {@code u} back at the head of its host's queue and keeps the host closed until {@code notBefore}. */
  public void retry(CrawlUrl u, Instant notBefore) {
    Host h = host(Scope.host(u.url()));
    h.queue.addFirst(u);
    if (notBefore.isAfter(h.readyAt)) h.readyAt = notBefore;
  }

  static final int BACKOFF_AFTER = 3;
  static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(30);
  static final Duration BACKOFF_MAX = Duration.ofMinutes(10);
  private final Duration backoffBase;

  /** A request to {@code host} ended in an error at {@code now}; returns the host's back-off (zero when none). */
  public Duration failed(String host, Instant now) {
    Host h = host(host);
    h.errors++;
    Duration wait = backoff(h.errors, backoffBase);
    Instant ready = now.plus(wait);
    if (ready.isAfter(h.readyAt)) h.readyAt = ready;
    return wait;
  }

  /** A request to {@code host} got an answer that is not an error: its error streak ends. */
  public void answered(String host) {
    host(host).errors = 0;
  }

  /** The back-off after {@code errors} errors in a row. */
  static Duration backoff(int errors, Duration base) {
    if (errors < BACKOFF_AFTER) return Duration.ZERO;
    int doublings = Math.min(errors - BACKOFF_AFTER, 20);
    Duration d = base.multipliedBy(1L << doublings);
    return d.compareTo(BACKOFF_MAX) > 0 ? BACKOFF_MAX : d;
  }

  /** Sets a host's delay, e.g. from its robots.txt Crawl-delay; never below the configured delay. */
  public void delay(String host, Duration crawlDelay) {
    Host h = host(host);
    h.delay = crawlDelay.compareTo(defaultDelay) > 0 ? crawlDelay : defaultDelay;
  }

  public Duration delayOf(String host) {
    return host(host).delay;
  }

  /**
   * The next URL to fetch at {@code now}; its host is busy until {@link #done}. A host that was
   * handed out its per-host limit of URLs gives no more.
   */
  public Next next(Instant now) {
    Host best = null;
    Instant wake = null;
    for (Host h : hosts.values()) {
      if (h.busy || h.queue.isEmpty() || h.dispatched >= maxPerHost) continue;
      if (!h.readyAt.isAfter(now)) {
        if (best == null || h.readyAt.isBefore(best.readyAt)) best = h;
      } else if (wake == null || h.readyAt.isBefore(wake)) {
        wake = h.readyAt;
      }
    }
    if (best == null) {
      boolean busy = hosts.values().stream().anyMatch(h -> h.busy);
      return new Next(null, wake == null && busy ? now.plus(defaultDelay) : wake);
    }
    best.busy = true;
    CrawlUrl u = best.queue.pollFirst();
    if (u.attempt() == 0 && u.redirects() == 0) best.dispatched++;
    return new Next(u, null);
  }

  /** The fetch from {@code host} ended at {@code end}: the host is free after its delay. */
  public void done(String host, Instant end) {
    Host h = host(host);
    h.busy = false;
    Instant ready = end.plus(h.delay);
    if (ready.isAfter(h.readyAt)) h.readyAt = ready;
  }

  /** Whether a fetch is under way. */
  public boolean busy() {
    return hosts.values().stream().anyMatch(h -> h.busy);
  }

  /** URLs left in the queues (not handed out), in host then queue order. */
  public List<CrawlUrl> pending() {
    List<CrawlUrl> out = new ArrayList<>();
    for (Host h : hosts.values()) out.addAll(h.queue);
    return out;
  }

  private Host host(String name) {
    return hosts.computeIfAbsent(name, k -> new Host(defaultDelay));
  }
}
