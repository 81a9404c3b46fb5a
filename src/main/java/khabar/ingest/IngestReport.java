package khabar.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import khabar.index.Duplicate;

/**
 * What an ingest run did: thread-safe counters, the failures with file and record, and the time
 * spent in each stage. Written as one screen of text ({@link #summary}) and as JSON
 * ({@link #toJson}).
 *
 * <p>Every page read ends in exactly one of: added, updated, unchanged, skipped as a duplicate,
 * skipped by language, or failed; so {@code pages == added + updated + unchanged +
 * skippedDuplicates + skippedLanguage + (failures after reading)}.
 *
 * <p><b>Duplicate</b> means what it means in {@code khabar stats} and search: an article that
 * repeats one stored before it, word for word (EXACT) or nearly (NEAR). A duplicate is stored
 * marked {@code duplicate_of} its original and hidden from search ({@link #duplicates}, counted
 * among added or updated), unless it is skipped ({@link #skippedDuplicates}).
 */
public final class IngestReport {
  /** Failures kept with their detail; beyond this only the counts grow. */
  static final int MAX_LISTED_FAILURES = 10_000;

  /**
   * The stages whose time is measured: CPU time of the threads doing them, summed over threads
   * (time spent waiting, for a page ahead, a free core or the disk, is not counted).
   */
  public enum Stage {
    READ, FINGERPRINT, EXTRACT, LANGUAGE, TAG, INDEX, COMMIT
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  /** The clock of {@link #time}: the current thread's CPU time in nanoseconds (wall time where the JVM cannot tell). */
  static long now() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private final LongAdder files = new LongAdder();
  private final LongAdder pages = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder skippedDuplicates = new LongAdder();
  private final Map<Duplicate.Kind, LongAdder> storedDuplicates = new EnumMap<>(Duplicate.Kind.class);
  private final LongAdder rekeyed = new LongAdder();
  private final LongAdder skippedLanguage = new LongAdder();
  private final LongAdder skippedRecords = new LongAdder();
  private final LongAdder commits = new LongAdder();
  private final LongAdder longWordPages = new LongAdder();
  private final AtomicLong failed = new AtomicLong();
  private final Map<Failure.Reason, LongAdder> failedBy = new EnumMap<>(Failure.Reason.class);
  private final Map<Format, LongAdder> filesBy = new EnumMap<>(Format.class);
  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final List<Failure> failures = new ArrayList<>();
  private final long started = System.nanoTime();
  private volatile long finished;

  public IngestReport() {
    for (Failure.Reason r : Failure.Reason.values()) failedBy.put(r, new LongAdder());
    for (Format f : Format.values()) filesBy.put(f, new LongAdder());
    for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    for (Duplicate.Kind k : Duplicate.Kind.values()) storedDuplicates.put(k, new LongAdder());
  }

  void countFile(Format format, long size) {
    files.increment();
    filesBy.get(format).increment();
    bytes.add(size);
  }

  void countPage() {
    pages.increment();
  }

  void countAdded() {
    added.increment();
  }

  void countUpdated() {
    updated.increment();
  }

  void countUnchanged() {
    unchanged.increment();
  }

  void countSkippedDuplicate() {
    skippedDuplicates.increment();
  }

  void countStoredDuplicate(Duplicate.Kind kind) {
    storedDuplicates.get(kind).increment();
  }

  void countRekeyed() {
    rekeyed.increment();
  }

  void countSkippedLanguage() {
    skippedLanguage.increment();
  }

  void countSkippedRecord() {
    skippedRecords.increment();
  }

  void countLongWordPage() {
    longWordPages.increment();
  }

  void countCommit() {
    commits.increment();
  }

  /** Adds the time since {@code start} (a {@link #now} of the same thread) to {@code stage}. */
  void time(Stage stage, long start) {
    nanos.get(stage).add(now() - start);
  }

