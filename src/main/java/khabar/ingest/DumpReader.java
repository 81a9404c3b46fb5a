package khabar.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import khabar.extract.Page;
import khabar.ingest.Failure.Reason;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads one input file of any {@link Format} into pages, streaming: a dump of any size passes
 * through in bounded memory. A gzip stream is recognised by its magic bytes whatever the name.
 *
 * <p>A bad record never loses the good ones around it: a JSONL line that is not JSON is reported
 * with its line number and the next line is read; a WARC or gzip stream that breaks off keeps every
 * record before the break and reports the offset where it broke.
 */
public final class DumpReader {

  /** Where the pages and failures of a file go. {@link #page} may block (back pressure). */
  public interface Sink {
    void page(Page page, Path file) throws InterruptedException;

    void failed(Failure failure);

    /** A record that is not an article (a WARC request, a redirect, an image); not a failure. */
    default void skipped(Path file) {}

    /** {@code n} more input bytes read (as stored, so compressed when gzipped), for progress. */
    default void bytesRead(long n) {}
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  /** Share of control characters above which bytes are taken for binary, not text. */
  private static final double BINARY_CONTROL_SHARE = 0.05;
  /** How many first bytes tell the format of a file without a known extension. */
  private static final int SNIFF_BYTES = 8192;
  /** Room for a WARC record's own HTTP head beside a payload at the page limit. */
  private static final long HTTP_HEAD_ALLOWANCE = 1 << 20;

  private final long maxPageBytes;

