package khabar.ingest;

import static khabar.ingest.IngestFixtures.arabic;
import static khabar.ingest.IngestFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import khabar.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a hostile or broken source produces: none may lose the good records around it. */
class HostileInputTest {
  @TempDir Path dir;

  IngestReport ingest(Path... inputs) throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(dir.resolve("index"))) {
      return IngestFixtures.ingester(IngestOptions.defaults()).ingest(List.of(inputs), idx);
    }
  }

  static String jsonl(int n, String text) {
    return "{\"url\":\"https://news.example/j/" + n + "\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void aWordOverLucenesTermLimitIsCutAndTheRecordKept() throws Exception {
    Path f = dir.resolve("day.jsonl");
    String latin = "a".repeat(40_000);
    String arabicWord = "ب".repeat(17_000);
    Files.writeString(f, jsonl(1, arabic(1)) + jsonl(2, arabic(2) + " " + latin) + jsonl(3, arabicWord + " " + arabic(3)) + jsonl(4, arabic(4)));
    IngestReport r = ingest(f);
    assertEquals(List.of(), r.failures());
    assertEquals(4, r.added());
    assertEquals(2, r.longWordPages());
    assertEquals(4, ids(dir.resolve("index")).size());
  }

  @Test
  void aUrlOverTheTermLimitFailsThatRecordOnly() throws Exception {
    Path f = dir.resolve("day.jsonl");
    Files.writeString(f, jsonl(1, arabic(1))
        + "{\"url\":\"https://news.example/" + "x".repeat(40_000) + "\",\"text\":\"" + arabic(2) + "\"}\n"
        + jsonl(3, arabic(3)));
    IngestReport r = ingest(f);
    assertEquals(2, r.added());
    assertEquals(1, r.failed(Failure.Reason.BAD_RECORD));
  }

  @Test
  void aSymlinkLoopIsWalkedOnce() throws Exception {
    Path d = Files.createDirectories(dir.resolve("docs/sub"));
    Files.writeString(d.resolve("1.html"), IngestFixtures.html(1));
    Files.createSymbolicLink(d.resolve("loop"), dir.resolve("docs"));
    Files.createSymbolicLink(d.resolve("self"), d);
    Files.createSymbolicLink(dir.resolve("docs/again.html"), d.resolve("1.html"));
    IngestReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ingest(dir.resolve("docs")));
    assertEquals(1, r.files());
    assertEquals(1, r.added());
    assertEquals(1, ids(dir.resolve("index")).size());
  }
}
