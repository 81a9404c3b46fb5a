package khabar.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import khabar.extract.Page;
import khabar.ingest.Failure.Reason;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns the good records of a WARC or ARC file ({@link ArchiveFrames}) into pages, by one set of
 * rules for both formats:
 *
 * <ol>
 *   <li>a <em>capture</em> is a WARC {@code response} record holding an HTTP message, a WARC
 *       {@code resource} record of an http(s) URL (its block is the document, typed by the record's
 *       {@code Content-Type}), or an ARC record of an http(s) URL (its block is the HTTP response;
 *       a block with no status line is an HTTP/0.9 response, typed by the ARC header); every other
 *       record (warcinfo, request, metadata, revisit, continuation, the ARC version block, {@code
 *       dns:}) is skipped;
 *   <li>a capture is a page when its status is 200 and its type HTML, XHTML or plain text; others
 *       are skipped;
 *   <li>the page is known by the captured URL and dated by the archive date ({@code WARC-Date},
 *       ARC Archive-date); when that does not read, by the HTTP {@code Date}; else by the file's
 *       time;
 *   <li>its body is de-chunked, its {@link ContentCodings Content-Encoding} undone and decoded by
 *       {@link Charsets} with the HTTP charset;
 *   <li>a response with no target URI, an HTTP message that does not parse and a damaged
 *       compressed body fail {@link Reason#CORRUPT} (segmented WARC records come here joined, {@link
 *       ArchiveSegments}).
 * </ol>
 */
final class ArchiveRecords {
  /** Room for a record's own HTTP head beside a payload at the page limit. */
  static final long HTTP_HEAD_ALLOWANCE = 1 << 20;

  private final long maxPageBytes;
  private final Path file;
  private final Instant fileTime;
  private final DumpReader.Sink sink;

  /**
   * @param maxPageBytes the largest payload read
   * @param file the file read, for failures (null for a stream)
   * @param fileTime when the file was written: the date of a page whose record has none that reads
   */
  ArchiveRecords(long maxPageBytes, Path file, Instant fileTime, DumpReader.Sink sink) {
    this.maxPageBytes = maxPageBytes;
    this.file = file;
    this.fileTime = fileTime;
    this.sink = sink;
  }

  /** Reads one good frame, named {@code where}. */
  void read(String where, ArchiveFrames.Frame f, ArchiveSyntax syntax) throws InterruptedException {
    try {
      if (f.block().length < f.blockLength()) {
        oversized(where, f, syntax);
      } else if (syntax instanceof ArchiveSyntax.Arc arc) {
        readArc(where, arc.header(f.header()), f.block());
      } else {
        readWarc(where, f);
      }
    } catch (ContentCodings.Unsupported e) {
      sink.failed(new Failure(where, Reason.UNSUPPORTED, e.getMessage(), file));
    } catch (IOException | RuntimeException e) {
      sink.failed(new Failure(where, Reason.CORRUPT, "HTTP message cannot be read: " + DumpReader.message(e), file));
    }
  }

  private void readWarc(String where, ArchiveFrames.Frame f) throws IOException, InterruptedException {
    WarcRecord record;
    try {
      record = new WarcReader(new ByteArrayInputStream(withTerminator(forJwarc(f.header()), f.block()))).next().orElse(null);
    } catch (IOException | RuntimeException e) {
      sink.failed(new Failure(where, Reason.CORRUPT, "bad WARC header: " + DumpReader.message(e), file));
      return;
    }
    if (record == null) return;
    // A response's block is HTTP when typed so, or when it starts with a status line (some writers
    // leave Content-Type out, or give the payload's type).
    if (record instanceof WarcResponse response && (response.contentType().base().equals(MediaType.HTTP) || startsWithStatusLine(f.block()))) {
      String target = response.headers().first("WARC-Target-URI").orElse(null);
      if (target == null) {
        sink.failed(new Failure(where, Reason.CORRUPT, "response record without WARC-Target-URI", file));
        return;
      }
      HttpResponse http = response.http();
      boolean cut = response.headers().first("WARC-Truncated").isPresent();
      capture(where, response.target(), date(record, http.headers()), http, payloadDigest(response.headers(), http.headers()), cut);
    } else if (record instanceof WarcResource resource && isWeb(resource.target())) {
      MediaType type = resource.contentType();
      if (!isPageType(type)) {
        sink.skipped(file);
        return;
      }
      byte[] body = DumpReader.readAtMost(resource.body().stream(), maxPageBytes);
      page(where, resource.target(), date(record, null), type, body, payloadDigest(resource.headers(), null));
    } else {
      sink.skipped(file);
    }
  }

