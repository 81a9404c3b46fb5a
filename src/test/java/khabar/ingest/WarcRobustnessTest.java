package khabar.ingest;

import static khabar.ingest.DumpReaderTest.response;
import static khabar.ingest.DumpReaderTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import khabar.extract.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC and ARC files with wrong lengths, damaged compression and the test files of other readers. */
class WarcRobustnessTest {
  static final Path SUITES = Path.of("src/test/resources/warc-suites");
  static final Instant WHEN = Instant.parse("2025-02-04T08:00:00Z");

  @TempDir Path dir;

  /** What a read produced, in order: "page URL@where", "skipped", "REASON@where". */
  static List<String> read(Path file) throws InterruptedException {
    return read(file, (page, where) -> "page " + page.url() + " " + where);
  }

  /** The same, with each page written by {@code pageLine} from the page and its place in the file. */
  static List<String> read(Path file, java.util.function.BiFunction<Page, String, String> pageLine) throws InterruptedException {
    List<String> out = new ArrayList<>();
    String prefix = file.toString();
    // the format by name, as ingest tells it (a name it does not know: by content)
    new DumpReader(10 << 20).read(file, Format.of(file), new DumpReader.Sink() {
      @Override
      public void page(Page page, Path f) {
        out.add(pageLine.apply(page, page.origin().substring(prefix.length())));
      }

      @Override
      public void failed(Failure f) {
        out.add(f.reason() + " " + f.where().substring(prefix.length()));
      }

      @Override
      public void skipped(Path f) {
        out.add("skipped");
      }
    });
    return out;
  }

