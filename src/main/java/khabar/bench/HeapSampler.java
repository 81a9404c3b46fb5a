package khabar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use every few milliseconds on a daemon thread and keeps the largest value:
 * the peak heap of the work done while it runs. Garbage not yet collected counts, so the figure is
 * an upper bound of what the work needs; {@link #retainedMb()} gives the live heap after a GC.
 */
final class HeapSampler implements AutoCloseable {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final long PERIOD_MS = 5;

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    peak = used();
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      long u = used();
      if (u > peak) peak = u;
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  double peakMb() {
    long u = used();
    if (u > peak) peak = u;
    return peak / 1e6;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  static long used() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** Heap in use after a full collection, in MB. */
  static double retainedMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return used() / 1e6;
  }
}