  /** @param maxPageBytes the largest page, JSONL line or WARC payload read; larger ones fail */
  public DumpReader(long maxPageBytes) {
    if (maxPageBytes < 1) throw new IllegalArgumentException("page size limit must be positive: " + maxPageBytes);
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Reads {@code file}, named on its own, in {@code format} (null: told by content, {@link
   * Format#sniff}); returns normally whatever the file holds, with the format read, or null when it
   * was not read.
   */
  public Format read(Path file, Format format, Sink sink) throws InterruptedException {
    return read(file, file, format, sink);
  }

  /**
   * As {@link #read(Path, Format, Sink)}, for a file reached from the input {@code root} (a folder
   * it lies in, or itself): an HTML or text page is known by its {@link LocalAddress} from there.
   */
  public Format read(Path file, Path root, Format format, Sink sink) throws InterruptedException {
    String where = file.toString();
    Instant modified;
    try {
      modified = Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      sink.failed(new Failure(where, Reason.UNREADABLE, message(e), file));
      return null;
    }
    try (InputStream raw = Files.newInputStream(file)) {
      return read(raw, where, file, LocalAddress.of(root, file), format, modified, sink);
    } catch (IOException e) {
      sink.failed(new Failure(where, Reason.UNREADABLE, message(e), file));
      return null;
    }
  }

  /**
   * Reads a stream (stdin) in {@code format}, named {@code name} in failures and page origins; as
   * {@link #read(Path, Format, Sink)}.
   */
  public Format read(InputStream stream, String name, Format format, Sink sink) throws InterruptedException {
    return read(stream, name, null, "stdin:" + name, format, Instant.now(), sink);
  }

  /**
   * Reads a file opened elsewhere (a Hadoop file system, for the Spark job) in {@code format}, as
   * {@link #read(Path, Format, Sink)} does: {@code where} names it in failures and page origins,
   * {@code url} is the address an HTML or text page is known by (its {@link LocalAddress}, as
   * {@code read(Path, ...)} gives), {@code modified} its time. Failures carry no local file.
   * The caller closes {@code stream}.
   */
  public Format read(InputStream stream, String where, String url, Instant modified, Format format, Sink sink)
      throws InterruptedException {
    return read(stream, where, null, url, format, modified, sink);
  }

  private Format read(InputStream stream, String where, Path file, String url, Format format, Instant modified, Sink sink)
      throws InterruptedException {
    try {
      BufferedInputStream raw = new BufferedInputStream(new Counting(stream, sink), 1 << 16);
      if (format == null) format = sniff(raw);
      if (format == null) {
        sink.failed(new Failure(where, Reason.UNSUPPORTED, "unknown format: the name has no known extension (.html, .htm, .txt, .json, .jsonl, .ndjson, .warc, optionally .gz) and the content is not HTML, JSON, JSON Lines or WARC", file));
        return null;
      }
      if (format == Format.WARC) {
        readWarc(where, file, raw, sink);
        return format;
      }
      InputStream in = gunzipIfCompressed(raw);
      switch (format) {
        case HTML, TEXT -> readPage(where, file, url, in, format == Format.HTML, modified, sink);
        case JSONL -> readJsonLines(where, file, in, modified, sink);
        case JSON -> readJson(where, file, in, modified, sink);
        default -> throw new IllegalStateException(format.name());
      }
    } catch (EOFException | ZipException e) {
      sink.failed(new Failure(where, Reason.TRUNCATED, message(e), file));
    } catch (IOException e) {
      sink.failed(new Failure(where, Reason.UNREADABLE, message(e), file));
    }
    return format;
  }

  /** The format of a stream by its first bytes (gunzipped when gzip), leaving the stream where it was. */
  private static Format sniff(BufferedInputStream raw) throws IOException {
    int n = SNIFF_BYTES;
    raw.mark(n);
    byte[] head = raw.readNBytes(n);
    raw.reset();
    if (head.length >= 2 && (head[0] & 0xFF) == GZIP_MAGIC_1 && (head[1] & 0xFF) == GZIP_MAGIC_2) {
      raw.mark(1 << 16);
      byte[] inner;
      try {
        var gz = new GZIPInputStream(new java.io.ByteArrayInputStream(raw.readNBytes((1 << 16) - 1)));
        inner = readSome(gz, 8192);
      } catch (IOException e) {
        inner = new byte[0];
      } finally {
        raw.reset();
      }
      return Format.sniff(inner, inner.length);
    }
    return Format.sniff(head, head.length);
  }

  /** Up to {@code n} bytes, fewer when the stream ends or breaks first. */
  private static byte[] readSome(InputStream in, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    byte[] b = new byte[n];
    try {
      int k;
      while (out.size() < n && (k = in.read(b, 0, n - out.size())) > 0) out.write(b, 0, k);
    } catch (IOException e) {
      // a cut first member still shows its start
    }
    return out.toByteArray();
  }

  private static InputStream gunzipIfCompressed(InputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2 ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  private void readPage(String where, Path file, String url, InputStream in, boolean html, Instant modified, Sink sink)
      throws IOException, InterruptedException {
    byte[] bytes = readAtMost(in, maxPageBytes);
    if (bytes == null) {
      sink.failed(new Failure(where, Reason.TOO_LARGE, "more than " + maxPageBytes + " bytes", file));
      return;
    }
    Failure bad = checkBytes(bytes, where, file);
    if (bad != null) {
      sink.failed(bad);
      return;
    }
    String text = Charsets.decode(bytes, null, html);
    sink.page(new Page(url, text, html, modified, where), file);
  }

  private void readJsonLines(String name, Path file, InputStream in, Instant modified, Sink sink)
      throws IOException, InterruptedException {
    LineReader lines = new LineReader(in, maxPageBytes);
    byte[] line;
    while ((line = lines.next()) != null) {
      String where = name + ":" + lines.lineNumber();
      if (lines.tooLong()) {
        sink.failed(new Failure(where, Reason.TOO_LARGE, "line longer than " + maxPageBytes + " bytes", file));
        continue;
      }
      if (lines.lineNumber() == 1) line = withoutBom(line);
      if (isBlank(line)) continue;
      if (!Charsets.isUtf8(line)) {
        sink.failed(new Failure(where, Reason.BAD_ENCODING, "not valid UTF-8", file));
        continue;
      }
      Page page;
      try {
        page = JsonRecords.toPage(JSON.readTree(line), where, modified);
      } catch (JsonProcessingException e) {
        sink.failed(new Failure(where, Reason.BAD_RECORD, "not JSON: " + e.getOriginalMessage(), file));
        continue;
      } catch (IllegalArgumentException e) {
        sink.failed(new Failure(where, Reason.BAD_RECORD, e.getMessage(), file));
        continue;
      }
      sink.page(page, file);
    }
  }

  private void readJson(String name, Path file, InputStream in, Instant modified, Sink sink)
      throws IOException, InterruptedException {
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        sink.failed(new Failure(name, Reason.EMPTY, "no JSON value", file));
        return;
      }
      if (first != JsonToken.START_ARRAY) {
        emitJson(file, name, JSON.readTree(p), modified, sink);
        return;
      }
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == null) throw new EOFException("array not closed");
        emitJson(file, name + "[" + i++ + "]", JSON.readTree(p), modified, sink);
      }
    } catch (JsonProcessingException e) {
      sink.failed(new Failure(name + " line " + e.getLocation().getLineNr(), Reason.BAD_RECORD, "not JSON: " + e.getOriginalMessage(), file));
    }
  }

