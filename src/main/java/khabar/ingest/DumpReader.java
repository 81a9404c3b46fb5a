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
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import khabar.extract.Page;
import khabar.ingest.Failure.Reason;

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
      if (format == null && holdsNothing(raw)) {
        sink.failed(new Failure(where, Reason.EMPTY, "no bytes", file));
        return null;
      }
      String compression = compression(raw);
      if (compression != null) {
        sink.failed(new Failure(where, Reason.UNSUPPORTED, "compressed with " + compression + ", which is not read: decompress it first (gzip is read)", file));
        return null;
      }
      if (format == null) {
        sink.failed(new Failure(where, Reason.UNSUPPORTED, "unknown format: the name has no known extension (.html, .htm, .txt, .json, .jsonl, .ndjson, .warc, .arc, optionally .gz) and the content is not HTML, JSON, JSON Lines, WARC or ARC", file));
        return null;
      }
      if (format == Format.WARC || format == Format.ARC) {
        readArchive(where, file, raw, format, modified, sink);
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

  /** Whether a stream holds no bytes, or gzip members that hold none (a WARC writer's file opened and closed empty). */
  private static boolean holdsNothing(BufferedInputStream raw) throws IOException {
    int n = (1 << 16) - 1;
    raw.mark(n + 1);
    try {
      byte[] head = raw.readNBytes(n);
      if (head.length == 0) return true;
      if (head.length == n || head.length < 2 || (head[0] & 0xFF) != GZIP_MAGIC_1 || (head[1] & 0xFF) != GZIP_MAGIC_2) return false;
      try (GZIPInputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
        return gz.read() < 0;
      } catch (IOException e) {
        return false;
      }
    } finally {
      raw.reset();
    }
  }

  /**
   * Compressions other than gzip, by their magic bytes (an LZ4 WARC of FastWARC, a .warc.zst, .bz2,
   * .xz), none of which starts a text file. A .warc.zst opens with a skippable frame holding its
   * dictionary (the warc-zstd specification). No dependency on the class path reads these: the
   * pure-Java Zstandard decoders read no dictionary, and zstd-jni would add 7 MB of native code.
   */
  private static final java.util.Map<String, byte[]> OTHER_COMPRESSIONS = java.util.Map.of(
      "LZ4", new byte[] {0x04, 0x22, 0x4D, 0x18},
      "Zstandard", new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},
      "Zstandard with a dictionary", new byte[] {0x5D, 0x2A, 0x4D, 0x18},
      "bzip2", new byte[] {'B', 'Z', 'h'},
      "xz", new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0});

  /** bzip2's block magic after {@code BZh} and the block size digit: a text starting "BZh" is no bzip2. */
  private static final byte[] BZIP2_BLOCK = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};

  /** The name of the compression a stream starts with, when it is one that is not read; else null. */
  private static String compression(BufferedInputStream raw) throws IOException {
    raw.mark(16);
    byte[] head = raw.readNBytes(10);
    raw.reset();
    for (var e : OTHER_COMPRESSIONS.entrySet()) {
      byte[] magic = e.getValue();
      if (!java.util.Arrays.equals(head, 0, Math.min(head.length, magic.length), magic, 0, magic.length)) continue;
      if (e.getKey().equals("bzip2") && (head.length < 10 || head[3] < '1' || head[3] > '9'
          || !java.util.Arrays.equals(head, 4, 10, BZIP2_BLOCK, 0, BZIP2_BLOCK.length))) continue;
      return e.getKey();
    }
    return null;
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
   * Reads WARC or ARC records through {@link ArchiveFrames} and {@link ArchiveRecords}: a record
   * with a wrong length, a damaged gzip member or an undecodable HTTP body fails at its own offset,
   * and reading goes on with the next record.
   */
  private void readArchive(String name, Path file, BufferedInputStream raw, Format format, Instant modified, Sink sink)
      throws IOException, InterruptedException {
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    InputStream in = b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2 ? new GzipMembers(raw) : raw;
    ArchiveSyntax syntax = format == Format.ARC ? new ArchiveSyntax.Arc() : new ArchiveSyntax.Warc();
    ArchiveFrames frames = new ArchiveFrames(syntax, in, maxPageBytes + ArchiveRecords.HTTP_HEAD_ALLOWANCE);
    ArchiveRecords records = new ArchiveRecords(maxPageBytes, file, modified, sink);
    ArchiveSegments segments = format == Format.WARC ? new ArchiveSegments(maxPageBytes + ArchiveRecords.HTTP_HEAD_ALLOWANCE) : null;
    ArchiveFrames.Frame f;
    boolean any = false;
    // Bytes at the start that are no record header: the file is no archive when nothing follows,
    // else damage at its start.
    ArchiveFrames.Frame noHeader = null;
    while ((f = frames.next()) != null) {
      if (!any && f.bad() != null && f.position().equals("0") && f.bad().startsWith("not a")) {
        noHeader = f;
        any = true;
        continue;
      }
      any = true;
      if (noHeader != null) readFrame(name, file, format, syntax, records, noHeader, false, sink);
      noHeader = null;
      for (ArchiveFrames.Frame r : segments == null ? List.of(f) : segments.offer(f)) readFrame(name, file, format, syntax, records, r, false, sink);
    }
    if (noHeader != null) readFrame(name, file, format, syntax, records, noHeader, true, sink);
    if (segments != null) for (ArchiveFrames.Frame r : segments.finish()) readFrame(name, file, format, syntax, records, r, false, sink);
    if (!any) sink.failed(new Failure(name, Reason.EMPTY, "no " + syntax.name() + " records", file));
  }

  /** One frame of an archive: a bad one fails at its position, a good one is read; {@code alone}: nothing else was in the file. */
  private static void readFrame(String name, Path file, Format format, ArchiveSyntax syntax, ArchiveRecords records, ArchiveFrames.Frame f,
      boolean alone, Sink sink) throws InterruptedException {
    String where = name + "@" + f.position();
    if (f.bad() == null) {
      records.read(where, f, syntax);
      return;
    }
    boolean notArchive = alone && f.position().equals("0") && f.bad().startsWith("not a");
    Reason reason = f.truncated() ? Reason.TRUNCATED : notArchive ? Reason.UNSUPPORTED : Reason.CORRUPT;
    String detail = reason == Reason.UNSUPPORTED ? "not " + (format == Format.ARC ? "an ARC" : "a WARC") + " file: " + f.bad() : f.bad();
    sink.failed(new Failure(where, reason, detail, file));
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
