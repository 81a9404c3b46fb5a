package khabar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import khabar.extract.Article;
import khabar.extract.ArticleExtractor;
import khabar.extract.Languages;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.index.SourceFingerprint;
import khabar.index.TaggedArticle;
import khabar.normalize.NewsAnalyzer;

/**
 * Ingests pages into an index: reads, extracts, tags and writes them, in parallel and in bounded
 * memory.
 *
 * <pre>
 * reader thread ──▶ N workers (fingerprint, extract, detect language, tag, index) ──▶ reporter and committer (calling thread)
 * </pre>
 *
 * <p>At most {@link #inFlight} pages are between the reader and the reporter at any time, so a dump
 * of any size streams through. Each worker writes its own articles ({@link ArticleIndex#upsert} is
 * safe from several threads and serializes only its duplicate decision), so Lucene's analysis runs
 * on every core; the calling thread takes the outcomes back in input order for the report and
 * commits in batches ({@link IndexUpdater}).
 *
 * <p><b>Unchanged input is skipped early.</b> A worker first takes the record's {@link
 * SourceFingerprint}; when an article made from a record with the same fingerprint is in the index
 * (as of the last commit), the record counts as unchanged and is neither extracted nor tagged.
 *
 * <p><b>Input order.</b> Workers extract and tag in parallel, but articles are written in input
 * order ({@link InputOrder}): a worker whose page is ready before the pages ahead of it leaves the
 * write behind and takes the next page, and the worker that finishes the page ahead runs it. So
 * which of two copies is the original never depends on which worker was faster, and the committed
 * part of the index is a prefix of the input.
 *
 * <p><b>What a crash costs.</b> At most the writes since the last commit (at most {@code
 * commitEvery} plus the pages in flight, or {@code commitInterval} of work); re-running the same
 * input writes them again, since every decision is by id.
 *
 * <p>Bad inputs are reported in the {@link IngestReport} (and copied to the quarantine folder when
 * one is set) and never stop the run; only a failing index does.
 */
public final class Ingester {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Documents documents;
  private final IngestOptions options;

  public Ingester(Documents documents) {
    this(documents, IngestOptions.defaults());
  }

  public Ingester(Documents documents, IngestOptions options) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The number of workers (extract, tag and write), one per core by default. */
  public int threads() {
    return options.threads();
  }

  /** Ingests files and folders (see {@link Inputs}); {@code -} reads a list of paths from stdin. */
  public IngestReport ingest(List<Path> inputs, ArticleIndex index) throws IOException {
    return ingest(inputs, System.in, index);
  }

  /** As {@link #ingest(List, ArticleIndex)}, with the list of paths for {@code -} read from {@code pathList}. */
  public IngestReport ingest(List<Path> inputs, InputStream pathList, ArticleIndex index) throws IOException {
    Inputs in = new Inputs(inputs, pathList);
    DumpReader dumps = new DumpReader(options.maxPageBytes());
    return run(new Source() {
      @Override
      public long totalBytes() throws InterruptedException {
        return in.rewalkable() ? in.totalBytes() : -1;
      }

      @Override
      public void feed(DumpReader.Sink sink, IngestReport report, AtomicLong bytesRead) throws InterruptedException {
        in.walk(new Inputs.Visitor() {
          @Override
          public void file(Path file, Path root, Format format) throws InterruptedException {
            long before = bytesRead.get();
            Format read = dumps.read(file, root, format, sink);
            long size = size(file);
            long counted = bytesRead.get() - before;
            if (read != null) report.countFile(read, Math.max(size, counted)); // a FIFO has no size
            bytesRead.addAndGet(Math.max(0, size - counted)); // what was not read
          }

          @Override
          public void failed(Failure failure) {
            sink.failed(failure);
          }
        });
      }
    }, index);
  }

  /**
   * Ingests one stream of data in a given format (stdin: {@code khabar ingest --stdin jsonl}),
   * named {@code name} in failures.
   */
  public IngestReport ingest(InputStream data, String name, Format format, ArticleIndex index) throws IOException {
    Objects.requireNonNull(format, "format");
    DumpReader dumps = new DumpReader(options.maxPageBytes());
    return run(new Source() {
      @Override
      public long totalBytes() {
        return -1;
      }

      @Override
      public void feed(DumpReader.Sink sink, IngestReport report, AtomicLong bytesRead) throws InterruptedException {
        long before = bytesRead.get();
        Format read = dumps.read(data, name, format, sink);
        if (read != null) report.countFile(read, bytesRead.get() - before);
      }
    }, index);
  }

