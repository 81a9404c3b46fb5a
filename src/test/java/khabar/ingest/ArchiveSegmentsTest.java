package khabar.ingest;

import static khabar.ingest.ArchiveRecordClassesTest.DATE;
import static khabar.ingest.ArchiveRecordClassesTest.bytes;
import static khabar.ingest.ArchiveRecordClassesTest.cat;
import static khabar.ingest.ArchiveRecordClassesTest.gzip;
import static khabar.ingest.ArchiveRecordClassesTest.http;
import static khabar.ingest.ArchiveRecordClassesTest.response;
import static khabar.ingest.ArchiveRecordClassesTest.warc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import khabar.extract.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Segmented WARC records: joined when every segment is in the file, else named at the origin. */
class ArchiveSegmentsTest {
  static final String ID = "<urn:uuid:00000000-0000-0000-0000-000000000001>";
  static final String TEXT = "<html><body><p>الجزء الأول، ثم الثاني، ثم الثالث</p></body></html>";
  static final byte[] WHOLE = http("", bytes(TEXT));
  /** The HTTP message cut in three. */
  static final byte[][] PARTS = {java.util.Arrays.copyOf(WHOLE, 40), java.util.Arrays.copyOfRange(WHOLE, 40, 80),
      java.util.Arrays.copyOfRange(WHOLE, 80, WHOLE.length)};

  @TempDir Path dir;

  static byte[] origin(String id, byte[] block) {
    return warc("WARC/1.1", "WARC-Type: response\nWARC-Record-ID: " + id + "\nWARC-Target-URI: http://a.example/\nWARC-Date: " + DATE
        + "\nWARC-Segment-Number: 1\nContent-Type: application/http;msgtype=response\n", block);
  }

  /** A continuation record; the last (total >= 0) carries WARC-Segment-Total-Length. */
  static byte[] continuation(String origin, int number, long total, byte[] block) {
    return warc("WARC/1.1", "WARC-Type: continuation\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000010" + number + ">\nWARC-Target-URI: http://a.example/\nWARC-Date: "
        + DATE + "\nWARC-Segment-Origin-ID: " + origin + "\nWARC-Segment-Number: " + number + "\n" + (total >= 0 ? "WARC-Segment-Total-Length: " + total + "\n" : ""), block);
  }

  static List<String> read(Path file) throws InterruptedException {
    return ArchiveRecordClassesTest.read(file);
  }

