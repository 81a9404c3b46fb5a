package khabar.ingest;

import static khabar.ingest.IngestFixtures.arabic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest process in the middle of a dump (as kill -9 does) and checks that the index is
 * clean at its last commit (at least one batch in), that a second ingest meanwhile was refused, and that re-running the same
 * command ends with every article present exactly once.
 */
class IngestCrashTest {
  static final int ARTICLES = 1200;
  static final int COMMIT_EVERY = 50;

  @TempDir Path dir;

  @Test
  void aKilledIngestLosesOnlyItsUncommittedTailAndARerunCompletesIt() throws Exception {
    Path dump = dir.resolve("dump.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        w.write("{\"url\":\"https://news.example/k/" + i + "\",\"title\":\"خبر " + i + "\",\"text\":\"" + arabic(i) + "\",\"language\":\"ar\"}\n");
      }
    }
    Path index = dir.resolve("index");

    Process first = ingest(index, dump, dir.resolve("first.json"), dir.resolve("first.log"));
    waitForCommits(index, first, 2);
    Process second = ingest(index, dump, dir.resolve("second.json"), dir.resolve("second.log"));
    assertTrue(second.waitFor(120, TimeUnit.SECONDS));
    assertEquals(1, second.exitValue(), "a second ingest into the same index must fail at once");
    assertTrue(Files.readString(dir.resolve("second.log")).contains("locked"), Files.readString(dir.resolve("second.log")));

    assertTrue(first.isAlive(), "the dump is large enough to still be running");
    first.destroyForcibly().waitFor();

    assertTrue(IngestFixtures.clean(index), "CheckIndex after the kill");
    List<String> survived = IngestFixtures.ids(index);
    assertTrue(survived.size() >= COMMIT_EVERY && survived.size() < ARTICLES, "committed before the kill: " + survived.size());
    // workers write in the order they finish, so a commit holds at least COMMIT_EVERY new articles
    // (plus any written while it ran), not an exact multiple; the rerun below restores the rest

    Process rerun = ingest(index, dump, dir.resolve("rerun.json"), dir.resolve("rerun.log"));
    assertTrue(rerun.waitFor(600, TimeUnit.SECONDS));
    assertEquals(0, rerun.exitValue(), Files.readString(dir.resolve("rerun.log")));
    JsonNode report = new ObjectMapper().readTree(dir.resolve("rerun.json").toFile());
    assertEquals(survived.size(), report.get("unchanged").asInt());
    assertEquals(ARTICLES - survived.size(), report.get("added").asInt());
    List<String> all = IngestFixtures.ids(index);
    assertEquals(ARTICLES, all.size());
    assertEquals(ARTICLES, new HashSet<>(all).size());
    assertTrue(IngestFixtures.clean(index));
  }

  /** Starts {@code khabar ingest} in a JVM of its own. */
  static Process ingest(Path index, Path dump, Path report, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), "khabar.cli.Main", "ingest",
        "--index", index.toString(), "--gazetteers", "src/test/resources/gazetteers",
        "--threads", "2", "--commit-every", String.valueOf(COMMIT_EVERY), "--commit-seconds", "3600",
        "--report", report.toString(), dump.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits until the index has {@code n} commits after its first, empty one. */
  static void waitForCommits(Path index, Process p, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (generation(index) >= n + 1) return;
      if (!p.isAlive()) throw new AssertionError("ingest ended before it was killed, exit " + p.exitValue());
      Thread.sleep(20);
    }
    p.destroyForcibly();
    throw new AssertionError("no commit within 300 s");
  }

  static long generation(Path index) throws IOException {
    if (!Files.isDirectory(index)) return 0;
    try (Stream<Path> s = Files.list(index)) {
      return s.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("segments_"))
          .mapToLong(f -> Long.parseLong(f.substring("segments_".length()), Character.MAX_RADIX))
          .max()
          .orElse(0);
    }
  }
}