  static Stream<Arguments> suites() {
    String s = "skipped";
    return Stream.of(
        Arguments.of("jwarc/cc.warc.gz", List.of("page http://commoncrawl.org/ @0")),
        Arguments.of("jwarc/gzip_extra_sl.warc.gz", List.of(s)),
        Arguments.of("warcio/example.warc", List.of(s, s, "page http://example.com/ @1197", s, s, s)),
        Arguments.of("warcio/example.warc.gz", List.of(s, s, "page http://example.com/ @784", s, s, s)),
        Arguments.of("warcio/example-bad-non-chunked.warc.gz", List.of(s, s, "page http://example.com/ @0+1197", s, s, s)),
        Arguments.of("warcio/example-bad.warc.gz.bad", List.of(s, "page http://example.com?example=1 @0+460", s, s, s, s)),
        Arguments.of("warcio/example-digest.warc", List.of(s, s, s, s)),
        Arguments.of("warcio/example-iana.org-chunked.warc", List.of(s, "page http://www.iana.org/ @405", s)),
        // a resource record of an http URL is the document itself
        Arguments.of("warcio/example-resource.warc.gz", List.of(s, s, "page http://example.com/ @802")),
        Arguments.of("warcio/example-space-in-target-uri.warc.gz", List.of(s, s)),
        // the response's Content-Length is 973, its block 975 bytes: named, and the request after it kept
        Arguments.of("warcio/example-trunc.warc", List.of(s, s, "CORRUPT @1197", s)),
        Arguments.of("warcio/example-wget-bad-target-uri.warc.gz", List.of(s, s, "page http://example.com/ @824", s, s, s)),
        Arguments.of("warcio/example-wrong-chunks.warc.gz", List.of("page http://example.com/ @0", s)),
        Arguments.of("warcio/post-test.warc.gz", List.of(s, s, s, s, s, s)),
        // ARC: the version block is no page; the capture is known by its URL, at its own offset
        Arguments.of("warcio/example.arc", List.of(s, "page http://example.com/ @151")),
        Arguments.of("warcio/example.arc.gz", List.of(s, "page http://example.com/ @171")),
        // lengths -1 and abc, and a text/plain capture of one line end: each named, none lost
        Arguments.of("warcio/bad.arc", List.of("CORRUPT @0", "CORRUPT @134", "EMPTY @202", "CORRUPT @262")),
        // its line ends were made LF, so the capture is 12 bytes shorter than its Archive-length
        Arguments.of("warcio/example-space-in-url.arc", List.of(s, "TRUNCATED @151")),
        // Heritrix ARC 1.1: no line end between records, a dns: record, bodies without Content-Length
        Arguments.of("webarchive-commons/IAH-20080430204825-00000-blackbook-truncated.arc", List.of(s, s,
            "page http://www.archive.org/robots.txt @1515", "page http://www.archive.org/ @2376",
            "page http://www.archive.org/index.php @3124", s, s, s, s)),
        // the last response names no WARC-Target-URI: it has no id to be stored under
        Arguments.of("webarchive-commons/link-extraction-test.warc", List.of(s,
            "page http://www.example.com/html4.html @258", "page http://www.example.com/link-extraction-test-html5-video.html @1696",
            "page http://www.example.com/poor_html5.html @2807", "page http://www.example.com/fb-video.html @3595",
            "page http://www.example.com/data-href.examples.html @5119", "page http://www.example.com/fb-social-plugins.html @8486",
            "CORRUPT @10562")),
        // a status line without a reason phrase, lowercase HTTP header names
        Arguments.of("webarchive-commons/mutliple-headers.warc", List.of("page https://www.example.com/index.html/ @0")),
        Arguments.of("resiliparse/block-sized-records.warc.gz", List.of(s, s, s)),
        // one record cut short inside its gzip member
        Arguments.of("resiliparse/clipped.warc.gz", List.of("TRUNCATED @0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void readsEveryRecordOfOtherReadersTestFiles(String name, List<String> expected) throws Exception {
    assertEquals(expected, read(SUITES.resolve(name)));
  }

  /**
   * ClueWeb09: WARC/0.18, LF-only HTTP heads, a WARC-Date that does not read (2008-10-294T...) and
   * {@code Content-Encoding: gzip} over bodies stored decoded.
   */
  @Test
  void clueWeb09RecordsArePagesDatedByTheirHttpDate() throws Exception {
    List<Page> pages = new ArrayList<>();
    List<String> other = new ArrayList<>();
    new DumpReader(10 << 20).read(SUITES.resolve("resiliparse/clueweb-quirk.warc.gz"), null, new DumpReader.Sink() {
      @Override
      public void page(Page page, Path f) {
        pages.add(page);
      }

      @Override
      public void failed(Failure f) {
        other.add(f.toString());
      }

      @Override
      public void skipped(Path f) {
        other.add("skipped");
      }
    });
    assertEquals(List.of("skipped"), other, "the warcinfo record");
    assertEquals(29, pages.size());
    Page first = pages.get(0);
    assertEquals("http://www.uraharajuku.st/shopdetail/001005000005/019/000/order/", first.url());
    assertEquals(Instant.parse("2009-01-28T17:05:56Z"), first.fetched(), "Date: Wed, 28 Jan 2009 17:05:56 GMT");
    assertEquals(true, first.content().contains("HEADPORTER"), "the body as stored");
    assertEquals(true, first.content().contains("ブラウニー ブリーフケース"), "decoded as EUC-JP: " + first.content().substring(0, 200));
    assertEquals("http://www.uraharajuku.st/shopdetail/001034000010/order/", pages.get(28).url());
  }

  // --- files written for these tests: three good pages with a bad record in the middle ---

  static byte[] record(WarcRecord r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path tmp = Files.createTempFile("record", ".warc");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
      w.write(r);
    }
    out.write(Files.readAllBytes(tmp));
    Files.delete(tmp);
    return out.toByteArray();
  }

  static byte[] page(int n) throws IOException {
    return record(response("https://news.example/" + n, 200, "text/html; charset=utf-8",
        utf8("<html><body><p>" + CharsetsTest.ARABIC + " " + n + "</p></body></html>"), WHEN));
  }

  /** The record with its Content-Length changed by {@code delta}. */
  static byte[] withLengthOff(byte[] record, int delta) {
    String s = new String(record, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^Content-Length: (\\d+)\r\n").matcher(s);
    m.find();
    int n = Integer.parseInt(m.group(1)) + delta;
    return (s.substring(0, m.start(1)) + n + s.substring(m.end(1))).getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  static Stream<Arguments> wrongLengths() {
    return Stream.of(Arguments.of(40), Arguments.of(-40), Arguments.of(100_000), Arguments.of(-1));
  }

  @ParameterizedTest(name = "Content-Length off by {0}")
  @MethodSource("wrongLengths")
  void aWrongContentLengthFailsThatRecordAtItsOwnOffsetAndKeepsTheRest(int delta) throws Exception {
    byte[] one = page(1);
    byte[] bad = withLengthOff(page(2), delta);
    byte[] three = page(3);
    byte[] four = page(4);
    Path f = Files.write(dir.resolve("cl.warc"), cat(one, bad, three, four));
    int at3 = one.length + bad.length;
    assertEquals(List.of("page https://news.example/1 @0", "CORRUPT @" + one.length,
        "page https://news.example/3 @" + at3, "page https://news.example/4 @" + (at3 + three.length)), read(f));
  }

  @Test
  void aWrongContentLengthInAGzipMemberFailsThatMemberOnly() throws Exception {
    byte[] one = gzip(page(1));
    byte[] bad = gzip(withLengthOff(page(2), 25));
    byte[] three = gzip(page(3));
    Path f = Files.write(dir.resolve("cl.warc.gz"), cat(one, bad, three));
    assertEquals(List.of("page https://news.example/1 @0", "CORRUPT @" + one.length,
        "page https://news.example/3 @" + (one.length + bad.length)), read(f));
  }

  @Test
  void aDamagedGzipMemberFailsAtItsOffsetAndTheNextMembersAreRead() throws Exception {
    byte[] one = gzip(page(1));
    byte[] bad = gzip(page(2));
    for (int i = 20; i < bad.length - 20; i += 7) bad[i] ^= 0x5A; // damage the deflate data
    byte[] three = gzip(page(3));
    Path f = Files.write(dir.resolve("damaged.warc.gz"), cat(one, bad, three));
    assertEquals(List.of("page https://news.example/1 @0", "CORRUPT @" + one.length,
        "page https://news.example/3 @" + (one.length + bad.length)), read(f));
  }

  @Test
  void aCorruptCompressedHttpBodyFailsThatRecordAndTheRestAreRead() throws Exception {
    byte[] body = gzip(utf8("<html><body><p>" + CharsetsTest.ARABIC + "</p></body></html>"));
    for (int i = 12; i < body.length - 10; i += 5) body[i] ^= 0x33;
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
    byte[] bad = record(new WarcResponse.Builder(URI.create("https://news.example/2")).date(WHEN).body(http).build());
    byte[] one = page(1);
    Path f = Files.write(dir.resolve("body.warc"), cat(one, bad, page(3)));
    assertEquals(List.of("page https://news.example/1 @0", "CORRUPT @" + one.length,
        "page https://news.example/3 @" + (one.length + bad.length)), read(f));
  }

  @Test
  void garbageBetweenRecordsIsPassedOverAndNamed() throws Exception {
    byte[] one = page(1);
    byte[] junk = utf8("this is not a record\r\n\r\n");
    Path f = Files.write(dir.resolve("junk.warc"), cat(one, junk, page(2)));
    assertEquals(List.of("page https://news.example/1 @0", "CORRUPT @" + one.length,
        "page https://news.example/2 @" + (one.length + junk.length)), read(f));
  }

  @Test
  void aFileThatIsNoWarcIsUnsupported() throws Exception {
    Path f = Files.write(dir.resolve("x.warc"), utf8("<html>not a warc</html>"));
    assertEquals(List.of("UNSUPPORTED @0"), read(f));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherCompressions")
  void anArchiveInACompressionThatIsNotReadSaysWhichOne(String name, byte[] magic) throws Exception {
    Path f = Files.write(dir.resolve("x.warc." + name), cat(magic, utf8("WARC/1.0 compressed bytes")));
    DumpReaderTest.Collected c = new DumpReaderTest.Collected();
    new DumpReader(1 << 20).read(f, Format.of(f), c);
    assertEquals(List.of(f + ": unsupported (compressed with " + name.replace("lz4", "LZ4").replace("zst", "Zstandard")
        + ", which is not read: decompress it first (gzip is read))"), c.failures.stream().map(Failure::toString).toList());
  }

  /** A .warc.zst as the warc-zstd specification writes it: a skippable frame with the dictionary, then frames. */
  @Test
  void aWarcZstWithItsDictionaryIsNamedAsSuchAndIsNotPassedOverInAFolder() throws Exception {
    assertEquals(Format.WARC, Format.of(Path.of("crawl/a.warc.zst")), "handed over from a folder, not passed over");
    assertEquals(Format.ARC, Format.of(Path.of("crawl/a.arc.lz4")));
    Path f = Files.write(dir.resolve("a.warc.zst"), cat(new byte[] {0x5D, 0x2A, 0x4D, 0x18, 4, 0, 0, 0, 0x37, (byte) 0xA4, 0x30, (byte) 0xEC},
        new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}));
    DumpReaderTest.Collected c = new DumpReaderTest.Collected();
    new DumpReader(1 << 20).read(f, Format.of(f), c);
    assertEquals(List.of(f + ": unsupported (compressed with Zstandard with a dictionary, which is not read: decompress it first (gzip is read))"),
        c.failures.stream().map(Failure::toString).toList());
  }

  @Test
  void aTextFileThatStartsWithBzhIsNoBzip2() throws Exception {
    Path f = Files.write(dir.resolve("x.txt"), utf8("BZh is how this note starts, and it is text."));
    DumpReaderTest.Collected c = new DumpReaderTest.Collected();
    new DumpReader(1 << 20).read(f, Format.of(f), c);
    assertEquals(List.of(), c.failures);
    assertEquals(1, c.pages.size());
  }

  static Stream<Arguments> otherCompressions() {
    return Stream.of(Arguments.of("lz4", new byte[] {0x04, 0x22, 0x4D, 0x18}), Arguments.of("zst", new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}),
        Arguments.of("bzip2", utf8("BZh91AY&SY")));
  }
}
