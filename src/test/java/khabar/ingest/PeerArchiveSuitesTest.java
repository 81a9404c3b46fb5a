package khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WARC and ARC files of JWAT, gowarc, node-warc, warcio.js, slyrz/warc and webarchive (Go; its {@code
 * jhove/} files are JWAT's and JHOVE2's) in {@code warc-suites/}: each file's record count is the
 * one its project's tests assert (noted beside it; "ours" where they assert none), and every
 * failure is named at its offset. A record is a page, a skipped record or a failure.
 */
class PeerArchiveSuitesTest {
  static Stream<Arguments> files() {
    return Stream.of(
        // JWAT TestArcReader_NextAndIterRecord: 102 and 6 records
        row("jwat/1-1-20110922131213-00000-svc-VirtualBox.arc", 102, 13),
        row("jwat/small_BNF.arc", 6, 3),
        // JWAT TestWarc_BadEncodingHeader: 4 records
        row("jwat/invalid-warcfile-encoding-headers.warc.gz", 4, 2),
        // JWAT: one record, then "Trailing data" (an ARC header cut by the end of the file)
        row("jwat/invalid-warcfile-record-then-garbage.warc", 2, 1, "CORRUPT @1135"),
        row("jwat/invalid-arcfile-record-then-garbage.arc", 2, 1, "TRUNCATED @2329"),
        // JWAT TestArcFieldParsers: a version block of dashes, a record padded with spaces; 2 records each
        row("jwat/test-arc-1.0-dashed-fields.arc", 2, 1),
        row("jwat/test-arc-1.0-invalid-fields.arc", 2, 1, "CORRUPT @0"),
        row("jwat/test-utf8.warc", 1, 0),
        // JWAT TestWarc_Fields, _NonWarcHeaders, _DuplicateFields, _ContentTypeRecommended, _Utf8,
        // _UpperLowerCase: valid files (folded header lines, warc/1.0 in lower case)
        row("webarchive-go/jhove/valid/valid-warcfile-contenttype-continuation.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-duplicate-concurrentto.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-fields-continuation.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-fields-metainfo.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-fields-warcinfo.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-non-warc-headers.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-upper-lower-case.warc", 5, 0),
        row("webarchive-go/jhove/valid/valid-warcfile-utf8.warc", 1, 0),
        row("webarchive-go/jhove/valid/valid-warcrecorddigests-1.warc", 7, 7), // ours
        row("webarchive-go/jhove/valid/valid-warcrecorddigests-2.warc", 7, 7), // ours
        // JWAT TestWarc_MissingHeadersAll: 2, 4, 1, 1, 1 records, each without Content-Length
        row("webarchive-go/jhove/invalid/invalid-warcfile-lonely-warcinfo-metadata.warc", 2, 0, "CORRUPT @0", "CORRUPT @37"),
        row("webarchive-go/jhove/invalid/invalid-warcfile-lonely-request-response-resource-conversion.warc", 4, 0,
            "CORRUPT @0", "CORRUPT @36", "CORRUPT @73", "CORRUPT @110"),
        row("webarchive-go/jhove/invalid/invalid-warcfile-lonely-continuation.warc", 1, 0, "CORRUPT @0"),
        row("webarchive-go/jhove/invalid/invalid-warcfile-lonely-revisit.warc", 1, 0, "CORRUPT @0"),
        row("webarchive-go/jhove/invalid/invalid-warcfile-lonely-monkeys.warc", 1, 0, "CORRUPT @0"),
        // JWAT TestWarc_SegmentNumber: 2 records each; a continuation numbered 1 is an error, and
        // so is segment 2 in a response (whose segment 1 then misses its continuations)
        row("webarchive-go/jhove/invalid/invalid-warcfile-segment-number-continuation.warc", 2, 0, "CORRUPT @0"),
        row("webarchive-go/jhove/invalid/invalid-warcfile-segment-number-response.warc", 2, 0, "CORRUPT @1059", "TRUNCATED @0"),
        // JWAT TestWarc_DuplicateFields (1 record, two of every field), _ContentTypeRecommended (1, 7), _DigestFields (4)
        row("webarchive-go/jhove/invalid/invalid-warcfile-duplicate-fields.warc", 1, 0),
        row("webarchive-go/jhove/invalid/invalid-warcfile-contenttype-warcinfo-recommended.warc", 1, 0),
        row("webarchive-go/jhove/invalid/invalid-warcfile-contenttype-recommended.warc", 7, 0),
        row("webarchive-go/jhove/invalid/invalid-warcfile-digest-fields.warc", 4, 4),
        // ours: wrong lengths named at their records, the file cut inside the last
        row("webarchive-go/jhove/invalid/invalid-warcrecord-3.warc", 6, 3, "CORRUPT @1073", "CORRUPT @4192", "TRUNCATED @5365"),
        row("webarchive-go/jhove/invalid/invalid-warcrecord-1.warc", 6, 0, "CORRUPT @0", "CORRUPT @407"),
        row("webarchive-go/jhove/invalid/invalid-warcreader-diagnosis-1.warc", 1, 0, "CORRUPT @2"),
        row("webarchive-go/jhove/invalid/invalid-empty.warc", 1, 0, "EMPTY "),
        // webarchive (Go) tests: hello-world.warc's first record dated 2015-07-08T21:55:13Z; ours for the rest
        row("webarchive-go/hello-world.warc", 6, 1),
        row("webarchive-go/hello-world.arc", 2, 0),
        row("webarchive-go/hello-world2.arc", 2, 0),
        row("webarchive-go/decode.warc", 12, 2),
        // node-warc parsers test: t.plan(32), two of them not records: 30 records
        row("node-warc/parseMe.warc.gz", 30, 1),
        // warcio.js: the indexer finds the response at 1197 whose Content-Length is 1 short (ours: corrupt there)
        row("warcio.js/example-bad-length.warc", 6, 0, "CORRUPT @1197"),
        // warcio.js: a WARC/1.1 301 response and its request; a URL-agnostic revisit; POST requests
        row("warcio.js/redirect.warc", 2, 0),
        row("warcio.js/example-url-agnostic-revisit.warc.gz", 2, 0),
        row("warcio.js/post-test-more.warc", 6, 0),
        // gowarc mend tests: whole-file gzip members; garbage at 2362 and at 1219 is cut off there
        row("gowarc/good.warc.gz.open", 50, 50),
        row("gowarc/single-record.warc.gz.open", 1, 1),
        row("gowarc/skip-non-open.warc.gz", 10, 10),
        row("gowarc/corrupted-trailing-bytes.warc.gz.open", 31, 30, "CORRUPT @2362"),
        row("gowarc/corrupted-mid-record.warc.gz.open", 13, 12, "CORRUPT @1219"),
        row("gowarc/empty.warc.gz.open", 1, 0, "EMPTY "),
        row("gowarc/test.warc.gz", 3, 0),
        // slyrz/warc TestReader: 10 records in each of the three; bzip2 is not read, and says so
        row("slyrz-warc/test.warc", 10, 0),
        row("slyrz-warc/test.warc.gz", 10, 0),
        row("slyrz-warc/test.warc.bz2", 1, 0, "UNSUPPORTED "));
  }

  static Arguments row(String file, int records, int pages, String... failures) {
    return Arguments.of(file, records, pages, List.of(failures));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyRecordIsCountedAndEveryFailureNamed(String file, int records, int pages, List<String> failures) throws Exception {
    List<String> read = WarcRobustnessTest.read(WarcRobustnessTest.SUITES.resolve(file));
    assertEquals(records, read.size(), "records: " + read);
    assertEquals(pages, read.stream().filter(r -> r.startsWith("page ")).count(), "pages: " + read);
    assertEquals(failures, read.stream().filter(r -> !r.startsWith("page ") && !r.equals("skipped")).toList());
  }
}