  private static void emitJson(Path file, String where, JsonNode n, Instant modified, Sink sink) throws InterruptedException {
    try {
      sink.page(JsonRecords.toPage(n, where, modified), file);
    } catch (IllegalArgumentException e) {
      sink.failed(new Failure(where, Reason.BAD_RECORD, e.getMessage(), file));
    }
  }

  /**
   * Reads WARC records through {@link WarcFrames}: a record with a wrong length, a damaged gzip
   * member or an undecodable HTTP body fails at its own offset, and reading goes on with the next
   * record.
   */
  private void readWarc(String name, Path file, BufferedInputStream raw, Sink sink) throws IOException, InterruptedException {
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    InputStream in = b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2 ? new GzipMembers(raw) : raw;
    WarcFrames frames = new WarcFrames(in, maxPageBytes + HTTP_HEAD_ALLOWANCE);
    WarcFrames.Frame f;
    boolean any = false;
    while ((f = frames.next()) != null) {
      String where = name + "@" + f.position();
      if (f.bad() != null) {
        boolean notWarc = !any && f.position().equals("0") && f.bad().startsWith("not a WARC record header");
        Reason reason = f.truncated() ? Reason.TRUNCATED : notWarc ? Reason.UNSUPPORTED : Reason.CORRUPT;
        String detail = reason == Reason.UNSUPPORTED ? "not a WARC file: " + f.bad() : f.bad();
        sink.failed(new Failure(where, reason, detail, file));
        any = true;
        continue;
      }
      any = true;
      if (f.block().length < f.blockLength()) {
        oversized(where, file, f, sink);
        continue;
      }
      WarcRecord record;
      try {
        var reader = new WarcReader(new java.io.ByteArrayInputStream(concat(f.header(), f.block())));
        record = reader.next().orElse(null);
      } catch (IOException | RuntimeException e) {
        sink.failed(new Failure(where, Reason.CORRUPT, "bad WARC header: " + message(e), file));
        continue;
      }
      if (record == null) continue;
      try {
        readWarcRecord(file, where, record, sink);
      } catch (IOException | RuntimeException e) {
        sink.failed(new Failure(where, Reason.CORRUPT, "HTTP message cannot be read: " + message(e), file));
      }
    }
    if (!any) sink.failed(new Failure(name, Reason.EMPTY, "no WARC records", file));
  }

  /** A record over the size limit: a failure when it is a page, else a skipped record. */
  private void oversized(String where, Path file, WarcFrames.Frame f, Sink sink) {
    String type = f.field("WARC-Type");
    String contentType = f.field("Content-Type");
    boolean http = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/http");
    if ("response".equals(type) && http && isPageHead(f.block())) {
      sink.failed(new Failure(where, Reason.TOO_LARGE, "payload over " + maxPageBytes + " bytes", file));
    } else {
      sink.skipped(file);
    }
  }

