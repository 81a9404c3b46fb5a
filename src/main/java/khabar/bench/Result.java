package khabar.bench;

import java.util.Objects;

/**
 * One measured figure.
 *
 * @param suite the suite that measured it (normalize, tag, money, extract, ingest, search, export)
 * @param name what was measured; baselines start with {@code baseline:}
 * @param unit what {@link #items} counts (articles, pages, queries, rows)
 * @param items units processed in the measured iterations
 * @param bytes UTF-8 bytes of input processed in the measured iterations (0 when not a byte stream)
 * @param seconds wall time of the measured iterations
 * @param p50Ms median time per unit in milliseconds, or NaN when units were not timed one by one
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param peakHeapMb largest heap in use while measuring, sampled, in MB (includes garbage not yet collected)
 * @param retainedHeapMb live heap the measured thing keeps after a full GC, in MB, or NaN
 * @param baseline the name of the baseline this figure is compared with, or null
 * @param ofBaseline this figure's speed as a share of the baseline's (1.0 = as fast), or NaN
 */
public record Result(
    String suite,
    String name,
    String unit,
    long items,
    long bytes,
    double seconds,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double peakHeapMb,
    double retainedHeapMb,
    String baseline,
    double ofBaseline) {

  public Result {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (items < 0 || bytes < 0 || !(seconds > 0)) {
      throw new IllegalArgumentException(name + ": items, bytes and seconds must be positive");
    }
  }

  /** Units per second. */
  public double perSecond() {
    return items / seconds;
  }

  /** MB (10^6 bytes) per second, or NaN when no bytes were counted. */
  public double mbPerSecond() {
    return bytes == 0 ? Double.NaN : bytes / 1e6 / seconds;
  }

  /** This result compared with {@code base}: its units per second over the baseline's. */
  public Result against(Result base) {
    return compared(base.name(), perSecond() / base.perSecond());
  }

  /** This result with its baseline and speed ratio set. */
  public Result compared(String baselineName, double ratio) {
    return new Result(
        suite, name, unit, items, bytes, seconds, p50Ms, p95Ms, p99Ms, peakHeapMb, retainedHeapMb, baselineName, ratio);
  }

  /** This result with the retained heap set. */
  public Result retaining(double mb) {
    return new Result(suite, name, unit, items, bytes, seconds, p50Ms, p95Ms, p99Ms, peakHeapMb, mb, baseline, ofBaseline);
  }
}
