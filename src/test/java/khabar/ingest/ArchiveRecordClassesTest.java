package khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One kind of WARC or ARC record per row, written byte by byte as the archives that have them do:
 * what each becomes (page with its id, date and text; skipped; a failure at its offset).
 */
class ArchiveRecordClassesTest {
  static final String HTML = "<html><body><p>خبر</p></body></html>";
  static final String DATE = "2024-05-06T07:08:09Z";

  @TempDir Path dir;

  /** "page URL @where date text", "skipped", "REASON @where". */
  static List<String> read(Path file) throws InterruptedException {
    return WarcRobustnessTest.read(file, (p, where) -> "page " + p.url() + " " + where + " " + p.fetched() + " " + p.content().strip());
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** A WARC record: {@code version}, header lines (CR LF), Content-Length of {@code block}, the block, CR LF CR LF. */
  static byte[] warc(String version, String headers, byte[] block) {
    return cat(bytes(version + "\r\n" + headers.replace("\n", "\r\n") + "Content-Length: " + block.length + "\r\n\r\n"), block, bytes("\r\n\r\n"));
  }

  static byte[] response(String url, byte[] http) {
    return warc("WARC/1.0", "WARC-Type: response\nWARC-Target-URI: " + url + "\nWARC-Date: " + DATE
        + "\nContent-Type: application/http; msgtype=response\n", http);
  }

  /** An HTTP 200 response head (CR LF) with these extra header lines, then the body. */
  static byte[] http(String headers, byte[] body) {
    return cat(bytes(("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n" + headers + "\n").replace("\n", "\r\n")), body);
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] b, boolean zlib) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib))) {
      d.write(b);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static byte[] chunked(String s) {
    byte[] b = bytes(s);
    int half = b.length / 2;
    return cat(bytes(Integer.toHexString(half) + "\r\n"), java.util.Arrays.copyOf(b, half),
        bytes("\r\n" + Integer.toHexString(b.length - half) + "\r\n"), java.util.Arrays.copyOfRange(b, half, b.length), bytes("\r\n0\r\n\r\n"));
  }

  /** An ARC v1 file: the version block, then {@code records} (each a header line and its block). */
  static byte[] arc(byte[]... records) {
    String desc = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
    return cat(bytes("filedesc://test.arc 0.0.0.0 20240506070809 text/plain " + desc.length() + "\n" + desc + "\n"), cat(records));
  }

  static byte[] arcRecord(String url, String date, String type, byte[] block, String after) {
    return cat(bytes(url + " 192.0.2.1 " + date + " " + type + " " + block.length + "\n"), block, bytes(after));
  }

  static final String PAGE = " " + DATE + " " + HTML;

  /** {@link #HTML} compressed by the brotli command-line tool (1.0.9). */
  static final byte[] BROTLI = hex("1f2600f89d0976ac938191d1ec384a1e38ec44758dad17b4f6616ba35bb408559b00835ff291db1302");

  static byte[] hex(String s) {
    return java.util.HexFormat.of().parseHex(s);
  }

  /** Where record {@code n} starts in the coding row: after the first records, of gzip, br and br bodies. */
  private static int at(int n, byte[] html) {
    byte[][] bodies = {html, html, BROTLI};
    int at = 0;
    for (int i = 0; i < n; i++) at += response("http://a.example/" + (i + 1), http("Content-Encoding: " + (i == 0 ? "gzip" : "br") + "\n", bodies[i])).length;
    return at;
  }

  static Stream<Arguments> classes() {
    byte[] html = bytes(HTML);
    byte[] ok = response("http://a.example/", http("", html));
    byte[] warc017 = warc("WARC/0.17", "WARC-Type: response\nWARC-Target-URI: http://a.example/1\nWARC-Date: " + DATE + "\nContent-Type: application/http; msgtype=response\n", http("", html));
    int arc = arc().length;
    byte[] arc1 = arcRecord("http://a.example/1", "20240506070809", "text/html", http("", html), "\r\n\r\n");
    byte[] arc2 = arcRecord("http://a.example/2", "20240506070809", "text/html", http("", html), "");
    byte[] arc09 = arcRecord("http://a.example/1", "20240506070809", "text/html", html, "\n");
    String s = "skipped";
    return Stream.of(
        Arguments.of("warc-0.17 and warc-0.18 headers", "x.warc", cat(warc017,
            warc("WARC/0.18", "WARC-Type: response\nWARC-Target-URI: http://a.example/2\nWARC-Date: " + DATE + "\nContent-Type: application/http; msgtype=response\n", http("", html))),
            List.of("page http://a.example/1 @0" + PAGE, "page http://a.example/2 @" + warc017.length + PAGE)),
        Arguments.of("warc-1.1 date with a fraction of a second", "x.warc",
            warc("WARC/1.1", "WARC-Type: response\nWARC-Target-URI: http://a.example/\nWARC-Date: 2024-05-06T07:08:09.123456Z\nContent-Type: application/http;msgtype=response\n", http("", html)),
            List.of("page http://a.example/ @0 2024-05-06T07:08:09.123456Z " + HTML)),
        Arguments.of("W3C dates of less precision, and with an offset", "x.warc", cat(
            warc("WARC/1.1", "WARC-Type: resource\nWARC-Target-URI: http://a.example/1\nWARC-Date: 2024-05-06T07:08Z\nContent-Type: text/html\n", html),
            warc("WARC/1.1", "WARC-Type: resource\nWARC-Target-URI: http://a.example/2\nWARC-Date: 2024-05-06\nContent-Type: text/html\n", html),
            warc("WARC/1.1", "WARC-Type: resource\nWARC-Target-URI: http://a.example/3\nWARC-Date: 2024-05-06T09:08:09+02:00\nContent-Type: text/html\n", html)),
            List.of("page http://a.example/1 @0 2024-05-06T07:08:00Z " + HTML, "page http://a.example/2 @188 2024-05-06T00:00:00Z " + HTML,
                "page http://a.example/3 @369 2024-05-06T07:08:09Z " + HTML)),
        Arguments.of("a date that does not read: the HTTP Date", "x.warc",
            warc("WARC/1.0", "WARC-Type: response\nWARC-Target-URI: http://a.example/\nWARC-Date: 2008-10-294T05:21:46-0700\nContent-Type: application/http;msgtype=response\n",
                http("Date: Wed, 28 Jan 2009 17:05:56 GMT\n", html)),
            List.of("page http://a.example/ @0 2009-01-28T17:05:56Z " + HTML)),
        Arguments.of("revisit record", "x.warc",
            warc("WARC/1.0", "WARC-Type: revisit\nWARC-Target-URI: http://a.example/\nWARC-Date: " + DATE
                + "\nWARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\nContent-Type: application/http;msgtype=response\n",
                bytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")),
            List.of(s)),
        Arguments.of("resource records: an http page is one, metadata is not", "x.warc", cat(
            warc("WARC/1.0", "WARC-Type: resource\nWARC-Target-URI: http://a.example/r\nWARC-Date: " + DATE + "\nContent-Type: text/html; charset=utf-8\n", html),
            warc("WARC/1.0", "WARC-Type: resource\nWARC-Target-URI: metadata://crawler/log.txt\nWARC-Date: " + DATE + "\nContent-Type: text/plain\n", bytes("fetched 1 page"))),
            List.of("page http://a.example/r @0" + PAGE, s)),
        Arguments.of("chunked transfer coding", "x.warc", response("http://a.example/", http("Transfer-Encoding: chunked\n", chunked(HTML))),
            List.of("page http://a.example/ @0" + PAGE)),
        Arguments.of("gzip, zlib deflate, raw deflate", "x.warc", cat(
            response("http://a.example/1", http("Content-Encoding: gzip\n", gzip(html))),
            response("http://a.example/2", http("Content-Encoding: deflate\n", deflate(html, true))),
            response("http://a.example/3", http("Content-Encoding: deflate\n", deflate(html, false)))),
            List.of("page http://a.example/1 @0" + PAGE,
                "page http://a.example/2 @" + response("http://a.example/1", http("Content-Encoding: gzip\n", gzip(html))).length + PAGE,
                "page http://a.example/3 @" + (response("http://a.example/1", http("Content-Encoding: gzip\n", gzip(html))).length
                    + response("http://a.example/2", http("Content-Encoding: deflate\n", deflate(html, true))).length) + PAGE)),
        Arguments.of("a coding the body does not carry (stored decoded), brotli, brotli cut short, zstd", "x.warc", cat(
            response("http://a.example/1", http("Content-Encoding: gzip\n", html)),
            response("http://a.example/2", http("Content-Encoding: br\n", html)),
            response("http://a.example/3", http("Content-Encoding: br\n", BROTLI)),
            response("http://a.example/4", http("Content-Encoding: br\n", java.util.Arrays.copyOf(BROTLI, 20))),
            response("http://a.example/5", http("Content-Encoding: zstd\n", new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0, 0, 0, 1, 2}))),
            List.of("page http://a.example/1 @0" + PAGE, "page http://a.example/2 @" + at(1, html) + PAGE, "page http://a.example/3 @" + at(2, html) + PAGE,
                "CORRUPT @" + at(3, html), "UNSUPPORTED @" + (at(3, html) + response("http://a.example/4", http("Content-Encoding: br\n", java.util.Arrays.copyOf(BROTLI, 20))).length))),
        Arguments.of("missing and unreadable Content-Length: named, the next record kept", "x.warc", cat(
            bytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/1\r\n\r\n" + HTML + "\r\n\r\n"),
            bytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n" + HTML + "\r\n\r\n"), ok),
            List.of("CORRUPT @0", "CORRUPT @" + bytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/1\r\n\r\n" + HTML + "\r\n\r\n").length,
                "page http://a.example/ @" + bytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/1\r\n\r\n" + HTML + "\r\n\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n" + HTML + "\r\n\r\n").length + PAGE)),
        Arguments.of("LF-only line ends, any case of header names, HTTP/2 status line", "x.warc",
            cat(bytes("WARC/1.0\nwarc-type: response\nWARC-TARGET-URI: http://a.example/\nwarc-date: " + DATE + "\ncontent-type: application/http; msgtype=response\ncontent-length: "
                + bytes("HTTP/2 200\ncontent-type: TEXT/HTML; Charset=UTF-8\n\n" + HTML).length + "\n\nHTTP/2 200\ncontent-type: TEXT/HTML; Charset=UTF-8\n\n" + HTML + "\n\n")),
            List.of("page http://a.example/" + " @0" + PAGE)),
        Arguments.of("HTTP/2 pseudo-header fields in the HTTP head", "x.warc",
            response("http://a.example/", bytes("HTTP/2 200\r\n:status: 200\r\ncontent-type: text/html; charset=utf-8\r\n\r\n" + HTML)),
            List.of("page http://a.example/ @0" + PAGE)),
        Arguments.of("HTTP heads servers write: a line without a colon, a name with a space, a reason phrase in UTF-8 and spaces after it", "x.warc", cat(
            response("http://a.example/1", bytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\ngarbage line\r\n\r\n" + HTML)),
            response("http://a.example/2", bytes("HTTP/1.1 200 OK\r\nX Powered By: PHP\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML)),
            response("http://a.example/3", bytes("HTTP/1.1 200 تمام  \r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML))),
            List.of("page http://a.example/1 @0" + PAGE, "page http://a.example/2 @290" + PAGE, "page http://a.example/3 @585" + PAGE)),
        Arguments.of("a byte order mark before the first record, NUL padding between and after records", "x.warc",
            cat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ok, new byte[512], response("http://a.example/2", http("", html)), new byte[100]),
            List.of("page http://a.example/ @3" + PAGE, "page http://a.example/2 @" + (3 + ok.length + 512) + PAGE)),
        Arguments.of("NUL padding between and after gzip members", "x.warc.gz",
            cat(gzip(ok), new byte[1000], gzip(response("http://a.example/2", http("", html))), new byte[100]),
            List.of("page http://a.example/ @0" + PAGE, "page http://a.example/2 @" + (gzip(ok).length + 1000) + PAGE)),
        Arguments.of("a response without Content-Type, or typed text/html, whose block is an HTTP message", "x.warc", cat(
            warc("WARC/1.0", "WARC-Type: response\nWARC-Target-URI: http://a.example/1\nWARC-Date: " + DATE + "\n", http("", html)),
            warc("WARC/1.0", "WARC-Type: response\nWARC-Target-URI: http://a.example/2\nWARC-Date: " + DATE + "\nContent-Type: text/html\n", http("", html))),
            List.of("page http://a.example/1 @0" + PAGE, "page http://a.example/2 @"
                + warc("WARC/1.0", "WARC-Type: response\nWARC-Target-URI: http://a.example/1\nWARC-Date: " + DATE + "\n", http("", html)).length + PAGE)),
        Arguments.of("no Content-Type in the HTTP head: HTML by its first bytes is a page, anything else skipped", "x.warc", cat(
            response("http://a.example/1", bytes("HTTP/1.0 200 OK\r\nServer: NCSA/1.4.1\r\n\r\n" + HTML)),
            response("http://a.example/2", bytes("HTTP/1.0 200 OK\r\nServer: NCSA/1.4.1\r\n\r\nGIF89a"))),
            List.of("page http://a.example/1 @0" + PAGE, s)),
        Arguments.of("spaces around header names and values, tabs", "x.warc",
            bytes("WARC/1.0\r\nWARC-Type :  response \r\nWARC-Target-URI:\thttp://a.example/\r\nWARC-Date:" + DATE + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length :  "
                + http("", bytes(HTML)).length + "  \r\n\r\n" + new String(http("", bytes(HTML)), StandardCharsets.UTF_8) + "\r\n\r\n"),
            List.of("page http://a.example/ @0" + PAGE)),
        Arguments.of("ARC: records with any line ends between them, or none", "x.arc",
            arc(arc1, arc2,
                arcRecord("http://a.example/3", "20240506070809", "text/html", http("", html), "\n\n\n")),
            List.of(s, "page http://a.example/1 @" + arc + PAGE, "page http://a.example/2 @" + (arc + arc1.length) + PAGE,
                "page http://a.example/3 @" + (arc + arc1.length + arc2.length) + PAGE)),
        Arguments.of("ARC: HTTP/0.9 (no status line) typed by the ARC header; a date that does not read", "x.arc",
            arc(arc09,
                arcRecord("http://a.example/2", "20241399999999", "text/html", http("Date: Wed, 28 Jan 2009 17:05:56 GMT\n", html), "\n")),
            List.of(s, "page http://a.example/1 @" + arc + PAGE, "page http://a.example/2 @" + (arc + arc09.length) + " 2009-01-28T17:05:56Z " + HTML)),
        // the version block's header has the five fields of version 1 (as the ARC specification's example)
        Arguments.of("ARC version 2: ten header fields", "x.arc", cat(
            bytes("filedesc://v2.arc 0.0.0.0 20240506070809 text/plain 111\n2 0 Test\nURL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length\n\n"),
            bytes("http://a.example/ 192.0.2.1 20240506070809 text/html 200 - - 0 v2.arc " + http("", html).length + "\n"), http("", html), bytes("\n")),
            List.of(s, "page http://a.example/ @168" + PAGE)),
        Arguments.of("a .gz file of one gzip member per ARC record", "x.arc.gz", cat(
            gzip(arc()), gzip(arcRecord("http://a.example/", "20240506070809", "text/html", http("", html), "\n"))),
            List.of(s, "page http://a.example/ @" + gzip(arc()).length + PAGE)));
  }

  /**
   * A record the crawler cut at its size limit ({@code WARC-Truncated: length}) keeps what decodes
   * before the cut, gzipped or chunked; the same cut without the header is damage.
   */
  @org.junit.jupiter.api.Test
  void aRecordCutByTheCrawlerKeepsWhatDecodesBeforeTheCut() throws Exception {
    String full = "<html><body><p>" + "خبر عاجل من القاهرة، ".repeat(400) + "</p></body></html>";
    byte[] zipped = gzip(bytes(full));
    byte[] cutZip = java.util.Arrays.copyOf(zipped, zipped.length * 2 / 3);
    byte[] cutChunks = java.util.Arrays.copyOf(chunked(full), chunked(full).length / 2);
    String truncated = "WARC-Type: response\nWARC-Target-URI: http://a.example/%d\nWARC-Date: " + DATE + "\nWARC-Truncated: length\n"
        + "Content-Type: application/http; msgtype=response\n";
    byte[] one = warc("WARC/1.0", truncated.formatted(1), http("Content-Encoding: gzip\n", cutZip));
    byte[] two = warc("WARC/1.0", truncated.formatted(2), http("Transfer-Encoding: chunked\n", cutChunks));
    byte[] three = response("http://a.example/3", http("Content-Encoding: gzip\n", cutZip));
    java.util.List<khabar.extract.Page> pages = new java.util.ArrayList<>();
    java.util.List<String> failures = new java.util.ArrayList<>();
    Path f = Files.write(dir.resolve("cut.warc"), cat(one, two, three));
    new DumpReader(10 << 20).read(f, Format.WARC, new DumpReader.Sink() {
      @Override
      public void page(khabar.extract.Page page, Path file) {
        pages.add(page);
      }

      @Override
      public void failed(Failure failure) {
        failures.add(failure.where().substring(f.toString().length()) + " " + failure.reason());
      }
    });
    assertEquals(List.of("http://a.example/1", "http://a.example/2"), pages.stream().map(khabar.extract.Page::url).toList());
    for (khabar.extract.Page p : pages) {
      // a cut inside a letter's bytes ends the text with U+FFFD
      String text = p.content().endsWith("\uFFFD") ? p.content().substring(0, p.content().length() - 1) : p.content();
      org.junit.jupiter.api.Assertions.assertTrue(full.startsWith(text) && text.length() > 1000 && text.length() < full.length(),
          p.url() + ": " + p.content().length() + " of " + full.length() + " characters");
    }
    assertEquals(List.of("@" + (one.length + two.length) + " CORRUPT"), failures);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classes")
  void eachClassOfRecordIsReadOrNamed(String name, String fileName, byte[] content, List<String> expected) throws Exception {
    Path f = Files.write(dir.resolve(fileName), content);
    assertEquals(expected, read(f));
  }
}
