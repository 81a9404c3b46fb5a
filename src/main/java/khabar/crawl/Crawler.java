package khabar.crawl;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import khabar.extract.Page;
import khabar.ingest.Charsets;
import khabar.util.Sha256;

/**
 * The crawl loop: takes seeds, asks the {@link Frontier} for the next URL whose host may be asked
 * now, fetches it on one of {@code threads} workers, and acts on the answer: robots.txt first
 * ({@link Robots}), then redirects queued as new URLs (each hop checked again), 429/5xx/time-outs
 * retried by the {@link RetryPolicy}, HTML pages handed to the {@link PageSink} and their links
 * queued within the {@link Scope}, feeds and sitemaps read by {@link Feeds}. Every exchange goes to
 * the WARC output and every outcome to the {@link CrawlState}, so a second run re-checks known pages
 * with conditional requests and {@code resume} continues a run that was cut off.
 */
public final class Crawler {

  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  private final CrawlConfig config;
  private final HttpFetcher fetcher;
  private final CrawlState state;
  private final WarcOutput warc;
  private final PageSink sink;
  private final Clock clock;
  private final Consumer<String> progress;
  private final UrlNormalizer normalizer = new UrlNormalizer();
  private final LinkExtractor links = new LinkExtractor(normalizer);
  private final Feeds feeds;
  private final Robots robots;
  private final RetryPolicy retry;
  private final AddressPolicy addresses;

  private final Object lock = new Object();
  private Frontier frontier;
  private Scope scope;
  private CrawlReport report;
  private volatile boolean stopped;
  private IOException fatal;

  /**
   * @param warc where exchanges are written, or null for none
   * @param progress one line per URL handled (for stderr)
   */
  public Crawler(CrawlConfig config, HttpFetcher fetcher, CrawlState state, WarcOutput warc, PageSink sink,
      Clock clock, Consumer<String> progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.state = Objects.requireNonNull(state, "state");
    this.warc = warc;
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.robots = new Robots(config);
    this.feeds = new Feeds(config.maxSitemapUrls(), config.maxSitemapBytes());
    this.retry = new RetryPolicy(config);
    this.addresses = new AddressPolicy(config.allowPrivateAddresses());
  }

  /**
   * Crawls from {@code seeds} (pages, feeds or sitemaps) until the frontier is empty, the page limit
   * is reached or {@link #stop} is called.
   *
   * @param resume continue the interrupted last run (its queue and what it already fetched)
   * @throws IllegalArgumentException when a seed is not an http or https URL
   * @throws IOException when the state, WARC or index cannot be written
   */
  public CrawlReport crawl(List<String> seeds, boolean resume) throws IOException {
    List<String> normalized = new ArrayList<>();
    for (String s : seeds) {
      normalized.add(normalizer.normalize(s)
          .orElseThrow(() -> new IllegalArgumentException("not an http or https URL: " + s)));
    }
    boolean resuming = resume && state.interrupted();
    Set<String> seedHosts = new LinkedHashSet<>();
    normalized.forEach(u -> seedHosts.add(Scope.host(u)));
    List<CrawlUrl> carried = resuming ? state.unfinished() : List.of();
    carried.forEach(u -> seedHosts.add(Scope.host(u.url())));
    report = new CrawlReport();
    scope = new Scope(config, seedHosts);
    frontier = new Frontier(config.delay(), config.maxPagesPerHost(), config.hostBackoff());
    if (resuming) {
      state.finishedInUnfinishedRun().forEach(frontier::markSeen);
      carried.forEach(frontier::add);
      progress.accept("resuming: " + carried.size() + " URLs still queued");
    }
    state.startRun(clock.instant(), resume);
    for (String s : normalized) enqueue(new CrawlUrl(s, 0, CrawlUrl.Kind.SEED, 0, 0));
    boolean drained = run();
    sink.finish();
    if (drained) state.endRun(clock.instant());
    state.flush();
    return report;
  }