  void failed(Failure f) {
    failed.incrementAndGet();
    failedBy.get(f.reason()).increment();
    synchronized (failures) {
      if (failures.size() < MAX_LISTED_FAILURES) failures.add(f);
    }
  }

  void finish() {
    finished = System.nanoTime();
  }

  /** Files read (each WARC or JSONL file counts once). */
  public long files() {
    return files.sum();
  }

  /** Pages read: files of one page, JSON records, WARC responses with HTML or text. */
  public long pages() {
    return pages.sum();
  }

  /** Bytes of input files, as stored (compressed when gzipped). */
  public long bytes() {
    return bytes.sum();
  }

  public long added() {
    return added.sum();
  }

  public long updated() {
    return updated.sum();
  }

  public long unchanged() {
    return unchanged.sum();
  }

  /**
   * Pages not stored because they are duplicates: the same article (id and content) earlier in the
   * input, or with {@code --skip-same-text} the same text already stored under another id.
   */
  public long skippedDuplicates() {
    return skippedDuplicates.sum();
  }

  /**
   * Articles written in this run (added or updated) as duplicates of an earlier article, per {@link
   * Duplicate.Kind} name ({@code EXACT}, {@code NEAR}): the same counts {@code khabar stats} gives for
   * the whole index.
   */
  public Map<String, Long> duplicates() {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    storedDuplicates.forEach((k, v) -> m.put(k.name(), v.sum()));
    return m;
  }

  /**
   * Articles that were stored under the id of the absolute-path scheme ({@link LocalAddress#legacy})
   * and now stand under their new id; counted among updated (or unchanged) too.
   */
  public long rekeyed() {
    return rekeyed.sum();
  }

  public long skippedLanguage() {
    return skippedLanguage.sum();
  }

  /** WARC records that are not HTML or text responses with status 200; not failures. */
  public long skippedRecords() {
    return skippedRecords.sum();
  }

  /**
   * Pages with a word longer than {@link khabar.normalize.NewsAnalyzer#MAX_TOKEN_CHARS} characters,
   * indexed by its first that many characters; the pages are kept and counted in the outcomes too.
   */
  public long longWordPages() {
    return longWordPages.sum();
  }

  public long commits() {
    return commits.sum();
  }

  public long failed() {
    return failed.get();
  }

  public long failed(Failure.Reason reason) {
    return failedBy.get(reason).sum();
  }

  public long files(Format format) {
    return filesBy.get(format).sum();
  }

  /** Time spent in a stage, summed over the threads that run it. */
  public long millis(Stage stage) {
    return TimeUnit.NANOSECONDS.toMillis(nanos.get(stage).sum());
  }

  /** Wall-clock time of the run so far (or in all, once finished). */
  public long elapsedMillis() {
    long end = finished == 0 ? System.nanoTime() : finished;
    return TimeUnit.NANOSECONDS.toMillis(end - started);
  }

  /** The failures in the order they happened (at most {@value #MAX_LISTED_FAILURES}). */
  public List<Failure> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  /** Pages that went into or are current in the index: added + updated + unchanged. */
  public long done() {
    return added() + updated() + unchanged();
  }

  /** One line with the counts. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "files %d, pages %d, added %d, updated %d, unchanged %d, skipped as duplicates %d, skipped by language %d, failed %d",
        files(), pages(), added(), updated(), unchanged(), skippedDuplicates(), skippedLanguage(), failed())
        + (storedDuplicates() > 0 ? "; " + duplicatesLine() : "")
        + (rekeyed() > 0 ? "; re-keyed " + rekeyed() : "");
  }

  private long storedDuplicates() {
    return duplicates().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The written duplicates in the words of {@code khabar stats}. */
  private String duplicatesLine() {
    StringBuilder b = new StringBuilder("duplicates stored");
    duplicates().forEach((k, v) -> b.append(' ').append(k).append(' ').append(v));
    return b.toString();
  }

