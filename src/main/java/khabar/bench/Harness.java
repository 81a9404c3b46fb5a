package khabar.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import khabar.search.Searcher;

/**
 * Times an operation over a list of inputs: {@code warmup} passes that are not counted, then more
 * uncounted passes until the JIT has settled ({@link #settle}), then {@code iterations} measured
 * passes, each input timed on its own for the percentiles, with the heap sampled throughout. A
 * fixed warm-up of one quick pass left jsoup, the extractor or the tagger interpreted or half
 * compiled, so the same quick run gave extraction 32 % of its baseline once and 82 % the next:
 * the figure measured the compiler. Stage and baseline are settled alike. Each operation returns an int that is
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

  /** Inputs run at most by {@link #settle} from {@link #measure}, when the JIT keeps compiling. */
  static final int MAX_SETTLE_ITEMS = 20_000;

  /** Time {@link #settle} runs at most, whatever the count, so a slow operation is not warmed for minutes. */
  private static final long MAX_SETTLE_NANOS = 20_000_000_000L;

  /**
   * Runs {@code op} over the inputs, pass after pass and uncounted, until the JIT has settled: at
   * least {@code minItems} inputs, then passes until two in a row finish with no compilation
   * anywhere in the JVM; at most {@code maxItems} inputs or 20 s. Without compilation-time
   * monitoring, only the minimum runs.
   */
  static <T> int settle(List<T> inputs, Op<T> op, int minItems, int maxItems) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    long deadline = System.nanoTime() + MAX_SETTLE_NANOS;
    int sink = 0;
    int quiet = 0;
    for (int done = 0; done < maxItems && (done < minItems || (timed && quiet < 2 && System.nanoTime() < deadline)); ) {
      long compiled = timed ? jit.getTotalCompilationTime() : 0;
      for (T in : inputs) {
        sink += op.apply(in);
        done++;
      }
      quiet = timed && jit.getTotalCompilationTime() == compiled ? quiet + 1 : 0;
    }
    return sink;
  }

  <T> Result measure(String suite, String name, String unit, List<T> inputs, ToLongFunction<T> bytesOf, Op<T> op)
      throws Exception {
    if (inputs.isEmpty()) throw new IllegalArgumentException(name + ": no inputs");
    int acc = 0;
    for (int w = 0; w < warmup; w++) for (T in : inputs) acc += op.apply(in);
    if (warmup > 0) acc += settle(inputs, op, inputs.size(), MAX_SETTLE_ITEMS);
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
