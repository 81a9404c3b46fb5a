package khabar.ingest;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;

/**
 * Writes tagged articles to the index ({@link ArticleIndex#upsert} decides whether each is added,
 * updated, unchanged or a duplicate) from any number of worker threads, and commits in batches from
 * one thread: when {@link #commitIfDue} finds {@code commitEvery} writes pending or the interval
 * passed. A crash loses at most the writes since the last commit, and re-running the same input
 * puts them back, since every decision is by id.
 */
final class IndexUpdater {
  private final ArticleIndex index;
  private final IngestOptions options;
  private final IngestReport report;
  private final ArticleIndex.SameText sameText;
  private final AtomicInteger uncommitted = new AtomicInteger();
  private long lastCommit = System.nanoTime();

  IndexUpdater(ArticleIndex index, IngestOptions options, IngestReport report) {
    this.index = index;
    this.options = options;
    this.report = report;
    this.sameText = options.skipSameText() ? ArticleIndex.SameText.SKIP : ArticleIndex.SameText.MARK;
  }

  /** Prepares {@code t} for {@link #accept} (the part of the write that may run in any order); any thread. */
  ArticleIndex.Prepared prepare(TaggedArticle t) {
    long t0 = IngestReport.now();
    ArticleIndex.Prepared p = ArticleIndex.prepare(t);
    report.time(IngestReport.Stage.INDEX, t0);
    return p;
  }

  /**
   * Writes the prepared article when new or changed, re-keying the article stored under {@code
   * formerId} (null: none; see {@link ArticleIndex#upsert(TaggedArticle, ArticleIndex.SameText,
   * String)}); safe from several threads.
   */
  ArticleIndex.Outcome accept(ArticleIndex.Prepared p, String formerId) throws IOException {
    long t0 = IngestReport.now();
    ArticleIndex.Upsert u = index.upsert(p, sameText, formerId);
    if (u.changedIndex()) uncommitted.incrementAndGet();
    if (u.rekeyed()) report.countRekeyed();
    u.copyOf().ifPresent(d -> report.countStoredDuplicate(d.kind()));
    report.time(IngestReport.Stage.INDEX, t0);
    return u.outcome();
  }

  /**
   * Commits when {@code commitEvery} writes are pending, or when writes are pending and the commit
   * interval has passed. Called by one thread only (the commit waits for the writes under way).
   */
  void commitIfDue() throws IOException {
    int pending = uncommitted.get();
    if (pending >= options.commitEvery()
        || pending > 0 && System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) {
      commit();
    }
  }

  /**
   * The last commit of a run: only when something was written, so that a run that found all its
   * input unchanged reports no commit (and leaves the index files as they were).
   */
  void commitIfPending() throws IOException {
    if (uncommitted.get() > 0) commit();
  }

  /** Makes everything written so far durable and starts a new batch. */
  void commit() throws IOException {
    long t0 = IngestReport.now();
    int before = uncommitted.get();
    index.commit();
    report.countCommit();
    uncommitted.addAndGet(-before); // writes that slipped in after the read belong to the next batch
    lastCommit = System.nanoTime();
    report.time(IngestReport.Stage.COMMIT, t0);
  }
}