  private void readArc(String where, ArcHeader h, byte[] block) throws IOException, InterruptedException {
    if (h == null || h.isFileDescription() || !h.isWeb()) {
      sink.skipped(file);
      return;
    }
    if (!startsWithStatusLine(block)) {
      // HTTP/0.9: the block is the body, typed by the ARC header.
      MediaType type = mediaType(h.contentType());
      if (type == null || !isPageType(type)) {
        sink.skipped(file);
        return;
      }
      page(where, h.url(), h.fetched() != null ? h.fetched() : fileTime, type, block.length > maxPageBytes ? null : block, "");
      return;
    }
    // Read as a WARC response's block is, so an HTTP body without a length runs to the block's end.
    HttpResponse http = new WarcResponse.Builder(h.url()).body(MediaType.HTTP_RESPONSE, block).build().http();
    Instant date = h.fetched() != null ? h.fetched() : httpDate(http.headers());
    capture(where, h.url(), date, http, "", false);
  }

  /**
   * An HTTP capture: a page when 200 with an HTML or text type (with no {@code Content-Type}, as old
   * servers sent: when the body starts as HTML does), else skipped. {@code cut}: the crawler cut the
   * record short ({@code WARC-Truncated}), so its body may end inside a chunk or a compressed stream.
   */
  private void capture(String where, String url, Instant date, HttpResponse http, String digest, boolean cut) throws IOException, InterruptedException {
    boolean typed = http.headers().first("Content-Type").filter(t -> !t.isBlank()).isPresent();
    MediaType type = typed ? http.contentType() : null;
    if (http.status() != 200 || typed && !isPageType(type)) {
      sink.skipped(file);
      return;
    }
    byte[] raw = cut ? ContentCodings.readToCut(http.body().stream(), maxPageBytes) : DumpReader.readAtMost(http.body().stream(), maxPageBytes);
    byte[] body = raw == null ? null : ContentCodings.decode(raw, http.headers().first("Content-Encoding").orElse(""), maxPageBytes, cut);
    if (!typed) {
      if (body == null || Format.sniff(body, Math.min(body.length, 8192)) != Format.HTML) {
        sink.skipped(file);
        return;
      }
      type = MediaType.HTML;
    }
    page(where, url, date, type, body, digest);
  }

  /** A page from a body already decoded (null: over the limit). */
  private void page(String where, String url, Instant date, MediaType type, byte[] body, String digest) throws InterruptedException {
    if (body == null) {
      sink.failed(new Failure(where, Reason.TOO_LARGE, "payload over " + maxPageBytes + " bytes", file));
      return;
    }
    Failure bad = DumpReader.checkBytes(body, where, file);
    if (bad != null) {
      sink.failed(bad);
      return;
    }
    boolean html = isHtml(type);
    String text = Charsets.decode(body, type.parameters().get("charset"), html);
    sink.page(new Page(url, text, html, date != null ? date : fileTime, where, null, digest), file);
  }

  /** A record over the size limit: a failure when it would be a page, else a skipped record. */
  private void oversized(String where, ArchiveFrames.Frame f, ArchiveSyntax syntax) {
    boolean page;
    if (syntax instanceof ArchiveSyntax.Arc arc) {
      ArcHeader h = arc.header(f.header());
      MediaType arcType = h == null ? null : mediaType(h.contentType());
      page = h != null && h.isWeb() && !h.isFileDescription()
          && (startsWithStatusLine(f.block()) ? isPageHead(f.block()) : arcType != null && isPageType(arcType));
    } else {
      String type = f.field("WARC-Type");
      String contentType = f.field("Content-Type");
      MediaType media = contentType == null ? null : mediaType(contentType);
      // an HTTP head says 200 HTML or text, whatever the record's Content-Type (as readWarc reads it)
      page = "response".equals(type) && isPageHead(f.block())
          || "resource".equals(type) && isWeb(f.field("WARC-Target-URI")) && media != null && isPageType(media);
    }
    if (page) {
      sink.failed(new Failure(where, Reason.TOO_LARGE, "payload over " + maxPageBytes + " bytes", file));
    } else {
      sink.skipped(file);
    }
  }

  /**
   * The record's {@code WARC-Payload-Digest} with the HTTP headers its decoding depends on (media
   * type and charset, content coding), or "" when it has none: what {@code SourceFingerprint}
   * takes instead of hashing the decoded payload. A resource record's type is its own.
   */
  static String payloadDigest(MessageHeaders record, MessageHeaders http) {
    String digest = record.first("WARC-Payload-Digest").orElse("").strip();
    if (digest.isEmpty()) return "";
    MessageHeaders typed = http != null ? http : record;
    return digest + "\n" + typed.first("Content-Type").orElse("") + "\n" + typed.first("Content-Encoding").orElse("");
  }