  /**
   * Ingests pages handed over directly, by a crawler for instance. The iterator is consumed on a
   * thread of its own; it may block while it waits for the next page.
   */
  public IngestReport ingest(Iterator<Page> pages, ArticleIndex index) throws IOException {
    return run(new Source() {
      @Override
      public long totalBytes() {
        return -1;
      }

      @Override
      public void feed(DumpReader.Sink sink, IngestReport report, AtomicLong bytesRead) throws InterruptedException {
        while (pages.hasNext()) sink.page(pages.next(), null);
      }
    }, index);
  }

  /** Where pages come from. */
  private interface Source {
    long totalBytes() throws InterruptedException;

    void feed(DumpReader.Sink sink, IngestReport report, AtomicLong bytesRead) throws InterruptedException;
  }

  private record Item(long seq, Page page, Path file) {}

  /**
   * What a worker did with an item: wrote (or skipped as unchanged) an article with this outcome,
   * skipped it for its language (no outcome, no failure), or failed.
   */
  private record Result(long seq, ArticleIndex.Outcome outcome, Failure failure, Path file) {}

  private static final Item END = new Item(-1, null, null);

  /**
   * Put on the results queue when the reader has finished, so that the counting loop sees the end
   * at once instead of at its next poll timeout: the last result may arrive before the reader is
   * done, and a run of unchanged pages then waited up to 200 ms for nothing.
   */
  private static final Result READER_DONE = new Result(-1, null, null, null);

  /** Pages between the reader and the writer at most. */
  private int inFlight() {
    return 4 * options.threads() + 4;
  }