  /** Asks the crawl to stop after the fetches under way; the state keeps the rest for a resume. */
  public void stop() {
    stopped = true;
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  /** The dispatch loop; true when the frontier was drained (not stopped by a limit). */
  private boolean run() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(config.threads());
    int dispatched = 0;
    boolean drained = false;
    try {
      synchronized (lock) {
        while (true) {
          if (fatal != null) throw fatal;
          boolean limit = stopped || dispatched >= config.maxPages();
          if (limit && !frontier.busy()) break;
          Frontier.Next next = limit ? new Frontier.Next(null, null) : frontier.next(clock.instant());
          if (next.url() != null) {
            CrawlUrl u = next.url();
            if (u.attempt() == 0) dispatched++;
            pool.execute(() -> work(u));
          } else if (next.exhausted() && !frontier.busy()) {
            drained = !limit;
            break;
          } else {
            long ms = next.wakeAt() == null ? 1000
                : Math.max(1, Duration.between(clock.instant(), next.wakeAt()).toMillis());
            lock.wait(ms);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (fatal != null) throw fatal;
    return drained;
  }

  private void work(CrawlUrl u) {
    String host = Scope.host(u.url());
    try {
      try {
        handle(u, host);
      } catch (RuntimeException e) {
        if (e instanceof UncheckedIOException ue) throw ue.getCause();
        finish(u, Outcome.FAILED, 0, null, "unexpected " + e); // a bug, but not a reason to stop the crawl
      }
    } catch (IOException e) {
      synchronized (lock) {
        if (fatal == null) fatal = e;
      }
    } finally {
      synchronized (lock) {
        frontier.done(host, clock.instant());
        lock.notifyAll();
      }
    }
  }

  /** One URL from robots check to outcome. Throws only when state, WARC or index fail. */
  private void handle(CrawlUrl u, String host) throws IOException {
    String refusal = addresses.refusal(host);
    if (refusal != null) {
      finish(u, Outcome.SKIPPED, 0, null, refusal);
      return;
    }
    BaseRobotRules rules = robotsFor(Scope.origin(u.url()), host);
    if (!rules.isAllowed(u.url())) {
      String why = rules.isDeferVisits() ? "robots.txt unreachable: disallowed for now" : "disallowed by robots.txt";
      finish(u, Outcome.ROBOTS, 0, null, why);
      return;
    }
    Visit known = state.visit(u.url());
    Instant now = clock.instant();
    if (known != null && u.kind() == CrawlUrl.Kind.PAGE && !config.revisitAfter().isZero()
        && (known.outcome() == Outcome.FETCHED || known.outcome() == Outcome.NOT_MODIFIED)
        && now.isBefore(known.at().plus(config.revisitAfter()))) {
      report.count(Outcome.SKIPPED, u.url(), "fetched " + known.at() + ", not due again");
      return; // the state keeps the last visit and its validators
    }
    Fetched f;
    try {
      f = fetcher.get(u.url(), conditional(known), wanted(u.kind()), bodyLimit(u.kind()));
    } catch (IOException e) {
      report.request(new CrawlReport.Request(host, u.url(), now, clock.instant(), 0), 0);
      hostError(host);
      retryOrFail(u, retry.onError(e.getMessage(), u.attempt()));
      return;
    }
    record(host, f);
    int status = f.status();
    if (status == 429 || status >= 500) {
      hostError(host);
    } else {
      synchronized (lock) {
        frontier.answered(host);
      }
    }
    if (status == 304) {
      finish(u, Outcome.NOT_MODIFIED, status, known, null);
    } else if (f.isRedirect()) {
      redirect(u, f);
    } else if (status == 429 || status >= 500) {
      retryOrFail(u, retry.onStatus(status, f.header("Retry-After"), u.attempt(), clock.instant()));
    } else if (status < 200 || status >= 300) {
      finish(u, Outcome.FAILED, status, null, "HTTP " + status);
    } else if (f.bodySkipped()) {
      finish(u, Outcome.SKIPPED, status, null, "media type " + f.mediaType() + " is not crawled");
    } else if (f.truncated()) {
      finish(u, Outcome.FAILED, status, null, "body larger than " + bodyLimit(u.kind()).applyAsLong(f.mediaType()) + " bytes");
    } else {
      content(u, f, known);
    }
  }

  private void content(CrawlUrl u, Fetched f, Visit known) throws IOException {
    String hash = Sha256.hex(f.body());
    Visit visit = new Visit(u.url(), Outcome.FETCHED, f.status(), f.header("ETag"), f.header("Last-Modified"), hash,
        clock.instant(), null);
    String media = f.mediaType();
    if (HTML.contains(media)) {
      String html = Charsets.decode(f.body(), f.charset(), true);
      LinkExtractor.Links found = links.extract(u.url(), html);
      boolean unchanged = known != null && hash.equals(known.contentHash());
      if (!found.noindex() && !unchanged) {
        String canonical = found.canonical();
        String pageUrl = canonical != null && Objects.equals(Scope.host(canonical), Scope.host(u.url())) ? canonical : u.url();
        sink.accept(new Page(pageUrl, html, true, f.ended(), u.url()));
        report.handedOver();
      }
      synchronized (lock) {
        if (found.canonical() != null) frontier.markSeen(found.canonical());
      }
      for (String link : found.links()) enqueue(new CrawlUrl(link, u.depth() + 1, CrawlUrl.Kind.PAGE, 0, 0));
      for (String feed : found.feeds()) enqueue(new CrawlUrl(feed, u.depth() + 1, CrawlUrl.Kind.FEED, 0, 0));
      finish(visit, null);
    } else if (u.kind() != CrawlUrl.Kind.PAGE && Feeds.looksLikeFeed(media, u.url(), f.body())) {
      Feeds.Listing listing;
      try {
        listing = feeds.parse(u.url(), media, f.body());
      } catch (IOException e) {
        finish(u, Outcome.FAILED, f.status(), null, e.getMessage());
        return;
      }
      if (listing.cut() != null) progress.accept("feed " + u.url() + ": " + listing.cut() + "; the rest is not followed");
      for (String s : listing.sitemaps()) normalizer.normalize(s).ifPresent(n -> enqueue(new CrawlUrl(n, u.depth(), CrawlUrl.Kind.FEED, 0, 0)));
      for (String p : listing.pages()) normalizer.normalize(p).ifPresent(n -> enqueue(new CrawlUrl(n, u.depth() + 1, CrawlUrl.Kind.PAGE, 0, 0)));
      finish(visit, null);
    } else {
      finish(u, Outcome.SKIPPED, f.status(), null, "media type " + media + " is not crawled");
    }
  }

  private void redirect(CrawlUrl u, Fetched f) throws IOException {
    String target = normalizer.resolve(u.url(), f.header("Location")).orElse(null);
    if (target == null) {
      finish(u, Outcome.FAILED, f.status(), null, "redirect to an unusable Location: " + f.header("Location"));
    } else if (u.redirects() >= config.maxRedirects()) {
      finish(u, Outcome.FAILED, f.status(), null, "more than " + config.maxRedirects() + " redirects");
    } else {
      if (u.kind() == CrawlUrl.Kind.SEED) {
        synchronized (lock) {
          scope = scope.withSeedHost(Scope.host(target)); // the site moved: its new host is in scope
        }
      }
      boolean added = enqueue(new CrawlUrl(target, u.depth(), u.kind(), 0, u.redirects() + 1));
      if (!added) {
        String why;
        synchronized (lock) {
          why = scope.refusal(target, u.depth());
        }
        if (why != null) report.count(Outcome.SKIPPED, target, "redirect target not followed: " + why);
      }
      finish(u, Outcome.REDIRECTED, f.status(), null, added ? "to " + target : "to " + target + " (already seen or out of scope)");
    }
  }

  private BaseRobotRules robotsFor(String origin, String host) throws IOException {
    BaseRobotRules rules = robots.cached(origin, clock.instant());
    if (rules != null) return rules;
    String url = origin + "/robots.txt";
    for (int hop = 0; rules == null; hop++) {
      if (hop > Robots.MAX_REDIRECTS) {
        rules = robots.unavailable(origin, clock.instant());
        break;
      }
      Fetched f;
      Instant start = clock.instant();
      try {
        f = fetcher.get(url, List.of(), t -> true);
      } catch (IOException e) {
        report.request(new CrawlReport.Request(Scope.host(url), url, start, clock.instant(), 0), 0);
        progress.accept("robots.txt unreachable: " + e.getMessage());
        rules = robots.unreachable(origin, clock.instant());
        break;
      }
      record(Scope.host(url), f);
      String next = f.isRedirect() ? normalizer.resolve(url, f.header("Location")).orElse(null) : null;
      if (next != null) {
        url = next;
      } else {
        rules = robots.fetched(origin, f.status(), f.contentType(), f.body(), clock.instant());
        // robots.txt Sitemap: lines are seeds of the site (in scope, like any URL)
        for (String sitemap : rules.getSitemaps()) {
          normalizer.normalize(sitemap).ifPresent(n -> enqueue(new CrawlUrl(n, 0, CrawlUrl.Kind.FEED, 0, 0)));
        }
      }
    }
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay > 0) {
      synchronized (lock) {
        frontier.delay(host, Duration.ofMillis(crawlDelay));
      }
    }
    return rules;
  }

  private void record(String host, Fetched f) throws IOException {
    report.request(new CrawlReport.Request(host, f.url(), f.started(), f.ended(), f.status()), f.body().length);
    if (warc != null) warc.write(f);
    progress.accept(f.status() + " " + f.url());
  }

  /** Counts an error against the host; a streak of them backs the whole host off. */
  private void hostError(String host) {
    Duration wait;
    synchronized (lock) {
      wait = frontier.failed(host, clock.instant());
    }
    if (!wait.isZero()) progress.accept("host " + host + " backed off for " + wait.toSeconds() + " s after repeated errors");
  }

  private void retryOrFail(CrawlUrl u, RetryPolicy.Decision d) throws IOException {
    if (!d.retry()) {
      finish(u, Outcome.FAILED, 0, null, d.reason());
      return;
    }
    report.retried();
    progress.accept("retry in " + d.delay().toMillis() + " ms: " + u.url() + " (" + d.reason() + ")");
    synchronized (lock) {
      frontier.retry(u.retried(), clock.instant().plus(d.delay()));
    }
  }

  /** Queues {@code u} when in scope and new this run; logs it to the state. */
  private boolean enqueue(CrawlUrl u) {
    synchronized (lock) {
      if (frontier.seen(u.url()) || scope.refusal(u.url(), u.depth()) != null) return false;
      frontier.add(u);
      lock.notifyAll();
    }
    try {
      state.queued(u);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  private void finish(CrawlUrl u, Outcome o, int status, Visit known, String reason) throws IOException {
    Visit v = known != null && o == Outcome.NOT_MODIFIED
        ? new Visit(u.url(), o, status, known.etag(), known.lastModified(), known.contentHash(), clock.instant(), null)
        : new Visit(u.url(), o, status, null, null, null, clock.instant(), reason);
    finish(v, reason);
  }

  private void finish(Visit v, String reason) throws IOException {
    report.count(v.outcome(), v.url(), reason);
    state.done(v);
    if (v.outcome() == Outcome.FAILED || v.outcome() == Outcome.ROBOTS || v.outcome() == Outcome.SKIPPED) {
      progress.accept(v.outcome().name().toLowerCase(Locale.ROOT) + ": " + v.url() + ": " + reason);
    }
  }

  private static List<Map.Entry<String, String>> conditional(Visit known) {
    if (known == null || (known.outcome() != Outcome.FETCHED && known.outcome() != Outcome.NOT_MODIFIED)) return List.of();
    List<Map.Entry<String, String>> h = new ArrayList<>();
    if (known.etag() != null) h.add(Map.entry("If-None-Match", known.etag()));
    if (known.lastModified() != null) h.add(Map.entry("If-Modified-Since", known.lastModified()));
    return h;
  }

  /** The body limit: --max-bytes for HTML, the sitemap limit for what a seed or feed URL returns otherwise. */
  private java.util.function.ToLongFunction<String> bodyLimit(CrawlUrl.Kind kind) {
    if (kind == CrawlUrl.Kind.PAGE) return t -> config.maxBytes();
    return t -> HTML.contains(t) ? config.maxBytes() : Math.max(config.maxBytes(), config.maxSitemapBytes());
  }

  /** Pages read HTML only; seeds and feeds may also be XML, gzip or plain-text sitemaps. */
  private static Predicate<String> wanted(CrawlUrl.Kind kind) {
    if (kind == CrawlUrl.Kind.PAGE) return t -> t.isEmpty() || HTML.contains(t);
    return t -> t.isEmpty() || HTML.contains(t) || t.contains("xml") || t.contains("rss") || t.contains("atom")
        || t.contains("gzip") || t.equals("text/plain") || t.equals("application/octet-stream");
  }
}