  /** The record's date (of any W3C precision); when it does not read, the HTTP Date (or null). */
  private static Instant date(WarcRecord record, MessageHeaders http) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      Instant w3c = w3cDate(record.headers().first("WARC-Date").orElse(""));
      return w3c != null || http == null ? w3c : httpDate(http);
    }
  }

  /** A W3C date-time of less precision than seconds (WARC 1.1 allows {@code 2024-05-06T07:08Z}, {@code 2024-05-06}, {@code 2024}). */
  private static final java.util.regex.Pattern W3C_DATE = java.util.regex.Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2}))?)?)?");

  /** {@link #W3C_DATE} as an instant (a missing month or day is the first, a missing time midnight UTC), or null. */
  static Instant w3cDate(String s) {
    java.util.regex.Matcher m = W3C_DATE.matcher(s.strip());
    if (!m.matches()) return null;
    try {
      java.time.LocalDateTime t = java.time.LocalDateTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
      return t.toInstant(m.group(6) == null ? java.time.ZoneOffset.UTC : java.time.ZoneOffset.of(m.group(6)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Instant httpDate(MessageHeaders http) {
    String d = http.first("Date").orElse(null);
    if (d == null) return null;
    try {
      return ZonedDateTime.parse(d.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static MediaType mediaType(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return MediaType.parse(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static boolean isPageType(MediaType type) {
    return isHtml(type) || type.base().toString().equalsIgnoreCase("text/plain");
  }

  private static boolean isWeb(String url) {
    if (url == null) return false;
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  /** Whether a block starts with an HTTP status line ({@code HTTP/}), not an HTTP/0.9 body. */
  private static boolean startsWithStatusLine(byte[] block) {
    return block.length >= 5 && new String(block, 0, 5, StandardCharsets.ISO_8859_1).equalsIgnoreCase("HTTP/");
  }

  /** Whether an HTTP head says 200 with an HTML or text body. */
  private static boolean isPageHead(byte[] head) {
    String h = new String(head, StandardCharsets.ISO_8859_1);
    int end = h.indexOf("\r\n\r\n");
    if (end >= 0) h = h.substring(0, end);
    String[] lines = h.split("\r?\n");
    if (lines.length == 0 || !lines[0].matches("(?i)HTTP/\\d(\\.\\d)? 200\\b.*")) return false;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.startsWith("content-type:")) {
        MediaType t = mediaType(l.substring(13));
        return t != null && isPageType(t);
      }
    }
    return false;
  }

  /** A field name with white space before its colon ({@code WARC-Type : response}). */
  private static final java.util.regex.Pattern SPACED_NAME = java.util.regex.Pattern.compile("^([^:\\s]+)[ \\t]+:");

  /**
   * The header as jwarc reads it: lines ended by CR LF (some writers ended them by LF alone), the
   * version line's {@code WARC} in capitals (JHOVE's valid files write {@code warc/1.0}), no
   * white space between a field name and its colon, one {@code Content-Length}, and a field
   * repeated with the same value once.
   */
  private static byte[] forJwarc(byte[] header) {
    String[] lines = new String(header, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
    StringBuilder out = new StringBuilder(header.length + 32);
    boolean length = false;
    java.util.Set<String> fields = new java.util.HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 ? lines[0].toUpperCase(Locale.ROOT) : SPACED_NAME.matcher(lines[i]).replaceFirst("$1:");
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        // the first one is what the framing checked; jwarc refuses a record with two
        if (length) continue;
        length = true;
      }
      boolean folded = i + 1 < lines.length && !lines[i + 1].isEmpty() && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t');
      // a field written twice with the same value is one field (jwarc refuses two WARC-Types)
      if (i > 0 && line.indexOf(':') > 0 && !folded && !fields.add(line.toLowerCase(Locale.ROOT).replace(" ", ""))) continue;
      out.append(line);
      if (i < lines.length - 1) out.append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The record's bytes with the record terminator, as jwarc reads a record. */
  private static byte[] withTerminator(byte[] header, byte[] block) {
    byte[] out = new byte[header.length + block.length + 4];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(block, 0, out, header.length, block.length);
    out[out.length - 4] = '\r';
    out[out.length - 3] = '\n';
    out[out.length - 2] = '\r';
    out[out.length - 1] = '\n';
    return out;
  }
}
