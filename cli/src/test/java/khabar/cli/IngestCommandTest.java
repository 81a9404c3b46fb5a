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
  void ingestAndStatsSayDuplicateOfTheSameArticles() throws Exception {
    Path d = docs();
    String text = Files.readString(d.resolve("a.txt"));
    Files.writeString(d.resolve("b.txt"), text); // the same article under another address
    Path report = dir.resolve("r.json");
    Run r = ingest("--report", report.toString(), d.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("added 2, updated 0, unchanged 0, skipped as duplicates 0, skipped by language 0, failed 0"), r.err());
    assertTrue(r.err().contains("duplicates stored EXACT 1 NEAR 0 (among added and updated; hidden from search)"), r.err());
    var json = new ObjectMapper().readTree(report.toFile());
    assertEquals(0, json.get("skippedDuplicates").asInt());
    assertEquals("{\"EXACT\":1,\"NEAR\":0}", json.get("duplicates").toString());

    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute("stats", "--index", dir.resolve("index").toString(), "--json"));
    var stats = new ObjectMapper().readTree(out.toString());
    assertEquals(json.get("duplicates"), stats.get("duplicates"), "one word, one meaning: the stored, marked duplicates");
    assertEquals(1, stats.get("originals").asInt());

    Files.writeString(d.resolve("c.txt"), text);
    Run skipping = ingest("--skip-same-text", "--report", report.toString(), d.toString());
    assertEquals(0, skipping.code(), skipping.err());
    assertTrue(skipping.err().contains("added 0, updated 0, unchanged 2, skipped as duplicates 1,"), skipping.err());
    assertEquals(1, new ObjectMapper().readTree(report.toFile()).get("skippedDuplicates").asInt());
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

  static final String LINE = "{\"url\":\"https://news.example/s/%d\",\"text\":\"أعلنت شركة ناشئة في الرياض عن شريحة جديدة رقم %d مخصصة لتدريب نماذج الذكاء الاصطناعي.\"}\n";

  Run withStdin(byte[] data, String... args) {
    java.io.InputStream old = System.in;
    System.setIn(new java.io.ByteArrayInputStream(data));
    try {
      return ingest(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void stdinIsReadAsDataInTheFormatGiven() {
    Run r = withStdin((LINE.formatted(1, 1) + LINE.formatted(2, 2)).getBytes(java.nio.charset.StandardCharsets.UTF_8), "--stdin", "jsonl");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("added 2,"), r.err());
  }

  @Test
  void dataOnStdinWhereAListOfPathsIsExpectedFailsWithAHint() {
    Run r = withStdin(LINE.formatted(1, 1).getBytes(java.nio.charset.StandardCharsets.UTF_8), "-");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("stdin:1: unsupported ('-' reads a list of paths, but stdin holds JSONL data; use --stdin jsonl)"), r.err());
  }

  @Test
  void aRunThatReadsNothingExitsOne() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "# not an input");
    Run r = ingest(empty.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("nothing read"), r.err());
  }

  @Test
  void maxFailuresLetsAFewBadLinesPassButNotABrokenDump() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 20; i++) b.append(i == 7 ? "{not json\n" : LINE.formatted(i, i));
    Path f = Files.writeString(dir.resolve("day.jsonl"), b);
    assertEquals(0, ingest("--max-failures", "1", f.toString()).code());
    assertEquals(0, ingest("--max-failures", "5%", f.toString()).code());
    assertEquals(1, ingest("--max-failures", "4%", f.toString()).code(), "1 of 20 records is 5%");
    assertEquals(1, ingest(f.toString()).code(), "by default any failure fails the run");
    assertEquals(2, ingest("--max-failures", "lots", f.toString()).code());
  }

  @Test
  void aFileWithoutAnExtensionIsToldByContentAndAFifoIsRead() throws Exception {
    Path plain = Files.writeString(dir.resolve("dump"), LINE.formatted(1, 1) + LINE.formatted(2, 2));
    Run r = ingest(plain.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("added 2,") && r.err().contains("jsonl 1"), r.err());

    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Thread writer = Thread.ofPlatform().start(() -> {
      try {
        Files.writeString(fifo, LINE.formatted(3, 3));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Run f = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> ingest(fifo.toString()));
    writer.join(10_000);
    assertEquals(0, f.code(), f.err());
    assertTrue(f.err().contains("added 1,"), f.err());
  }
}
