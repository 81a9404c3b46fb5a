package khabar.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import khabar.search.Searcher;

/**
 * Times an operation over a list of inputs: {@code warmup} passes that are not counted (so the
 * JIT has compiled the code), then {@code iterations} measured passes, each input timed on its
 * own for the percentiles, with the heap sampled throughout. Each operation returns an int that is
 * folded into a field, so the JIT cannot drop the work as unused.
 */
final class Harness {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean PROCESS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final int warmup;
  private final int iterations;
  private volatile int sink;

  Harness(int warmup, int iterations) {
    if (warmup < 0 || iterations < 1) throw new IllegalArgumentException("warmup >= 0 and iterations >= 1");
    this.warmup = warmup;
    this.iterations = iterations;
  }

  int iterations() {
    return iterations;
  }

  <T> Result measure(String suite, String name, String unit, List<T> inputs, ToLongFunction<T> bytesOf, Op<T> op)
      throws Exception {
    if (inputs.isEmpty()) throw new IllegalArgumentException(name + ": no inputs");
    int acc = 0;
    for (int w = 0; w < warmup; w++) for (T in : inputs) acc += op.apply(in);
    long bytes = 0;
    for (T in : inputs) bytes += bytesOf.applyAsLong(in);
    long[] times = new long[inputs.size() * iterations];
    int k = 0;
    long start;
    long end;
    double peak;
    long cpu0 = cpuTime();
    long cpu1;
    try (HeapSampler heap = new HeapSampler()) {
      start = System.nanoTime();
      for (int it = 0; it < iterations; it++) {
        for (T in : inputs) {
          long t0 = System.nanoTime();
          acc += op.apply(in);
          times[k++] = System.nanoTime() - t0;
        }
      }
      end = System.nanoTime();
      cpu1 = cpuTime();
      peak = heap.peakMb();
    }
    sink += acc;
    Arrays.sort(times);
    return new Result(
        suite, name, unit, times.length, bytes * iterations, (end - start) / 1e9, (cpu1 - cpu0) / 1e9, percentile(times, 50),
        percentile(times, 95), percentile(times, 99), peak, Double.NaN, null, Double.NaN);
  }

  /**
   * CPU time of the calling thread and of the search helpers, which take part of a search to
   * another core ({@link Searcher#HELPER_THREADS}): what the measured operations cost.
   */
  private static long cpuTime() {
    long sum = THREADS.getCurrentThreadCpuTime();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(Searcher.HELPER_THREADS)) sum += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
    }
    return sum;
  }

  /** Nearest-rank percentile of sorted nanosecond times, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** Times {@code work} once, with the heap sampled; for runs that are not per-item. */
  static Result once(String suite, String name, String unit, long items, long bytes, Work work) throws Exception {
    try (HeapSampler heap = new HeapSampler()) {
      long cpu0 = PROCESS.getProcessCpuTime();
      long t0 = System.nanoTime();
      work.run();
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (PROCESS.getProcessCpuTime() - cpu0) / 1e9;
      return new Result(suite, name, unit, items, bytes, secs, cpu, Double.NaN, Double.NaN, Double.NaN, heap.peakMb(), Double.NaN, null, Double.NaN);
    }
  }

  /** One timed operation on one input; returns any int derived from its result. */
  @FunctionalInterface
  interface Op<T> {
    int apply(T input) throws Exception;
  }

  /** Work that may throw. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }
}
