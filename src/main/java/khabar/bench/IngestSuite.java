package khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * extracted text with {@link StandardAnalyzer} (title and stored body) into a fresh index. Then one
 * row per stage of the ingest (read, extract, tag, index, commit): pages per second of that stage's
 * thread time, and its share of all the stages' thread time in the name, to show where the time goes.
 */
final class IngestSuite implements Suite {
  private static final int WARMUP_PAGES = 30;

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
    for (int w = 0; w < ctx.config.warmup(); w++) {
      ingestInto(ingester, files.subList(0, Math.min(WARMUP_PAGES, files.size())), work.resolve("warmup-" + w));
      luceneInto(extracted.subList(0, Math.min(WARMUP_PAGES, extracted.size())), work.resolve("warmup-lucene-" + w));
    }
    int n = pages.size();
    Result base =
        Harness.once(name(), "baseline: Lucene StandardAnalyzer indexing of the extracted text", "pages", n, bytes,
            () -> luceneInto(extracted, work.resolve("lucene")));
    IngestReport[] report = new IngestReport[1];
    Result r =
        Harness.once(name(), "Ingester.ingest (files to a fresh index)", "pages", n, bytes,
            () -> report[0] = ingestInto(ingester, List.of(pagesDir), work.resolve("index")));
    if (report[0].added() != n) {
      throw new IllegalStateException("ingest added " + report[0].added() + " of " + n + " pages: " + report[0].summary());
    }
    delete(work);
    List<Result> out = new ArrayList<>(List.of(base, r.against(base)));
    out.addAll(stages(report[0], n, bytes, r.peakHeapMb()));
    return out;
  }

  /** A row per stage: its thread time, as pages per second, and its share of the total; the heap is the run's. */
  private List<Result> stages(IngestReport report, int pages, long bytes, double peakHeapMb) {
    long total = 0;
    for (IngestReport.Stage s : IngestReport.Stage.values()) total += report.millis(s);
    List<Result> out = new ArrayList<>();
    for (IngestReport.Stage s : IngestReport.Stage.values()) {
      double seconds = Math.max(1, report.millis(s)) / 1000.0; // under a millisecond counts as one
      String label = String.format(Locale.ROOT, "Ingester stage %s (%.0f%% of stage thread time)",
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

  private static void luceneInto(List<String[]> docs, Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (String[] d : docs) {
        Document doc = new Document();
        doc.add(new StringField("url", d[0], Field.Store.YES));
        doc.add(new TextField("title", d[1], Field.Store.YES));
        doc.add(new TextField("body", d[2], Field.Store.YES));
        w.addDocument(doc);
      }
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
