package khabar.cli;

import java.io.OutputStream;
import java.io.Writer;
import java.util.concurrent.Callable;
import khabar.export.Format;
import khabar.export.Level;
import khabar.export.MentionExporter;
import khabar.export.MentionFilter;
import khabar.export.TableWriter;
import khabar.export.WorkbookExport;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar export --format xlsx --out khabar.xlsx",
        "  khabar export --format csv --bom --entity إنفيديا --out nvidia.csv",
        "  khabar export --level article --with-text --from 2025-03"},
    description = "Export the articles search would find: one row per mention (with its sentence) or per article.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin FilterOptions filters;
  @Mixin OutputOptions output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "Output format: jsonl, csv, tsv or xlsx (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "mention", description = "One row per mention or per article (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--only-filtered",
      description = "Rows only for the mentions --entity, --type and --min-usd/--max-usd name (default: every mention of a selected article).")
  boolean onlyFiltered;

  @Option(names = "--no-candidates", description = "Leave out candidate names (names no gazetteer lists).")
  boolean noCandidates;

  @Option(names = "--with-text", description = "Article rows also carry the article's text (column text).")
  boolean withText;

  @Override
  public Integer call() throws Exception {
    Format f = Format.parse(format);
    Level l = Level.parse(level);
    SearchRequest request = filters.request();
    Gazetteer g = gazetteers.pipeline().gazetteer();
    MentionFilter rows = onlyFiltered ? MentionFilter.of(request, g) : MentionFilter.ALL;
    if (noCandidates) rows = rows.withoutCandidates();
    var err = spec.commandLine().getErr();
    if (f == Format.XLSX) {
      WorkbookExport.Result book;
      try (Searcher s = new Searcher(index.index, g);
          OutputStream o = output.openFile("xlsx")) {
        book = new WorkbookExport(withText).write(s, request, rows, o);
      }
      book.problems().forEach(p -> err.println("khabar export: skipped " + p));
      err.println("workbook " + output.out + ": " + book.articles() + " article(s); rows per sheet "
          + WorkbookExport.SHEETS + " = " + book.rows());
      err.flush();
      return book.problems().isEmpty() ? 0 : 1;
    }
    MentionExporter exporter = new MentionExporter(withText);
    MentionExporter.Result result;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      Writer w = output.open(spec);
      try (TableWriter t = TableWriter.open(f, exporter.columnsOf(l), w, output.bom)) {
        result = exporter.export(s, request, l, rows, t);
      } finally {
        output.close(w);
      }
    }
    result.problems().forEach(p -> err.println("khabar export: skipped " + p));
    err.println(result.rows() + " row(s) from " + result.articles() + " article(s) exported");
    err.flush();
    return result.problems().isEmpty() ? 0 : 1;
  }
}
