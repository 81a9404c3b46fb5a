package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import khabar.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
  @TempDir Path dir;

  record Run(int code, String err) {}

  Run ingest(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 4];
    all[0] = "ingest";
    all[1] = "--index";
    all[2] = dir.resolve("index").toString();
    all[3] = "--gazetteers=src/test/resources/gazetteers";
    System.arraycopy(args, 0, all, 4, args.length);
    return new Run(cl.execute(all), err.toString());
  }

  Path docs() throws Exception {
    Path d = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(d.resolve("a.txt"), "عنوان\n\nأعلنت شركة ناشئة في الرياض عن شريحة جديدة مخصصة لتدريب نماذج الذكاء الاصطناعي.");
    return d;
  }

  @Test
  void exitsZeroWhenEverythingWentInAndWritesTheReport() throws Exception {
    Path report = dir.resolve("r.json");
    Run r = ingest("--report", report.toString(), docs().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("added 1, updated 0, unchanged 0"), r.err());
    assertEquals(1, new ObjectMapper().readTree(report.toFile()).get("added").asInt());
  }

  @Test
  void exitsOneAndNamesTheFailedInputWhenSomeFailed() throws Exception {
    Path d = docs();
    Files.write(d.resolve("empty.html"), new byte[0]);
    Path q = dir.resolve("quarantine");
    Run r = ingest("--quarantine", q.toString(), d.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("failed: " + d.resolve("empty.html") + ": empty (no bytes)"), r.err());
    assertTrue(r.err().contains("added 1"), r.err());
    try (var s = Files.list(q)) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void aLockedIndexFailsAtOnceWithOneLine() throws Exception {
    Path d = docs();
    try (ArticleIndex held = ArticleIndex.open(dir.resolve("index"))) {
      Run r = ingest(d.toString());
      assertEquals(1, r.code());
      assertEquals("khabar ingest: index " + dir.resolve("index") + " is locked by another running ingest; wait for it to finish", r.err().strip());
    }
    assertEquals(0, ingest(d.toString()).code(), "the index is fine once the other writer is gone");
  }

  @Test
  void badOptionsAreRejected() throws Exception {
    Run r = ingest("--threads", "0", docs().toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("threads must be at least 1"), r.err());
  }
}
