package khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import khabar.extract.ArticleExtractor;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.ingest.IngestReport;
import khabar.ingest.Ingester;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * End-to-end ingest of the generated pages from files into a fresh index (read, decode, extract,
 * tag, index, commit), in pages/s and MB/s of HTML, against Lucene alone indexing the same
 * extracted text with {@link StandardAnalyzer} (title and stored body) into a fresh index, on as
 * many threads as the ingest has workers; both are warmed up by whole passes and measured over
 * the configured number of passes, each into a fresh index, as every suite is (one writer fed from every thread, as the ingest does:
 * a one-thread baseline against a many-thread ingest would flatter the ingest). Then the same
 * input ingested again into that index, which finds every record unchanged by its source
 * fingerprint, against the first run. Then one row per stage of the last measured ingest (read,
 * fingerprint, extract, language, tag, index, commit): pages per CPU second of that stage (CPU time of
 * the threads doing it), and its share of all the stages' CPU time in the name, to show where the
 * time goes.
 */
final class IngestSuite implements Suite {
  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    Path work = ctx.config.work().resolve("ingest");
    delete(work);
    Path pagesDir = Files.createDirectories(work.resolve("pages"));
    List<String> pages = ctx.pages();
    List<Path> files = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < pages.size(); i++) {
      Path f = pagesDir.resolve(String.format(Locale.ROOT, "%06d.html", i));
      byte[] b = pages.get(i).getBytes(StandardCharsets.UTF_8);
      Files.write(f, b);
      files.add(f);
      bytes += b.length;
    }
    ArticleExtractor extractor = new ArticleExtractor();
    List<String[]> extracted = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      var a = extractor.extract(new Page(ctx.articles().get(i).url(), pages.get(i), true, null, null));
      extracted.add(new String[] {a.url(), a.title(), a.text()});
    }
    Ingester ingester = ctx.pipeline().ingester();
    int threads = ingester.threads();
    // Warm-up as every suite does it: whole passes over the same pages, so that the JIT has compiled
    // the ingest (a far larger body of code than Lucene's baseline) before either is measured.
    // The re-run of unchanged input is warmed up too: it takes other paths (fingerprint lookups,
    // no extraction), and measured cold against a warm first run it would look slower than it is.
    for (int w = 0; w < ctx.config.warmup(); w++) {
      ingestInto(ingester, List.of(pagesDir), work.resolve("warmup-" + w));
      ingestInto(ingester, List.of(pagesDir), work.resolve("warmup-" + w));
      luceneInto(extracted, work.resolve("warmup-lucene-" + w), threads);
    }
    int n = pages.size();
    int passes = ctx.harness.iterations();
    Result base =
        Harness.once(name(), "baseline: Lucene StandardAnalyzer indexing of the extracted text", "pages", (long) n * passes,
            bytes * passes, () -> {
              for (int p = 0; p < passes; p++) luceneInto(extracted, work.resolve("lucene-" + p), threads);
            });
    IngestReport[] report = new IngestReport[1];
    Result r =
        Harness.once(name(), "Ingester.ingest (files to a fresh index)", "pages", (long) n * passes, bytes * passes, () -> {
          for (int p = 0; p < passes; p++) {
            report[0] = ingestInto(ingester, List.of(pagesDir), work.resolve("index-" + p));
            if (report[0].added() != n) {
              throw new IllegalStateException("ingest added " + report[0].added() + " of " + n + " pages: " + report[0].summary());
            }
          }
        });
    Path last = work.resolve("index-" + (passes - 1));
    IngestReport[] again = new IngestReport[1];
    Result rerun =
        Harness.once(name(), "Ingester.ingest again, unchanged input (vs the first run)", "pages", (long) n * passes,
            bytes * passes, () -> {
              for (int p = 0; p < passes; p++) {
                again[0] = ingestInto(ingester, List.of(pagesDir), last);
                if (again[0].unchanged() != n) break;
              }
            });
    if (again[0].unchanged() != n) {
      throw new IllegalStateException("re-run found " + again[0].unchanged() + " of " + n + " pages unchanged: " + again[0].summary());
    }
    delete(work);
    List<Result> out = new ArrayList<>(List.of(base, r.against(base), rerun.against(r)));
    out.addAll(stages(report[0], n, bytes, r.peakHeapMb()));
    return out;
  }

  /** A row per stage: its CPU time, as pages per second, and its share of the total; the heap is the run's. */
  private List<Result> stages(IngestReport report, int pages, long bytes, double peakHeapMb) {
    long total = 0;
    for (IngestReport.Stage s : IngestReport.Stage.values()) total += report.millis(s);
    List<Result> out = new ArrayList<>();
    for (IngestReport.Stage s : IngestReport.Stage.values()) {
      double seconds = Math.max(1, report.millis(s)) / 1000.0; // under a millisecond counts as one
      String label = String.format(Locale.ROOT, "Ingester stage %s (%.0f%% of stage CPU time)",
          s.name().toLowerCase(Locale.ROOT), 100.0 * report.millis(s) / Math.max(1, total));
      out.add(new Result(name(), label, "pages", pages, bytes, seconds, seconds, Double.NaN, Double.NaN, Double.NaN,
          peakHeapMb, Double.NaN, null, Double.NaN));
    }
    return out;
  }

  private static IngestReport ingestInto(Ingester ingester, List<Path> inputs, Path index) throws IOException {
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      return ingester.ingest(inputs, idx);
    }
  }

  private static void luceneInto(List<String[]> docs, Path index, int threads) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      AtomicInteger next = new AtomicInteger();
      AtomicReference<IOException> failed = new AtomicReference<>();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(Thread.ofPlatform().start(() -> {
          try {
            for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
              String[] d = docs.get(i);
              Document doc = new Document();
              doc.add(new StringField("url", d[0], Field.Store.YES));
              doc.add(new TextField("title", d[1], Field.Store.YES));
              doc.add(new TextField("body", d[2], Field.Store.YES));
              w.addDocument(doc);
            }
          } catch (IOException e) {
            failed.compareAndSet(null, e);
          }
        }));
      }
      for (Thread t : workers) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      if (failed.get() != null) throw failed.get();
      w.commit();
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