  private IngestReport run(Source source, ArticleIndex index) throws IOException {
    IngestReport report = new IngestReport();
    Quarantine quarantine = options.quarantine() == null ? null : new Quarantine(options.quarantine());
    Semaphore permits = new Semaphore(inFlight());
    BlockingQueue<Item> work = new LinkedBlockingQueue<>();
    BlockingQueue<Result> results = new LinkedBlockingQueue<>();
    AtomicLong submitted = new AtomicLong();
    AtomicLong bytesRead = new AtomicLong();
    AtomicLong totalBytes = new AtomicLong(-1);
    AtomicReference<Throwable> crashed = new AtomicReference<>();
    AtomicBoolean readerDone = new AtomicBoolean();

    DumpReader.Sink sink = new DumpReader.Sink() {
      @Override
      public void page(Page page, Path file) throws InterruptedException {
        permits.acquire();
        report.countPage();
        work.put(new Item(submitted.getAndIncrement(), page, file));
      }

      @Override
      public void failed(Failure f) {
        report.failed(f);
        if (quarantine != null) quarantine.add(f.file(), report);
      }

      @Override
      public void skipped(Path file) {
        report.countSkippedRecord();
      }

      @Override
      public void bytesRead(long n) {
        bytesRead.addAndGet(n);
      }
    };

    Thread reader = Thread.ofPlatform().name("ingest-reader").unstarted(() -> {
      long t0 = IngestReport.now();
      try {
        totalBytes.set(source.totalBytes());
        source.feed(sink, report, bytesRead);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable e) {
        crashed.compareAndSet(null, e);
      } finally {
        report.time(IngestReport.Stage.READ, t0); // CPU time: waiting for a permit costs none
        readerDone.set(true);
        results.add(READER_DONE);
        for (int i = 0; i < options.threads(); i++) work.add(END);
      }
    });
    IndexUpdater updater = new IndexUpdater(index, options, report);
    InputOrder order = new InputOrder();
    List<Thread> workers = new java.util.ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      workers.add(Thread.ofPlatform().name("ingest-worker-" + i).stackSize(16L << 20).unstarted(() -> {
        try {
          for (Item item = work.take(); item != END; item = work.take()) process(item, index, updater, order, report, results);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (Throwable e) {
          crashed.compareAndSet(null, e);
        }
      }));
    }
    reader.start();
    workers.forEach(Thread::start);

    boolean finished = false;
    try {
      Map<Long, Result> waiting = new HashMap<>();
      long next = 0;
      long lastTick = System.nanoTime();
      while (true) {
        Throwable t = crashed.get();
        if (t instanceof IOException io) throw io;
        if (t != null) throw new IllegalStateException("ingest failed: " + t, t);
        Result r = results.poll(200, TimeUnit.MILLISECONDS);
        if (r != null && r != READER_DONE) waiting.put(r.seq(), r);
        for (Result ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
          count(ready, report, sink);
          permits.release();
          next++;
        }
        updater.commitIfDue();
        if (System.nanoTime() - lastTick > 1_000_000_000L) {
          options.progress().update(report, bytesRead.get(), totalBytes.get());
          lastTick = System.nanoTime();
        }
        if (readerDone.get() && next == submitted.get()) break;
      }
      updater.commitIfPending();
      finished = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } finally {
      if (!finished) {
        reader.interrupt();
        workers.forEach(Thread::interrupt);
      }
      join(reader);
      workers.forEach(Ingester::join);
      report.finish();
      options.progress().done(report);
    }
    return report;
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Skips one page when its record is already indexed, else extracts, detects the language, tags
   * and prepares it, then hands its write to {@code order}, which runs it in input order, on this
   * thread or on the one that finishes the page before it; never throws for a bad page, only for a
   * failing index.
   */
  private void process(Item item, ArticleIndex index, IndexUpdater updater, InputOrder order, IngestReport report,
      BlockingQueue<Result> results) throws IOException {
    Page page = item.page();
    String fingerprint;
    long t0 = IngestReport.now();
    try {
      fingerprint = SourceFingerprint.of(page);
    } catch (RuntimeException e) {
      order.pass(item.seq(), results, new Result(item.seq(), null,
          new Failure(page.origin(), Failure.Reason.EXTRACTION, DumpReader.message(e), item.file()), item.file()));
      return;
    }
    String former = formerId(page, item.file());
    // an article still stored under its former id is moved to its new one, even when unchanged
    boolean known = index.hasSource(fingerprint) && (former == null || !index.contains(former));
    report.time(IngestReport.Stage.FINGERPRINT, t0);
    if (known) {
      order.pass(item.seq(), results, new Result(item.seq(), ArticleIndex.Outcome.UNCHANGED, null, item.file()));
      return;
    }
    Outcome o = process(page, item.file(), fingerprint, report);
    if (o.article() == null) {
      order.pass(item.seq(), results, new Result(item.seq(), null, o.failure(), item.file()));
      return;
    }
    ArticleIndex.Prepared prepared = updater.prepare(o.article());
    // Writes go in input order: which of two copies is the original (and so the index a re-run
    // or another machine builds from the same input) must not depend on which worker was faster.
    order.submit(item.seq(), () -> results.add(write(item, prepared, former, updater, o.failure())));
  }

  /** Writes one prepared article; {@code failure} is the page's own (its tagging failed), or null. */
  private static Result write(Item item, ArticleIndex.Prepared prepared, String former, IndexUpdater updater, Failure failure)
      throws IOException {
    try {
      return new Result(item.seq(), updater.accept(prepared, former), failure, item.file());
    } catch (IllegalArgumentException e) {
      // Lucene refuses one document (a field over its limits) without harming the index: that
      // record fails, named, and the run goes on.
      String url = prepared.article().article().url();
      String where = url.length() > 200 ? url.substring(0, 200) + "…" : url;
      return new Result(item.seq(), null,
          new Failure(where, Failure.Reason.BAD_RECORD, "refused by the index: " + DumpReader.message(e), item.file()), item.file());
    }
  }

  /**
   * The id a local HTML or text page had when local files were known by their absolute {@code
   * file:///} URI (before {@link LocalAddress}), or null for any other page. An index built then
   * holds the page's article under it; the write re-keys it (docs/INGEST.md, "Ids, and where a dump lies").
   */
  private static String formerId(Page page, Path file) {
    if (file == null || !LocalAddress.isLocal(page.url())) return null;
    return Documents.idForUrl(LocalAddress.legacy(file));
  }

  /**
   * Lets workers write in input order while they extract and tag in parallel, without waiting for
   * one another: item {@code n}'s write runs only after the writes of items {@code 0..n-1} (or
   * their {@link #pass}, for items that write nothing). A worker whose item is not next leaves the
   * write here and takes the next page; the worker that completes the item before it runs the
   * writes that have become due, one at a time and in order. Every item goes through exactly once.
   */
  private static final class InputOrder {
    /** A write handed over; it also hands the item's result on. */
    interface Write {
      void run() throws IOException;
    }

    private final Map<Long, Write> due = new HashMap<>();
    private long next;
    private boolean writing;

    /** Hands over item {@code seq}'s write, and runs every write now due unless another thread is at it. */
    void submit(long seq, Write write) throws IOException {
      synchronized (this) {
        due.put(seq, write);
        if (writing || seq != next) return;
        writing = true;
      }
      while (true) {
        Write w;
        synchronized (this) {
          w = due.remove(next);
          if (w == null) {
            writing = false;
            return;
          }
          next++;
        }
        w.run();
      }
    }

    /** An item that writes nothing: its result goes on at once; its turn still passes in order. */
    void pass(long seq, BlockingQueue<Result> results, Result r) throws IOException {
      results.add(r);
      submit(seq, () -> {});
    }
  }

  /**
   * What one page becomes before the index: the tagged article, or the failure that names the
   * page, or neither when its language is not kept (skipped by language); both when its tagging
   * failed ({@link Failure.Reason#TAGGING}: the article is kept, without entities).
   */
  public record Outcome(TaggedArticle article, Failure failure) {
    public boolean skippedByLanguage() {
      return article == null && failure == null;
    }
  }

  /**
   * Extracts, detects the language, filters by language and tags one page, exactly as every ingest
   * does (the Spark job calls this per record); never throws for a bad page. {@code file} is kept in
   * a failure for the quarantine (null: none).
   */
  public Outcome process(Page page, Path file) {
    String fingerprint;
    try {
      fingerprint = SourceFingerprint.of(page);
    } catch (RuntimeException e) {
      return new Outcome(null, new Failure(page.origin(), Failure.Reason.EXTRACTION, DumpReader.message(e), file));
    }
    return process(page, file, fingerprint, null);
  }

  private Outcome process(Page page, Path file, String fingerprint, IngestReport report) {
    try {
      long t0 = report == null ? 0 : IngestReport.now();
      Article a = extractor.extract(page);
      if (report != null) report.time(IngestReport.Stage.EXTRACT, t0);
      if (page.hints().language().isEmpty()) {
        long tl = report == null ? 0 : IngestReport.now();
        String detected = Languages.detect(a.text());
        if (!detected.isEmpty()) a = a.withLanguage(detected);
        if (report != null) report.time(IngestReport.Stage.LANGUAGE, tl);
      }
      if (a.text().isBlank()) {
        return new Outcome(null, new Failure(page.origin(), Failure.Reason.NO_TEXT, "no article text found", file));
      }
      if (!options.keeps(a.language())) return new Outcome(null, null);
      long t1 = report == null ? 0 : IngestReport.now();
      TaggedArticle t;
      Failure tagging = null;
      try {
        t = documents.tag(a, fingerprint);
      } catch (RuntimeException | StackOverflowError e) {
        // the text was read: a defect of the tagger must not lose it
        String why = e instanceof StackOverflowError ? "StackOverflowError" : DumpReader.message((Exception) e);
        t = documents.untagged(a, fingerprint);
        tagging = new Failure(page.origin(), Failure.Reason.TAGGING, "stored without entities: " + why, file);
      }
      if (report != null) {
        report.time(IngestReport.Stage.TAG, t1);
        if (NewsAnalyzer.overlongTokens(a.title()) + NewsAnalyzer.overlongTokens(a.text()) > 0) report.countLongWordPage();
      }
      return new Outcome(t, tagging);
    } catch (RuntimeException | StackOverflowError e) {
      String why = e instanceof StackOverflowError ? "page nested too deeply" : DumpReader.message((Exception) e);
      return new Outcome(null, new Failure(page.origin(), Failure.Reason.EXTRACTION, why, file));
    }
  }

  /** Counts one result in the report, in input order: an article stored although its tagging failed counts twice. */
  private static void count(Result r, IngestReport report, DumpReader.Sink sink) {
    if (r.failure() != null) {
      sink.failed(r.failure());
      if (r.outcome() == null) return;
    }
    if (r.outcome() == null) {
      report.countSkippedLanguage();
      return;
    }
    switch (r.outcome()) {
      case ADDED -> report.countAdded();
      case UPDATED -> report.countUpdated();
      case UNCHANGED -> report.countUnchanged();
      case DUPLICATE -> report.countSkippedDuplicate();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
