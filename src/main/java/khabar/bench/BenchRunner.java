package khabar.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the benchmark suites named in a {@link BenchConfig} and collects their figures. */
public final class BenchRunner {

  /** Every suite, in the order of the pipeline. */
  public static final List<String> SUITES = List.of("normalize", "tag", "money", "extract", "ingest", "crawl", "search", "export");

  private BenchRunner() {}

  /** Runs the suites in {@code config}; progress goes to {@code progress} (may be null). */
  public static BenchReport run(BenchConfig config, PrintWriter progress) throws Exception {
    Files.createDirectories(config.work());
    BenchContext ctx = new BenchContext(config, progress);
    double loadBefore = load();
    Instant started = Instant.now();
    List<Result> results = new ArrayList<>();
    for (String name : config.suites()) {
      Suite s = suite(name);
      ctx.log("suite %s", name);
      long t0 = System.nanoTime();
      results.addAll(s.run(ctx));
      ctx.log("suite %s done in %.1f s", name, (System.nanoTime() - t0) / 1e9);
    }
    return new BenchReport(started, machine(), config, results, loadBefore, load());
  }

  static Suite suite(String name) {
    return switch (name) {
      case "normalize" -> new NormalizeSuite();
      case "tag" -> new TagSuite();
      case "money" -> new MoneySuite();
      case "extract" -> new ExtractSuite();
      case "ingest" -> new IngestSuite();
      case "crawl" -> new CrawlSuite();
      case "search" -> new SearchSuite();
      case "export" -> new ExportSuite();
      default -> throw new IllegalArgumentException("unknown suite '" + name + "'");
    };
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Map<String, Object> machine() {
    Runtime rt = Runtime.getRuntime();
    return Map.of(
        "cores", rt.availableProcessors(),
        "maxHeapMb", rt.maxMemory() / 1_000_000,
        "java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }
}