  /** Whether an HTTP head says 200 with an HTML or text body. */
  private static boolean isPageHead(byte[] head) {
    String h = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    int end = h.indexOf("\r\n\r\n");
    if (end >= 0) h = h.substring(0, end);
    String[] lines = h.split("\r?\n");
    if (lines.length == 0 || !lines[0].matches("HTTP/\\d(\\.\\d)? 200\\b.*")) return false;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.startsWith("content-type:")) {
        String t = l.substring(13).strip();
        return t.startsWith("text/html") || t.startsWith("application/xhtml+xml") || t.startsWith("text/plain");
      }
    }
    return false;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length + 4];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    out[out.length - 4] = '\r';
    out[out.length - 3] = '\n';
    out[out.length - 2] = '\r';
    out[out.length - 1] = '\n';
    return out;
  }

  private void readWarcRecord(Path file, String where, WarcRecord record, Sink sink) throws IOException, InterruptedException {
    if (!(record instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) {
      sink.skipped(file);
      return;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (http.status() != 200 || !(html || base.equals("text/plain"))) {
      sink.skipped(file);
      return;
    }
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = readAtMost(body, maxPageBytes);
    }
    if (bytes == null) {
      sink.failed(new Failure(where, Reason.TOO_LARGE, "payload over " + maxPageBytes + " bytes", file));
      return;
    }
    Failure bad = checkBytes(bytes, where, file);
    if (bad != null) {
      sink.failed(bad);
      return;
    }
    String text = Charsets.decode(bytes, type.parameters().get("charset"), html);
    sink.page(new Page(response.target(), text, html, response.date(), where, null, payloadDigest(response, http)), file);
  }

  /**
   * The record's {@code WARC-Payload-Digest} with the HTTP headers its decoding depends on (media
   * type and charset, content coding), or "" when it has none: what {@code SourceFingerprint}
   * takes instead of hashing the decoded payload.
   */
  static String payloadDigest(WarcResponse response, HttpResponse http) {
    String digest = response.headers().first("WARC-Payload-Digest").orElse("").strip();
    if (digest.isEmpty()) return "";
    return digest + "\n" + http.headers().first("Content-Type").orElse("") + "\n" + http.headers().first("Content-Encoding").orElse("");
  }

  /** Empty or binary bytes as a failure, else null. */
  static Failure checkBytes(byte[] bytes, String where, Path file) {
    if (isBlank(bytes)) return new Failure(where, Reason.EMPTY, bytes.length == 0 ? "no bytes" : "only white space", file);
    if (Charsets.bomCharset(bytes) == null && looksBinary(bytes)) return new Failure(where, Reason.BINARY, "not text", file);
    return null;
  }

  /** NUL bytes, or many control characters, in the first 4 KB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
    }
    return control > n * BINARY_CONTROL_SHARE;
  }

  private static byte[] withoutBom(byte[] line) {
    return line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF
        ? java.util.Arrays.copyOfRange(line, 3, line.length)
        : line;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
    return true;
  }

  /** All bytes of {@code in}, or null (and the stream drained no further) when there are more than {@code max}. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) return null;
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static String message(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** Tells the sink how many bytes pass, as they pass. */
  private static final class Counting extends java.io.FilterInputStream {
    private final Sink sink;

    Counting(InputStream in, Sink sink) {
      super(in);
      this.sink = sink;
    }

    @Override
    public int read() throws IOException {
      int c = in.read();
      if (c >= 0) sink.bytesRead(1);
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) sink.bytesRead(n);
      return n;
    }
  }

  /** Lines of bytes with their numbers; a line over the limit is skipped and flagged, not held. */
  static final class LineReader {
    private final InputStream in;
    private final long max;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long number;
    private boolean tooLong;

    LineReader(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    /** The next line without its end, or null at the end of the stream. */
    byte[] next() throws IOException {
      line.reset();
      tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == len) {
          len = in.read(buf);
          pos = 0;
          if (len <= 0) {
            len = 0;
            if (!any) return null;
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < len && buf[pos] != '\n') pos++;
        if (!tooLong) {
          if (line.size() + (pos - start) > max) {
            tooLong = true;
            line.reset();
          } else {
            line.write(buf, start, pos - start);
          }
        }
        if (pos < len) {
          pos++; // the '\n'
          break;
        }
      }
      number++;
      byte[] b = line.toByteArray();
      int end = b.length;
      if (end > 0 && b[end - 1] == '\r') end--;
      return end == b.length ? b : java.util.Arrays.copyOf(b, end);
    }

    long lineNumber() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
