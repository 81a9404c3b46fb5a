package khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every suite still runs on a tiny input and produces figures; not a measurement. */
class BenchSmokeTest {
  @TempDir Path tmp;

  @Test
  void everySuiteProducesFiguresAndTheJsonHasTheDocumentedKeys() throws Exception {
    BenchConfig config =
        new BenchConfig(BenchRunner.SUITES, 3, 20, 50, 0, 1, 1, tmp.resolve("work"), Path.of("gazetteers"));
    BenchReport report = BenchRunner.run(config, null);

    Set<String> suites = new LinkedHashSet<>();
    for (Result r : report.results()) {
      suites.add(r.suite());
      assertTrue(r.perSecond() > 0 && Double.isFinite(r.perSecond()), r.toString());
      assertTrue(r.peakHeapMb() > 0 && Double.isFinite(r.peakHeapMb()), r.toString());
      assertTrue(r.cpuSeconds() >= 0 && Double.isFinite(r.cpuSeconds()), r.toString());
      if (!Double.isNaN(r.p50Ms())) assertTrue(r.p50Ms() >= 0 && r.p50Ms() <= r.p95Ms() && r.p95Ms() <= r.p99Ms(), r.toString());
      if (r.baseline() != null) assertTrue(r.ofBaseline() > 0 && Double.isFinite(r.ofBaseline()), r.toString());
    }
    assertEquals(new LinkedHashSet<>(BenchRunner.SUITES), suites);
    for (String s : BenchRunner.SUITES) {
      assertTrue(
          report.results().stream().anyMatch(r -> r.suite().equals(s) && r.name().startsWith("baseline:")),
          s + " has a baseline");
      assertTrue(report.results().stream().anyMatch(r -> r.suite().equals(s) && r.baseline() != null), s + " is compared");
    }
    assertTrue(
        report.results().stream().anyMatch(r -> r.name().startsWith("GazetteerLoader.load, listed names only") && r.items() == 52),
        "the generated gazetteer lists 50 names, a chip and its letter spellings");
    assertTrue(
        report.results().stream().anyMatch(r -> r.name().startsWith("GazetteerLoader.load, generated gazetteer")
            && r.items() > 52 && r.retainedHeapMb() == r.retainedHeapMb()),
        "with the generated spellings it holds more, and its live heap is measured");

    Path json = tmp.resolve("bench.json");
    report.writeJson(json);
    JsonNode root = new ObjectMapper().readTree(Files.readString(json));
    for (String k : List.of("date", "machine", "loadAverageBefore", "loadAverageAfter", "config", "results")) {
      assertTrue(root.has(k), "key " + k);
    }
    assertTrue(root.get("machine").get("cores").asInt() > 0);
    assertEquals(report.results().size(), root.get("results").size());
    List<String> keys = new ArrayList<>();
    root.get("results").get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of("suite", "name", "unit", "items", "bytes", "seconds", "cpuSeconds", "perSecond", "perCpuSecond",
            "mbPerSecond", "p50Ms", "p95Ms",
            "p99Ms", "peakHeapMb", "retainedHeapMb", "baseline", "ofBaseline"),
        keys);

    StringWriter table = new StringWriter();
    report.printTable(new PrintWriter(table));
    assertEquals(report.results().size() + 2, table.toString().split("\n").length);
  }
}
