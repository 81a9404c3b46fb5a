package khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one benchmark run with the date, the machine and the system load before and
 * after (other work on the machine slows every figure), printed as a table or written as JSON.
 */
public record BenchReport(
    Instant date, Map<String, Object> machine, BenchConfig config, List<Result> results, double loadBefore, double loadAfter) {

  public BenchReport {
    machine = new TreeMap<>(machine);
    results = List.copyOf(results);
  }

  /** Writes the report as JSON (see docs/BENCHMARKS.md for the keys); NaN figures become null. */
  public void writeJson(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toJson());
  }

  Map<String, Object> toJson() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("date", date.toString());
    o.put("machine", machine);
    o.put("loadAverageBefore", num(loadBefore));
    o.put("loadAverageAfter", num(loadAfter));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("suites", config.suites());
    c.put("articles", config.articles());
    c.put("searchArticles", config.searchArticles());
    c.put("aliases", config.aliases());
    c.put("warmup", config.warmup());
    c.put("iterations", config.iterations());
    c.put("seed", config.seed());
    o.put("config", c);
    List<Map<String, Object>> rs = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("suite", r.suite());
      m.put("name", r.name());
      m.put("unit", r.unit());
      m.put("items", r.items());
      m.put("bytes", r.bytes());
      m.put("seconds", r.seconds());
      m.put("perSecond", r.perSecond());
      m.put("mbPerSecond", num(r.mbPerSecond()));
      m.put("p50Ms", num(r.p50Ms()));
      m.put("p95Ms", num(r.p95Ms()));
      m.put("p99Ms", num(r.p99Ms()));
      m.put("peakHeapMb", num(r.peakHeapMb()));
      m.put("retainedHeapMb", num(r.retainedHeapMb()));
      m.put("baseline", r.baseline());
      m.put("ofBaseline", num(r.ofBaseline()));
      rs.add(m);
    }
    o.put("results", rs);
    return o;
  }

  private static Double num(double d) {
    return Double.isFinite(d) ? d : null;
  }

  /** One line per figure: suite, name, rate, MB/s, percentiles, heap and share of the baseline. */
  public void printTable(PrintWriter out) {
    out.printf(Locale.ROOT, "%-9s %-74s %14s %9s %9s %9s %9s %9s %8s%n", "suite", "measure", "rate", "MB/s", "p50 ms",
        "p95 ms", "p99 ms", "heap MB", "vs base");
    for (Result r : results) {
      out.printf(Locale.ROOT, "%-9s %-74s %14s %9s %9s %9s %9s %9s %8s%n", r.suite(), cut(r.name(), 74),
          String.format(Locale.ROOT, "%,.0f %s/s", r.perSecond(), r.unit()), f(r.mbPerSecond(), 1), f(r.p50Ms(), 3),
          f(r.p95Ms(), 3), f(r.p99Ms(), 3), f(r.peakHeapMb(), 0),
          Double.isFinite(r.ofBaseline()) ? String.format(Locale.ROOT, "%.1f%%", 100 * r.ofBaseline()) : "");
    }
    out.printf(Locale.ROOT, "machine: %s; load average %.1f before, %.1f after%n", machine, loadBefore, loadAfter);
    out.flush();
  }

  private static String f(double d, int decimals) {
    return Double.isFinite(d) ? String.format(Locale.ROOT, "%,." + decimals + "f", d) : "";
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
