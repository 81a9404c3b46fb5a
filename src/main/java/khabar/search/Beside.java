package khabar.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A part of one search run beside the rest of it, on another core when one is free: a helper
 * thread takes it if it gets there first, else the searching thread runs it itself when it needs
 * the answer. So a search never waits for a helper that has not begun, and on a machine with an
 * idle core its facet pass and half of its page run on that core; on a busy machine nothing is
 * handed off ({@link #coreFree}). There is one helper per core beyond the first, shared by every
 * searcher.
 */
final class Beside<T> {
  /** Names of the helper threads: what the benchmark adds to the searching thread's CPU time. */
  static final String THREAD_NAME = "khabar-search-helper-";

  private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final long LOAD_EVERY_NANOS = 1_000_000_000L;
  private static volatile long loadReadAt = System.nanoTime() - LOAD_EVERY_NANOS;
  private static volatile boolean saturated;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService HELPERS =
      Executors.newFixedThreadPool(
          Math.max(1, CORES - 1),
          r -> {
            Thread t = new Thread(r, THREAD_NAME + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  /** Work that may throw what a search throws. */
  @FunctionalInterface
  interface Part<T> {
    T run() throws IOException;
  }

  private final FutureTask<T> task;

  private Beside(Part<T> part) {
    Callable<T> c = part::run;
    this.task = new FutureTask<>(c);
  }

  /** Starts {@code part} beside the caller's own work. */
  static <T> Beside<T> start(Part<T> part) {
    Beside<T> b = new Beside<>(part);
    if (coreFree()) HELPERS.execute(b.task);
    return b;
  }

  /**
   * Whether a helper is likely to find a core: not when the machine runs as many threads as it
   * has cores (load average, read at most once a second), where a handed-off part would wait for
   * a time slice that the searching thread could have used itself. {@code
   * -Dkhabar.search.alone=true} keeps every search on its own thread.
   */
  static boolean coreFree() {
    if (CORES < 2 || Boolean.getBoolean("khabar.search.alone")) return false;
    long now = System.nanoTime();
    if (now - loadReadAt >= LOAD_EVERY_NANOS) {
      loadReadAt = now;
      double load = OS.getSystemLoadAverage(); // negative where unknown
      saturated = load >= CORES;
    }
    return !saturated;
  }

  /** Its answer: run here when no helper has started it (running it twice is a no-op), else awaited. */
  T join() throws IOException {
    task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while a search helper ran");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException re -> throw re;
        case Error err -> throw err;
        default -> throw new UncheckedIOException(new IOException(e.getCause()));
      }
    }
  }
}