  /** The one-screen summary printed at the end of a run. */
  public String screen() {
    StringBuilder b = new StringBuilder();
    double secs = Math.max(elapsedMillis(), 1) / 1000.0;
    b.append(String.format(Locale.ROOT, "ingested %d pages from %d files (%.1f MB) in %.1f s: %.1f pages/s%n",
        pages(), files(), bytes() / 1e6, secs, pages() / secs));
    b.append(String.format(Locale.ROOT, "  added %d, updated %d, unchanged %d, skipped as duplicates %d, skipped by language %d, failed %d%n",
        added(), updated(), unchanged(), skippedDuplicates(), skippedLanguage(), failed()));
    if (storedDuplicates() > 0) b.append("  ").append(duplicatesLine()).append(" (among added and updated; hidden from search)\n");
    if (rekeyed() > 0) b.append("  re-keyed from absolute-path ids: ").append(rekeyed()).append('\n');
    StringBuilder formats = new StringBuilder();
    for (Format f : Format.values()) if (files(f) > 0) formats.append(' ').append(f.name().toLowerCase(Locale.ROOT)).append(' ').append(files(f));
    if (!formats.isEmpty()) b.append("  files by format:").append(formats).append('\n');
    StringBuilder reasons = new StringBuilder();
    for (Failure.Reason r : Failure.Reason.values()) if (failed(r) > 0) reasons.append(' ').append(r.name().toLowerCase(Locale.ROOT)).append(' ').append(failed(r));
    if (!reasons.isEmpty()) b.append("  failed by reason:").append(reasons).append('\n');
    if (longWordPages() > 0) b.append(String.format(Locale.ROOT, "  pages with a word over %d characters (indexed by its start): %d%n", khabar.normalize.NewsAnalyzer.MAX_TOKEN_CHARS, longWordPages()));
    b.append("  time per stage (CPU seconds):");
    for (Stage s : Stage.values()) b.append(String.format(Locale.ROOT, " %s %.1f", s.name().toLowerCase(Locale.ROOT), millis(s) / 1000.0));
    b.append(String.format(Locale.ROOT, "; %d commits%n", commits()));
    return b.toString();
  }

  /** The report as a JSON object (the {@code --report} file). */
  public ObjectNode toJson() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode o = m.createObjectNode();
    o.put("files", files());
    o.put("pages", pages());
    o.put("bytes", bytes());
    o.put("added", added());
    o.put("updated", updated());
    o.put("unchanged", unchanged());
    o.put("skippedDuplicates", skippedDuplicates());
    ObjectNode dup = o.putObject("duplicates");
    duplicates().forEach(dup::put);
    o.put("rekeyed", rekeyed());
    o.put("skippedLanguage", skippedLanguage());
    o.put("skippedRecords", skippedRecords());
    o.put("failed", failed());
    o.put("longWordPages", longWordPages());
    o.put("commits", commits());
    o.put("elapsedMillis", elapsedMillis());
    ObjectNode byReason = o.putObject("failedByReason");
    for (Failure.Reason r : Failure.Reason.values()) if (failed(r) > 0) byReason.put(r.name().toLowerCase(Locale.ROOT), failed(r));
    ObjectNode byFormat = o.putObject("filesByFormat");
    for (Format f : Format.values()) if (files(f) > 0) byFormat.put(f.name().toLowerCase(Locale.ROOT), files(f));
    ObjectNode stages = o.putObject("stageMillis");
    for (Stage s : Stage.values()) stages.put(s.name().toLowerCase(Locale.ROOT), millis(s));
    var list = o.putArray("failures");
    for (Failure f : failures()) {
      ObjectNode n = list.addObject();
      n.put("where", f.where());
      n.put("reason", f.reason().name().toLowerCase(Locale.ROOT));
      n.put("detail", f.detail());
    }
    return o;
  }

  /** Writes {@link #toJson} to {@code file}, pretty-printed, UTF-8. */
  public void writeJson(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toJson());
  }
}
