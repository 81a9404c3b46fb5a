package khabar.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes every exchange as a WARC request record and a response record (jwarc), gzipped per
 * record, into {@code DIR/khabar-YYYYMMDDhhmmss-NNNNN.warc.gz}, starting a new file after
 * {@link #MAX_FILE_BYTES}. A body cut at the size limit is marked {@code WARC-Truncated: length}.
 * Headers that describe the transfer rather than the content (Content-Length, Transfer-Encoding,
 * Content-Encoding) are rewritten for the stored body. Thread-safe.
 */
public final class WarcOutput implements Closeable {
  /** A new file is started once the current one is this large (the usual 1 GB). */
  public static final long MAX_FILE_BYTES = 1_000_000_000L;

  private static final Set<String> TRANSFER_HEADERS = Set.of("content-length", "transfer-encoding", "content-encoding", "content-type");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private final String software;
  private final String prefix;
  private WarcWriter writer;
  private int serial;
  private long written;

  public WarcOutput(Path dir, String software, Instant start) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.software = software;
    this.prefix = "khabar-" + STAMP.format(start);
  }

  /** Writes the request and response records of {@code f}. */
  public synchronized void write(Fetched f) throws IOException {
    WarcWriter w = writer();
    URI target = URI.create(f.url());
    HttpRequest.Builder req = new HttpRequest.Builder("GET", target.getRawPath().isEmpty() ? "/"
        : target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    req.addHeader("Host", target.getRawAuthority());
    for (Map.Entry<String, String> h : f.requestHeaders()) req.addHeader(h.getKey(), h.getValue());
    WarcRequest request = new WarcRequest.Builder(target).date(f.started()).body(req.build()).build();
    HttpResponse.Builder resp = new HttpResponse.Builder(f.status(), reason(f.status()));
    for (Map.Entry<String, String> h : f.headers()) {
      if (!TRANSFER_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT)) && !h.getKey().startsWith(":")) {
        resp.addHeader(h.getKey(), h.getValue());
      }
    }
    String type = f.contentType();
    resp.body(type.isBlank() ? null : MediaType.parseLeniently(type), f.body());
    WarcResponse.Builder response = new WarcResponse.Builder(target).date(f.started()).body(resp.build())
        .concurrentTo(request.id());
    if (f.truncated()) response.truncated(WarcTruncationReason.LENGTH);
    w.write(request);
    w.write(response.build());
    written = w.position();
  }

  private WarcWriter writer() throws IOException {
    if (writer != null && written < MAX_FILE_BYTES) return writer;
    if (writer != null) writer.close();
    String name = String.format(Locale.ROOT, "%s-%05d.warc.gz", prefix, serial++);
    while (Files.exists(dir.resolve(name))) { // an earlier run in the same second
      name = String.format(Locale.ROOT, "%s-%05d.warc.gz", prefix, serial++);
    }
    Path file = dir.resolve(name);
    writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP);
    written = 0;
    writer.write(new Warcinfo.Builder().filename(name)
        .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1")))
        .build());
    return writer;
  }

  /** The files of this prefix in the folder (this run's, and an earlier run's in the same second). */
  public synchronized List<Path> files() throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) writer.close();
  }
}
