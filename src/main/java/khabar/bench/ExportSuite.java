package khabar.bench;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import khabar.export.Format;
import khabar.export.Level;
import khabar.export.MentionExporter;
import khabar.export.MentionFilter;
import khabar.export.TableWriter;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Export rows/s: every mention of the generated index as CSV rows (to a writer that discards
 * them), against Lucene alone reading every stored document once.
 */
final class ExportSuite implements Suite {
  @Override
  public String name() {
    return "export";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<Result> out = new ArrayList<>();
    Path dir = SearchIndex.open(ctx, out);
    try (Searcher s = ctx.pipeline().searcher(dir)) {
      IndexSearcher lucene = s.indexSearcher();
      int docs = lucene.getIndexReader().maxDoc();
      for (int w = 0; w < ctx.config.warmup(); w++) export(s);
      Result base =
          Harness.once(name(), "baseline: Lucene reads every stored document", "articles", docs, 0, () -> {
            StoredFields fields = lucene.storedFields();
            for (int d = 0; d < docs; d++) fields.document(d);
          });
      MentionExporter.Result[] done = new MentionExporter.Result[1];
      Result articles = Harness.once(name(), "articles", "articles", docs, 0, () -> done[0] = export(s));
      long rows = done[0].rows();
      Result r =
          new Result(name(), "MentionExporter.export, mention CSV", "rows", rows, 0, articles.seconds(), articles.cpuSeconds(), Double.NaN,
              Double.NaN, Double.NaN, articles.peakHeapMb(), Double.NaN, null, Double.NaN);
      out.add(base);
      out.add(r.compared(base.name(), articles.perSecond() / base.perSecond()));
    }
    return out;
  }

  private static MentionExporter.Result export(Searcher s) throws Exception {
    try (Writer w = new BufferedWriter(Writer.nullWriter());
        TableWriter t = TableWriter.open(Format.CSV, MentionExporter.MENTION_COLUMNS, w, true)) {
      return new MentionExporter().export(s, SearchRequest.of(""), Level.MENTION, MentionFilter.ALL, t);
    }
  }
}
