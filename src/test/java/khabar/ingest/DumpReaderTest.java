package khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import khabar.extract.Page;
import khabar.ingest.Failure.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class DumpReaderTest {
  static final String ARABIC = CharsetsTest.ARABIC;

  @TempDir Path dir;

  /** Collects what a reader emits. */
  static final class Collected implements DumpReader.Sink {
    final List<Page> pages = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    int skipped;

    @Override
    public void page(Page page, Path file) {
      pages.add(page);
    }

    @Override
    public void failed(Failure failure) {
      failures.add(failure);
    }

    @Override
    public void skipped(Path file) {
      skipped++;
    }

    List<String> origins() {
      return pages.stream().map(Page::origin).toList();
    }

    List<String> failed() {
      return failures.stream().map(f -> f.where() + " " + f.reason()).toList();
    }
  }

  Collected read(Path file) throws InterruptedException {
    return read(file, 1 << 20);
  }

  Collected read(Path file, long max) throws InterruptedException {
    Collected c = new Collected();
    new DumpReader(max).read(file, Format.of(file), c);
    return c;
  }

  Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void readsAnHtmlFileInItsCharset() throws Exception {
    Collected c = read(write("a.html", CharsetsTest.PAGE.getBytes(Charsets.WINDOWS_1256)));
    assertEquals(1, c.pages.size());
    assertTrue(c.pages.get(0).html());
    assertTrue(c.pages.get(0).content().contains(ARABIC));
  }

  @Test
  void readsGzippedFilesByTheirMagicBytes() throws Exception {
    Collected c = read(write("a.txt.gz", gzip(utf8("عنوان\n\n" + ARABIC))));
    assertEquals(1, c.pages.size());
    assertFalse(c.pages.get(0).html());
    assertEquals("عنوان\n\n" + ARABIC, c.pages.get(0).content());
  }

  @Test
  void jsonLinesKeepTheGoodLinesAndReportTheBadOnesByLine() throws Exception {
    String lines = String.join("\n",
        "{\"url\":\"https://a.example/1\",\"title\":\"الأول\",\"text\":\"" + ARABIC + "\",\"published\":\"2025-01-25\",\"source\":\"موقع\",\"language\":\"ar\"}",
        "this is not json",
        "",
        "{\"url\":\"https://a.example/3\",\"html\":\"<p>" + ARABIC + "</p>\"}",
        "{\"url\":\"https://a.example/4\"}",
        "{\"url\":\"https://a.example/5\",\"text\":\"x\",\"published\":\"yesterday\"}",
        "[1,2]",
        "{\"url\":\"https://a.example/7\",\"text\":\"" + ARABIC + "\"}");
    Path f = write("day.jsonl", utf8(lines));
    Collected c = read(f);
    assertEquals(List.of(f + ":1", f + ":4", f + ":8"), c.origins());
    assertEquals(List.of(f + ":2 BAD_RECORD", f + ":5 BAD_RECORD", f + ":6 BAD_RECORD", f + ":7 BAD_RECORD"), c.failed());
    Page first = c.pages.get(0);
    assertEquals("https://a.example/1", first.url());
    assertEquals("الأول", first.hints().title());
    assertEquals(Instant.parse("2025-01-25T00:00:00Z"), first.hints().published());
    assertEquals("موقع", first.hints().source());
    assertFalse(first.html());
    assertTrue(c.pages.get(1).html());
  }

  @Test
  void jsonLinesWithInvalidUtf8OrAnOverlongLineFailOnlyThatLine() throws Exception {
    byte[] good = utf8("{\"text\":\"" + ARABIC + "\"}\n");
    byte[] bad = ARABIC.getBytes(Charsets.WINDOWS_1256);
    byte[] longLine = utf8("{\"text\":\"" + "ن".repeat(2000) + "\"}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(good);
    out.write(bad);
    out.write('\n');
    out.write(longLine);
    out.write(good);
    Path f = write("mixed.ndjson.gz", gzip(out.toByteArray()));
    Collected c = read(f, 1000);
    assertEquals(List.of(f + ":1", f + ":4"), c.origins());
    assertEquals(List.of(f + ":2 BAD_ENCODING", f + ":3 TOO_LARGE"), c.failed());
  }

  @Test
  void aJsonFileHoldsOneArticleOrAnArray() throws Exception {
    Path one = write("one.json", utf8("{\"url\":\"https://a.example/1\",\"text\":\"" + ARABIC + "\"}"));
    assertEquals(List.of(one.toString()), read(one).origins());
    Path many = write("many.json", utf8("[{\"text\":\"" + ARABIC + "\"}, {\"title\":\"no body\"}, {\"text\":\"" + ARABIC + "\"}]"));
    Collected c = read(many);
    assertEquals(List.of(many + "[0]", many + "[2]"), c.origins());
    assertEquals(List.of(many + "[1] BAD_RECORD"), c.failed());
  }

  @Test
  void aTruncatedJsonArrayKeepsTheRecordsBeforeTheBreak() throws Exception {
    Path f = write("cut.json", utf8("[{\"text\":\"" + ARABIC + "\"}, {\"text\":\"نص"));
    Collected c = read(f);
    assertEquals(List.of(f + "[0]"), c.origins());
    assertEquals(1, c.failures.size());
    assertEquals(Reason.BAD_RECORD, c.failures.get(0).reason());
  }

  @Test
  void badFilesFailWithTheirReason() throws Exception {
    byte[] garbage = new byte[3000];
    new java.util.Random(7).nextBytes(garbage);
    byte[] truncated = gzip(utf8(ARABIC.repeat(50)));
    truncated = Arrays.copyOf(truncated, truncated.length / 2);
    assertEquals(List.of(dir.resolve("empty.html") + " EMPTY"), read(write("empty.html", new byte[0])).failed());
    assertEquals(List.of(dir.resolve("blank.txt") + " EMPTY"), read(write("blank.txt", utf8(" \n\t\n"))).failed());
    assertEquals(List.of(dir.resolve("garbage.html") + " BINARY"), read(write("garbage.html", garbage)).failed());
    assertEquals(List.of(dir.resolve("cut.html.gz") + " TRUNCATED"), read(write("cut.html.gz", truncated)).failed());
    assertEquals(List.of(dir.resolve("big.html") + " TOO_LARGE"), read(write("big.html", utf8("<p>" + "a".repeat(5000) + "</p>")), 4096).failed());
    assertEquals(List.of(dir.resolve("missing.html") + " UNREADABLE"), read(dir.resolve("missing.html")).failed());
  }

  @Test
  void readsHtmlResponsesFromAWarcAndSkipsTheRest() throws Exception {
    Path f = dir.resolve("crawl.warc.gz");
    writeWarc(f, true);
    Collected c = read(f);
    assertEquals(List.of("https://news.example/1", "https://news.example/2", "https://news.example/5"), c.pages.stream().map(Page::url).toList());
    assertEquals(ARABIC, org.jsoup.Jsoup.parse(c.pages.get(0).content()).select("p").text());
    assertEquals(ARABIC, org.jsoup.Jsoup.parse(c.pages.get(1).content()).select("p").text(), "charset from the HTTP header");
    assertEquals(Instant.parse("2025-02-04T08:00:00Z"), c.pages.get(0).fetched());
    assertTrue(c.origins().get(0).startsWith(f + "@"));
    assertEquals(3, c.skipped, "a request, a 404 and an image");
    assertEquals(List.of(), c.failures);
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheBreak() throws Exception {
    Path whole = dir.resolve("whole.warc");
    writeWarc(whole, false);
    byte[] all = Files.readAllBytes(whole);
    Path cut = write("cut.warc", Arrays.copyOf(all, all.length - 200));
    Collected c = read(cut);
    assertEquals(List.of("https://news.example/1", "https://news.example/2"), c.pages.stream().map(Page::url).toList());
    assertEquals(1, c.failures.size(), c.failed().toString());
    assertEquals(Reason.TRUNCATED, c.failures.get(0).reason());
    assertTrue(c.failures.get(0).where().startsWith(cut + "@"));
  }

  @Test
  void aWarcPayloadDigestComesWithThePageWithTheHeadersItsDecodingDependsOn() throws Exception {
    Path f = dir.resolve("digest.warc");
    Instant when = Instant.parse("2025-02-04T08:00:00Z");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
      HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), utf8(page())).build();
      w.write(new WarcResponse.Builder(URI.create("https://news.example/1")).date(when).body(http)
          .addHeader("WARC-Payload-Digest", "sha1:PAYLOADDIGESTBASE32").build());
      w.write(response("https://news.example/2", 200, "text/html; charset=utf-8", utf8(page()), when));
    }
    Collected c = read(f);
    assertEquals(2, c.pages.size());
    assertEquals("sha1:PAYLOADDIGESTBASE32\ntext/html;charset=utf-8\n", c.pages.get(0).payloadDigest());
    assertEquals("", c.pages.get(1).payloadDigest(), "no digest stated: the content identifies the record");
  }

  /** A request, two HTML responses (one in windows-1256), a 404, an image and a last HTML page. */
  static void writeWarc(Path f, boolean gzip) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant when = Instant.parse("2025-02-04T08:00:00Z");
      w.write(new WarcRequest.Builder(URI.create("https://news.example/1")).date(when)
          .body(new HttpRequest.Builder("GET", "/1").build()).build());
      w.write(response("https://news.example/1", 200, "text/html; charset=utf-8", utf8(page()), when));
      w.write(response("https://news.example/2", 200, "text/html; charset=windows-1256", page().getBytes(Charsets.WINDOWS_1256), when));
      w.write(response("https://news.example/3", 404, "text/html", utf8("<p>not found</p>"), when));
      w.write(response("https://news.example/4.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, when));
      w.write(response("https://news.example/5", 200, "text/html", utf8(page() + "<!--" + "x".repeat(400) + "-->"), when));
    }
  }

  static String page() {
    return "<html><body><p>" + ARABIC + "</p></body></html>";
  }

  static WarcResponse response(String url, int status, String type, byte[] body, Instant when) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(when).body(http).build();
  }
}
