package khabar.ingest;

import static khabar.ingest.IngestFixtures.arabic;
import static khabar.ingest.IngestFixtures.html;
import static khabar.ingest.IngestFixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path dir;

  Path docs() throws IOException {
    return Files.createDirectories(dir.resolve("docs"));
  }

  IngestReport ingest(IngestOptions options, Path... inputs) throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(dir.resolve("index"))) {
      return IngestFixtures.ingester(options).ingest(List.of(inputs), idx);
    }
  }

  IngestReport ingest(Path... inputs) throws IOException {
    return ingest(IngestOptions.defaults(), inputs);
  }

  /**
   * A folder with every format: 3 HTML (one gzipped), 2 text, a JSONL of 3, a JSON array of 2, a
   * WARC of 3, an ARC of 2 (one gzip member per record).
   */
  Path everyFormat() throws IOException {
    Path d = docs();
    Files.writeString(d.resolve("1.html"), html(1));
    Files.writeString(d.resolve("2.htm"), html(2));
    Files.write(d.resolve("3.html.gz"), DumpReaderTest.gzip(html(3).getBytes(StandardCharsets.UTF_8)));
    Files.writeString(d.resolve("4.txt"), "عنوان 4\n\n" + arabic(4));
    Files.write(d.resolve("5.txt"), ("عنوان 5\n\n" + arabic(5)).getBytes(Charsets.WINDOWS_1256));
    Files.writeString(d.resolve("day.jsonl"), String.join("\n",
        "{\"url\":\"https://news.example/j/6\",\"text\":\"" + arabic(6) + "\"}",
        "{\"url\":\"https://news.example/j/7\",\"text\":\"" + arabic(7) + "\"}",
        "{\"url\":\"https://news.example/j/8\",\"html\":\"<p>" + arabic(8) + "</p>\"}"));
    Files.writeString(d.resolve("more.json"), "[{\"url\":\"https://news.example/j/9\",\"text\":\"" + arabic(9) + "\"},"
        + "{\"url\":\"https://news.example/j/10\",\"text\":\"" + arabic(10) + "\"}]");
    Files.writeString(d.resolve("notes.md"), "not an input format: passed over in a folder");
    DumpReaderTest.writeWarc(d.resolve("crawl.warc.gz"), true);
    Files.write(d.resolve("old.arc.gz"), ArchiveRecordClassesTest.cat(ArchiveRecordClassesTest.gzip(ArchiveRecordClassesTest.arc()),
        ArchiveRecordClassesTest.gzip(arcPage(11)), ArchiveRecordClassesTest.gzip(arcPage(12))));
    return d;
  }

  static byte[] arcPage(int n) {
    byte[] http = ArchiveRecordClassesTest.http("", html(n).getBytes(StandardCharsets.UTF_8));
    return ArchiveRecordClassesTest.arcRecord("https://news.example/arc/" + n, "20050607080910", "text/html", http, "\n");
  }

  @Test
  void ingestsEveryFormatAndCountsIt() throws Exception {
    IngestReport r = ingest(everyFormat());
    assertEquals(List.of(), r.failures());
    assertEquals(9, r.files());
    assertEquals(15, r.pages());
    assertEquals(15, r.added());
    assertEquals(0, r.skippedDuplicates());
    assertEquals(4, r.skippedRecords(), "3 in the WARC, and the ARC's version block");
    assertEquals(15, ids(dir.resolve("index")).size());
    assertEquals(Map.of(Format.HTML, 3L, Format.TEXT, 2L, Format.JSONL, 1L, Format.JSON, 1L, Format.WARC, 1L, Format.ARC, 1L),
        Set.of(Format.values()).stream().filter(f -> r.files(f) > 0).collect(Collectors.toMap(f -> f, r::files)));
  }

  @Test
  void aSecondRunOverTheSameInputChangesNothing() throws Exception {
    Path d = everyFormat();
    ingest(d);
    List<String> before = ids(dir.resolve("index"));
    IngestReport again = ingest(d);
    assertEquals(before, ids(dir.resolve("index")));
    assertEquals(0, again.added());
    assertEquals(0, again.updated());
    assertEquals(15, again.unchanged(), "an ARC capture, with no payload digest, by its payload");
    assertEquals(0, again.skippedDuplicates());
    assertEquals(0, again.commits(), "nothing written, nothing committed");
  }

  @Test
  void aRerunSkipsUnchangedRecordsBeforeExtractingThem() throws Exception {
    Path d = everyFormat();
    IngestReport first = ingest(d);
    assertTrue(first.millis(IngestReport.Stage.EXTRACT) + first.millis(IngestReport.Stage.TAG) > 0);
    IngestReport again = ingest(d);
    assertEquals(15, again.unchanged());
    assertEquals(0, again.millis(IngestReport.Stage.EXTRACT), "no record was extracted");
    assertEquals(0, again.millis(IngestReport.Stage.TAG), "no record was tagged");
  }

  @Test
  void aRecordChangedOutsideItsArticleIsRewrittenOnceWithItsNewFingerprint() throws Exception {
    Path d = docs();
    Files.writeString(d.resolve("a.html"), html(1));
    ingest(d);
    Files.writeString(d.resolve("a.html"), html(1).replace("</body>", "<!-- a rotated advert --></body>"));
    IngestReport changed = ingest(d);
    assertEquals(1, changed.updated(), "the same article, stored again with the new record's fingerprint");
    IngestReport again = ingest(d);
    assertEquals(1, again.unchanged());
    assertEquals(0, again.millis(IngestReport.Stage.EXTRACT));
  }

  @Test
  void theSameUrlTwiceInARunIsADuplicate() throws Exception {
    Path d = docs();
    String line = "{\"url\":\"https://news.example/same\",\"text\":\"" + arabic(1) + "\"}\n";
    Files.writeString(d.resolve("a.jsonl"), line + line);
    IngestReport r = ingest(d);
    assertEquals(1, r.added());
    assertEquals(1, r.skippedDuplicates());
    assertEquals(1, ids(dir.resolve("index")).size());
  }

  @Test
  void theSameTextUnderAnotherUrlIsSkippedOnlyByOption() throws Exception {
    Path warc = docs().resolve("crawl.warc");
    DumpReaderTest.writeWarc(warc, false); // three URLs, one text
    IngestReport skipping = ingest(IngestOptions.defaults().withSkipSameText(true), warc);
    assertEquals(1, skipping.added());
    assertEquals(2, skipping.skippedDuplicates());
    IngestReport again = ingest(IngestOptions.defaults().withSkipSameText(true), warc);
    assertEquals(1, again.unchanged());
    assertEquals(2, again.skippedDuplicates());
    IngestReport keeping = ingest(warc);
    assertEquals(2, keeping.added());
    assertEquals(3, ids(dir.resolve("index")).size());
  }

  @Test
  void aChangedArticleIsUpdatedInPlace() throws Exception {
    Path d = docs();
    Files.writeString(d.resolve("a.html"), html(1));
    ingest(d);
    Files.writeString(d.resolve("a.html"), html(1).replace("الخبر رقم 1.", "الخبر رقم 1 بعد التصحيح."));
    IngestReport r = ingest(d);
    assertEquals(1, r.updated());
    assertEquals(1, ids(dir.resolve("index")).size());
  }

  @Test
  void languagesAreDetectedAndFilteredByOption() throws Exception {
    Path d = docs();
    Files.writeString(d.resolve("ar.txt"), "عنوان\n\n" + arabic(1));
    Files.writeString(d.resolve("en.txt"), "Title\n\n" + IngestFixtures.ENGLISH);
    IngestReport kept = ingest(IngestOptions.defaults().withLanguages(Set.of("ar")), d);
    assertEquals(1, kept.added());
    assertEquals(1, kept.skippedLanguage());
    IngestReport all = ingest(d);
    assertEquals(1, all.added());
    assertEquals(1, all.unchanged());
    assertEquals(Map.of("ar", 1, "en", 1), languages(dir.resolve("index")));
  }

  static Map<String, Integer> languages(Path index) throws IOException {
    Map<String, Integer> m = new TreeMap<>();
    try (var d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      for (int i = 0; i < r.maxDoc(); i++) m.merge(r.storedFields().document(i).get(Fields.LANGUAGE), 1, Integer::sum);
    }
    return m;
  }

  @Test
  void badInputsAreReportedAndQuarantinedWhileTheGoodOnesGoIn() throws Exception {
    Path d = docs();
    for (int i = 1; i <= 3; i++) Files.writeString(d.resolve("good" + i + ".html"), html(i));
    byte[] garbage = new byte[5000];
    new java.util.Random(3).nextBytes(garbage);
    Files.write(d.resolve("garbage.html"), garbage);
    Files.write(d.resolve("empty.html"), new byte[0]);
    Files.writeString(d.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>" + arabic(20) + "</p>" + "</div>".repeat(10_000) + "</body></html>");
    byte[] cut = DumpReaderTest.gzip(html(21).getBytes(StandardCharsets.UTF_8));
    Files.write(d.resolve("cut.html.gz"), java.util.Arrays.copyOf(cut, cut.length / 2));
    Files.writeString(d.resolve("lines.jsonl"), "{\"text\":\"" + arabic(22) + "\"}\n{oops\n");
    Files.writeString(d.resolve("chrome-only.html"), "<html><body><nav><a href=/>الرئيسية</a></nav></body></html>");
    writeBig(d.resolve("huge.html"), 50L << 20);
    Path quarantine = dir.resolve("quarantine");
    IngestReport r = ingest(IngestOptions.defaults().withQuarantine(quarantine), d);

    assertEquals(5, r.added(), r.failures().toString()); // good1-3, deep, line 1 of lines.jsonl
    Map<Failure.Reason, Long> byReason = new TreeMap<>();
    for (Failure.Reason reason : Failure.Reason.values()) if (r.failed(reason) > 0) byReason.put(reason, r.failed(reason));
    assertEquals(Map.of(Failure.Reason.BINARY, 1L, Failure.Reason.EMPTY, 1L, Failure.Reason.TRUNCATED, 1L,
        Failure.Reason.BAD_RECORD, 1L, Failure.Reason.NO_TEXT, 1L, Failure.Reason.TOO_LARGE, 1L), byReason);
    assertTrue(r.failures().stream().anyMatch(f -> f.where().equals(d.resolve("lines.jsonl") + ":2")));
    try (var s = Files.list(quarantine)) {
      assertEquals(Set.of("garbage.html", "empty.html", "cut.html.gz", "lines.jsonl", "chrome-only.html", "huge.html"),
          s.map(p -> p.getFileName().toString().replaceAll(".*_", "")).collect(Collectors.toSet()));
    }
  }

  static void writeBig(Path f, long bytes) throws IOException {
    byte[] chunk = ("<p>" + arabic(99) + "</p>\n").getBytes(StandardCharsets.UTF_8);
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
      out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < bytes; n += chunk.length) out.write(chunk);
    }
  }

  @Test
  void readsAListOfPathsFromStdin() throws Exception {
    Path d = docs();
    Files.writeString(d.resolve("a.html"), html(1));
    Files.writeString(d.resolve("b.html"), html(2));
    String list = d.resolve("a.html") + "\n\n" + d.resolve("b.html") + "\n" + d.resolve("nope.html") + "\n";
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(dir.resolve("index"))) {
      r = IngestFixtures.ingester(IngestOptions.defaults()).ingest(List.of(Path.of("-")), new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), idx);
    }
    assertEquals(2, r.added());
    assertEquals(List.of(d.resolve("nope.html") + ": unreadable (no such file or folder)"), r.failures().stream().map(Failure::toString).toList());
  }

  @Test
  void takesPagesFromAnIteratorAndCommitsInBatches() throws Exception {
    List<Page> pages = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) pages.add(new Page("https://news.example/c/" + i, html(i), true, null, "crawl #" + i));
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(dir.resolve("index"))) {
      r = IngestFixtures.ingester(IngestOptions.defaults().withCommits(10, Duration.ofMinutes(5))).ingest(pages.iterator(), idx);
    }
    assertEquals(25, r.added());
    // A batch is commitEvery writes plus those in flight when the committer looks (docs/INGEST.md):
    // after 10 (or up to 10 + the pages in flight) and again or at the end; never one commit at the
    // end alone, never more than after 10, after 20 and the last 5.
    assertTrue(r.commits() >= 2 && r.commits() <= 3, "commits in batches of 10 and the rest at the end: " + r.commits());
    assertEquals(25, ids(dir.resolve("index")).size());
  }

  @Test
  void theReportIsWrittenAsJson() throws Exception {
    Path d = docs();
    Files.writeString(d.resolve("a.html"), html(1));
    Files.write(d.resolve("b.html"), new byte[0]);
    IngestReport r = ingest(d);
    Path json = dir.resolve("report.json");
    r.writeJson(json);
    var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
    assertEquals(1, n.get("added").asInt());
    assertEquals(1, n.get("failed").asInt());
    assertEquals(1, n.get("failedByReason").get("empty").asInt());
    assertEquals(d.resolve("b.html").toString(), n.get("failures").get(0).get("where").asText());
    assertTrue(n.get("stageMillis").has("extract"));
  }
}
