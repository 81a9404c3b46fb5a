package khabar.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a response body under two limits, so a server cannot hold a crawler slot by trickling
 * bytes: the whole body within {@link CrawlConfig#bodyTimeout()}, and, once {@link
 * CrawlConfig#RATE_GRACE} has passed, at least {@link CrawlConfig#minBytesPerSecond()} on average.
 * A watchdog checks both every {@value #CHECK_MILLIS} ms, also while a read is blocked, and closes
 * the stream when one is broken, which ends the blocked read.
 */
final class BodyWatch {
  static final long CHECK_MILLIS = 250;

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "crawl-body-watch");
    t.setDaemon(true);
    return t;
  });

  private final CrawlConfig config;
  private final InputStream in;
  private final long started = System.nanoTime();
  private final AtomicLong bytes = new AtomicLong();
  private volatile String verdict;
  private final ScheduledFuture<?> task;

  BodyWatch(CrawlConfig config, InputStream in) {
    this.config = config;
    this.in = in;
    this.task = TIMER.scheduleAtFixedRate(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Why the body was given up, or null while it is within the limits. */
  String verdict() {
    return verdict;
  }

  /** Reads up to {@code max} bytes. */
  byte[] read(int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 1 << 16));
    byte[] buf = new byte[1 << 16];
    while (out.size() < max) {
      int n = in.read(buf, 0, Math.min(buf.length, max - out.size()));
      if (n < 0) break;
      out.write(buf, 0, n);
      bytes.addAndGet(n);
      if (verdict != null) throw new IOException(verdict);
    }
    return out.toByteArray();
  }

  void stop() {
    task.cancel(false);
  }

  private void check() {
    if (verdict != null) return;
    String v = verdict(System.nanoTime() - started, bytes.get(), config);
    if (v == null) return;
    verdict = v;
    task.cancel(false);
    try {
      in.close();
    } catch (IOException e) {
      // closing is how the blocked read is ended; nothing more to do
    }
  }

  /** The rule: why a body that has taken {@code nanos} for {@code bytes} must be given up, or null. */
  static String verdict(long nanos, long bytes, CrawlConfig config) {
    long limit = config.bodyTimeout().toNanos();
    if (limit > 0 && nanos > limit) return "body took longer than " + config.bodyTimeout().toSeconds() + " s";
    long min = config.minBytesPerSecond();
    if (min > 0 && nanos > CrawlConfig.RATE_GRACE.toNanos() && bytes * 1_000_000_000.0 / nanos < min) {
      return "body arrived slower than " + min + " bytes/s";
    }
    return null;
  }
}
