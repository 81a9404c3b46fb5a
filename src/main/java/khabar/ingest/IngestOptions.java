package khabar.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an ingest run behaves.
 *
 * @param threads extract-and-tag workers (the reader and the index writer have a thread each)
 * @param commitEvery commit after this many index writes
 * @param commitInterval commit when this much time has passed since the last commit and something
 *     was written; with {@code commitEvery}, bounds what a crash can cost
 * @param languages ISO 639-1 codes to keep; articles in other languages are counted as skipped.
 *     Empty keeps every language (each article is indexed with its language)
 * @param maxPageBytes the largest page, JSONL line or WARC payload read; larger ones fail as
 *     {@link Failure.Reason#TOO_LARGE}
 * @param quarantine folder that failing input files are copied to, or null
 * @param skipSameText whether an article whose text is already indexed under another URL is
 *     skipped as a duplicate; off by default, since the same wire story on two sites is two articles
 * @param progress told about the run about once a second
 */
public record IngestOptions(
    int threads, int commitEvery, Duration commitInterval, Set<String> languages, long maxPageBytes,
    Path quarantine, boolean skipSameText, Progress progress) {

  public static final int DEFAULT_COMMIT_EVERY = 1000;
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);
  public static final long DEFAULT_MAX_PAGE_BYTES = 10L << 20;

  public IngestOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    if (commitEvery < 1) throw new IllegalArgumentException("commit-every must be at least 1: " + commitEvery);
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (commitInterval.isNegative() || commitInterval.isZero()) throw new IllegalArgumentException("commit interval must be positive: " + commitInterval);
    if (maxPageBytes < 1) throw new IllegalArgumentException("page size limit must be positive: " + maxPageBytes);
    languages = languages == null ? Set.of() : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());
    progress = progress == null ? Progress.NONE : progress;
  }

  /**
   * One worker per core, commits every 1000 documents or 30 s, all languages, 10 MB pages, the same
   * text under two URLs kept as two articles.
   */
  public static IngestOptions defaults() {
    return new IngestOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_INTERVAL, Set.of(), DEFAULT_MAX_PAGE_BYTES, null, false, Progress.NONE);
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(n, commitEvery, commitInterval, languages, maxPageBytes, quarantine, skipSameText, progress);
  }

  public IngestOptions withCommits(int every, Duration interval) {
    return new IngestOptions(threads, every, interval, languages, maxPageBytes, quarantine, skipSameText, progress);
  }

  public IngestOptions withLanguages(Set<String> keep) {
    return new IngestOptions(threads, commitEvery, commitInterval, keep, maxPageBytes, quarantine, skipSameText, progress);
  }

  public IngestOptions withMaxPageBytes(long max) {
    return new IngestOptions(threads, commitEvery, commitInterval, languages, max, quarantine, skipSameText, progress);
  }

  public IngestOptions withQuarantine(Path dir) {
    return new IngestOptions(threads, commitEvery, commitInterval, languages, maxPageBytes, dir, skipSameText, progress);
  }

  public IngestOptions withSkipSameText(boolean skip) {
    return new IngestOptions(threads, commitEvery, commitInterval, languages, maxPageBytes, quarantine, skip, progress);
  }

  public IngestOptions withProgress(Progress p) {
    return new IngestOptions(threads, commitEvery, commitInterval, languages, maxPageBytes, quarantine, skipSameText, p);
  }

  /** Whether articles in {@code language} are indexed. */
  boolean keeps(String language) {
    return languages.isEmpty() || languages.contains(language);
  }
}
