package khabar.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The crawl's memory on disk: an append-only log of JSON lines in {@code DIR/crawl-log.jsonl}, one
 * event a line ({@code run}, {@code queued}, {@code done}, {@code end}). Events are written in
 * batches and each batch is forced to disk: every {@link #FLUSH_MILLIS} ms by a background thread, at
 * once when {@link #BATCH} events have gathered, and at the start and end of a run. Fetching threads
 * never wait for the disk, and a killed crawl loses at most one batch: those URLs are fetched again,
 * nothing is lost.
 *
 * <p>On opening, the log is replayed: the last visit of every URL (for conditional requests and
 * revisit times), and, when the last run has no {@code end}, what that run had queued and not yet
 * done, so {@code --resume} continues it. A torn last line (the crash case) is ignored; any other
 * unreadable line is an error naming the file and line.
 */
public final class CrawlState implements Closeable {
  /** Events per forced write at most. */
  public static final int BATCH = 512;
  /** Time between forced writes (an fsync per page would cost more than the fetch). */
  public static final long FLUSH_MILLIS = 1000;
  public static final String FILE = "crawl-log.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;
  private final Map<String, Visit> visits = new HashMap<>();
  private final Map<String, CrawlUrl> unfinishedQueue = new LinkedHashMap<>();
  private final Set<String> unfinishedDone = new java.util.HashSet<>();
  private boolean interrupted;
  private final StringBuilder buffer = new StringBuilder();
  private int buffered;
  /** Held while a batch is written, so batches reach the file in the order they were taken. */
  private final Object io = new Object();
  private final ScheduledExecutorService flusher;
  private volatile IOException flushFailure;

  private CrawlState(Path file) throws IOException {
    this.file = file;
    if (Files.exists(file)) replay();
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "crawl-state-flush");
      t.setDaemon(true);
      return t;
    });
    flusher.scheduleWithFixedDelay(this::flushInBackground, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Opens (or creates) the state in {@code dir}. */
  public static CrawlState open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new CrawlState(dir.resolve(FILE));
  }

  /** The last visit of {@code url} in any run, or null. */
  public synchronized Visit visit(String url) {
    return visits.get(url);
  }

  public synchronized int knownUrls() {
    return visits.size();
  }

  /** Whether the last run stopped before its end. */
  public synchronized boolean interrupted() {
    return interrupted;
  }

  /** What the interrupted last run had queued and not done, in queue order. */
  public synchronized List<CrawlUrl> unfinished() {
    List<CrawlUrl> out = new ArrayList<>();
    for (CrawlUrl u : unfinishedQueue.values()) if (!unfinishedDone.contains(u.url())) out.add(u);
    return out;
  }

  /** URLs the interrupted last run already finished. */
  public synchronized Set<String> finishedInUnfinishedRun() {
    return Set.copyOf(unfinishedDone);
  }

  /** Starts a new run (or, with {@code resume}, continues the interrupted one). */
  public void startRun(Instant at, boolean resume) throws IOException {
    synchronized (this) {
      if (resume && interrupted) return;
      append(JSON.createObjectNode().put("t", "run").put("at", at.toString()));
    }
    flush();
  }

  public synchronized void queued(CrawlUrl u) throws IOException {
    append(JSON.createObjectNode().put("t", "queued").put("url", u.url()).put("depth", u.depth())
        .put("kind", u.kind().name()).put("redirects", u.redirects()));
  }

  public synchronized void done(Visit v) throws IOException {
    ObjectNode e = JSON.createObjectNode().put("t", "done").put("url", v.url()).put("outcome", v.outcome().name())
        .put("status", v.status()).put("at", v.at().toString());
    if (v.etag() != null) e.put("etag", v.etag());
    if (v.lastModified() != null) e.put("lastModified", v.lastModified());
    if (v.contentHash() != null) e.put("hash", v.contentHash());
    if (v.reason() != null) e.put("reason", v.reason());
    visits.put(v.url(), v);
    append(e);
  }

  /** Marks the run complete; the next run starts afresh. */
  public void endRun(Instant at) throws IOException {
    synchronized (this) {
      append(JSON.createObjectNode().put("t", "end").put("at", at.toString()));
    }
    flush();
  }

  /** Writes and forces the buffered events. */
  public void flush() throws IOException {
    if (flushFailure != null) throw flushFailure;
    synchronized (io) {
      String batch;
      synchronized (this) {
        if (buffered == 0) return;
        batch = buffer.toString();
        buffer.setLength(0);
        buffered = 0;
      }
      ByteBuffer b = ByteBuffer.wrap(batch.getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) channel.write(b);
      channel.force(false);
    }
  }

  private void flushInBackground() {
    try {
      flush();
    } catch (IOException e) {
      flushFailure = new IOException(file + ": cannot write the crawl state: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    flusher.shutdown();
    try {
      flush();
    } finally {
      synchronized (io) {
        channel.close();
      }
    }
  }

  private void append(ObjectNode e) throws IOException {
    if (flushFailure != null) throw flushFailure;
    buffer.append(JSON.writeValueAsString(e)).append('\n');
    if (++buffered >= BATCH) flusher.execute(this::flushInBackground);
  }

  private void replay() throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      JsonNode e;
      try {
        e = JSON.readTree(line);
      } catch (JsonProcessingException ex) {
        if (i == lines.size() - 1) break; // torn last write of a killed crawl
        throw new IOException(file + ":" + (i + 1) + ": unreadable crawl-state line: " + ex.getOriginalMessage());
      }
      try {
        apply(e);
      } catch (RuntimeException ex) {
        throw new IOException(file + ":" + (i + 1) + ": bad crawl-state event: " + ex.getMessage());
      }
    }
  }

  private void apply(JsonNode e) {
    switch (e.path("t").asText()) {
      case "run" -> {
        interrupted = true;
        unfinishedQueue.clear();
        unfinishedDone.clear();
      }
      case "end" -> {
        interrupted = false;
        unfinishedQueue.clear();
        unfinishedDone.clear();
      }
      case "queued" -> {
        CrawlUrl u = new CrawlUrl(text(e, "url"), e.path("depth").asInt(), CrawlUrl.Kind.valueOf(text(e, "kind")),
            0, e.path("redirects").asInt());
        unfinishedQueue.putIfAbsent(u.url(), u);
      }
      case "done" -> {
        Visit v = new Visit(text(e, "url"), Outcome.valueOf(text(e, "outcome")), e.path("status").asInt(),
            optional(e, "etag"), optional(e, "lastModified"), optional(e, "hash"), Instant.parse(text(e, "at")),
            optional(e, "reason"));
        visits.put(v.url(), v);
        unfinishedDone.add(v.url());
      }
      default -> throw new IllegalArgumentException("unknown event type '" + e.path("t").asText() + "'");
    }
  }

  private static String text(JsonNode e, String field) {
    JsonNode n = e.get(field);
    if (n == null || !n.isTextual()) throw new IllegalArgumentException("missing " + field);
    return n.asText();
  }

  private static String optional(JsonNode e, String field) {
    JsonNode n = e.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
