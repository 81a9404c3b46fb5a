package khabar.ingest;

import java.io.IOException;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;

/**
 * Writes tagged articles to the index in input order ({@link ArticleIndex#upsert} decides whether
 * each is added, updated, unchanged or a duplicate) and commits in batches: after {@code
 * commitEvery} writes, or when {@link #commitIfDue} finds the interval passed. A crash loses at
 * most the writes since the last commit, and re-running the same input puts them back, since every
 * decision is by id.
 */
final class IndexUpdater {
  private final ArticleIndex index;
  private final IngestOptions options;
  private final IngestReport report;
  private final ArticleIndex.SameText sameText;
  private int uncommitted;
  private long lastCommit = System.nanoTime();

  IndexUpdater(ArticleIndex index, IngestOptions options, IngestReport report) {
    this.index = index;
    this.options = options;
    this.report = report;
    this.sameText = options.skipSameText() ? ArticleIndex.SameText.SKIP : ArticleIndex.SameText.MARK;
  }

  /** Writes {@code t} when new or changed; commits when enough was written. */
  ArticleIndex.Outcome accept(TaggedArticle t) throws IOException {
    long t0 = System.nanoTime();
    ArticleIndex.Upsert u = index.upsert(t, sameText);
    if (u.written()) uncommitted++;
    report.time(IngestReport.Stage.INDEX, t0);
    if (uncommitted >= options.commitEvery()) commit();
    return u.outcome();
  }

  /** Commits when writes are pending and the commit interval has passed. */
  void commitIfDue() throws IOException {
    if (uncommitted > 0 && System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) commit();
  }

  /** Makes everything written so far durable and starts a new batch. */
  void commit() throws IOException {
    long t0 = System.nanoTime();
    index.commit();
    report.countCommit();
    uncommitted = 0;
    lastCommit = System.nanoTime();
    report.time(IngestReport.Stage.COMMIT, t0);
  }
}