  static Stream<Arguments> files() {
    byte[] o = origin(ID, PARTS[0]);
    byte[] c2 = continuation(ID, 2, -1, PARTS[1]);
    byte[] c3 = continuation(ID, 3, WHOLE.length, PARTS[2]);
    byte[] other = response("http://b.example/", http("", bytes(TEXT)));
    String page = "page http://a.example/ @0 " + DATE + " " + TEXT;
    String after = "page http://b.example/ @";
    String s = "skipped";
    return Stream.of(
        Arguments.of("origin and its continuations in order: one page at the origin", "x.warc", cat(o, c2, c3, other),
            List.of(page, after + (o.length + c2.length + c3.length) + " " + DATE + " " + TEXT)),
        Arguments.of("continuations out of order", "x.warc", cat(o, c3, c2), List.of(page)),
        Arguments.of("a record between the segments", "x.warc", cat(o, other, c2, c3),
            List.of(after + o.length + " " + DATE + " " + TEXT, page)),
        Arguments.of("one gzip member per segment", "x.warc.gz", cat(gzip(o), gzip(c2), gzip(c3)), List.of(page)),
        Arguments.of("the middle segment missing: named at the origin, the record after kept", "x.warc", cat(o, c3, other),
            List.of(after + (o.length + c3.length) + " " + DATE + " " + TEXT, "TRUNCATED @0")),
        Arguments.of("the last segment missing", "x.warc", cat(o, c2), List.of("TRUNCATED @0")),
        Arguments.of("segments that do not add up to WARC-Segment-Total-Length", "x.warc",
            cat(o, c2, continuation(ID, 3, WHOLE.length + 1, PARTS[2]), other),
            List.of("CORRUPT @0", after + (o.length + c2.length + continuation(ID, 3, WHOLE.length + 1, PARTS[2]).length) + " " + DATE + " " + TEXT)),
        Arguments.of("a segment twice: the second named, the record joined", "x.warc", cat(o, c2, c2, c3),
            List.of("CORRUPT @" + (o.length + c2.length), page)),
        // its origin began in an earlier file, which names the loss
        Arguments.of("a continuation whose origin is not in the file", "x.warc", cat(c2, other), List.of(s, after + c2.length + " " + DATE + " " + TEXT)),
        Arguments.of("segment 2 in a response record", "x.warc",
            cat(bytes(new String(o, java.nio.charset.StandardCharsets.UTF_8).replace("WARC-Segment-Number: 1", "WARC-Segment-Number: 2")), other),
            List.of("CORRUPT @0", after + o.length + " " + DATE + " " + TEXT)),
        Arguments.of("a record of one segment", "x.warc",
            warc("WARC/1.1", "WARC-Type: response\nWARC-Record-ID: " + ID + "\nWARC-Target-URI: http://a.example/\nWARC-Date: " + DATE
                + "\nWARC-Segment-Number: 1\nWARC-Segment-Total-Length: " + WHOLE.length + "\nContent-Type: application/http;msgtype=response\n", WHOLE),
            List.of(page)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void segmentsAreJoinedOrNamed(String name, String fileName, byte[] content, List<String> expected) throws Exception {
    assertEquals(expected, read(Files.write(dir.resolve(fileName), content)));
  }

  @Test
  void aMissingSegmentIsNamedWithTheSegmentsFound() throws Exception {
    byte[] o = origin(ID, PARTS[0]);
    Path f = Files.write(dir.resolve("x.warc"), cat(o, continuation(ID, 3, WHOLE.length, PARTS[2]), origin("<urn:x:2>", PARTS[0]),
        continuation("<urn:x:2>", 2, -1, PARTS[1])));
    assertEquals(List.of(f + "@0: truncated (segmented record: segments 1, 3 of 3 are in the file, 2 is not)",
        f + "@" + (o.length + continuation(ID, 3, WHOLE.length, PARTS[2]).length)
            + ": truncated (segmented record: segments 1, 2 are in the file, the last (with WARC-Segment-Total-Length) is not)"), failures(f, 10 << 20));
  }

  @Test
  void aJoinedRecordOverThePageLimitFailsAsTooLargeAtTheOrigin() throws Exception {
    byte[] big = bytes("<p>" + "خبر ".repeat(120_000) + "</p>"); // 960,007 bytes
    byte[] head = http("", new byte[0]);
    Path f = Files.write(dir.resolve("x.warc"), cat(origin(ID, cat(head, big)), continuation(ID, 2, head.length + 2L * big.length, big)));
    assertEquals(List.of(f + "@0: too large (payload over 1000 bytes)"), failures(f, 1000));
  }

  /**
   * Origins waiting for continuations are held up to 4 records at the size limit (here 1 MB + 100
   * bytes): the fifth origin of 1 MB fails the oldest at once, the rest are named at the end.
   */
  @Test
  void originsWaitingPastTheHeldLimitFailTheOldest() throws Exception {
    byte[] mb = cat(http("", new byte[0]), bytes("<p>" + "x".repeat((1 << 20) - 100) + "</p>"));
    List<byte[]> records = new ArrayList<>();
    for (int i = 1; i <= 5; i++) records.add(origin("<urn:x:" + i + ">", mb));
    Path f = Files.write(dir.resolve("open.warc"), cat(records.toArray(byte[][]::new)));
    int one = records.get(0).length;
    List<String> out = failures(f, 100);
    assertEquals(5, out.size(), out.toString());
    assertEquals(f + "@0: corrupt (segmented record waiting for its continuations while over " + 4 * ((1 << 20) + 100)
        + " bytes of segments were held)", out.get(0));
    for (int i = 1; i < 5; i++) {
      assertEquals(f + "@" + (i * one) + ": truncated (segmented record: segment 1 is in the file, the last (with WARC-Segment-Total-Length) is not)",
          out.get(i));
    }
  }

  static List<String> failures(Path f, long maxPage) throws InterruptedException {
    List<String> out = new ArrayList<>();
    new DumpReader(maxPage).read(f, Format.WARC, new DumpReader.Sink() {
      @Override
      public void page(Page page, Path file) {
        out.add("page " + page.url());
      }

      @Override
      public void failed(Failure failure) {
        out.add(failure.toString());
      }
    });
    return out;
  }
}
