package khabar.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import khabar.export.Format;
import khabar.export.Level;
import khabar.export.MentionExporter;
import khabar.export.MentionFilter;
import khabar.export.ParquetExport;
import khabar.export.TableWriter;
import khabar.export.WorkbookExport;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Gazetteer;
import khabar.util.Enums;
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
        "  khabar export --level article --with-text --from 2025-03",
        "  khabar export --format parquet --out tables/"},
    description = {"Export the articles search would find: one row per mention (with its sentence) or per article.",
        "--format parquet writes the articles and mentions tables of the Spark job instead, into the folder --out names."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin FilterOptions filters;
  @Mixin OutputOptions output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "Output format: jsonl, csv, tsv, xlsx or parquet (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--overwrite", description = "Replace the tables of an --out folder that is not empty (parquet).")
  boolean overwrite;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "mention", description = "One row per mention or per article (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--only-filtered",
      description = "Rows only for the mentions --entity, --type and --min-usd/--max-usd name (default: every mention of a selected article).")
  boolean onlyFiltered;

  @Option(names = "--no-candidates", description = "Leave out candidate names (names no gazetteer lists).")
  boolean noCandidates;

  @Option(names = "--with-text", description = "Article rows also carry the article's text (column text).")
  boolean withText;

  /** export's formats: the row formats, and the Parquet tables. */
  enum ExportFormat { JSONL, CSV, TSV, XLSX, PARQUET }

  @Override
  public Integer call() throws Exception {
    ExportFormat ef = Enums.parse(ExportFormat.class, "format", format);
    Level l = Level.parse(level);
    SearchRequest request = filters.request();
    Gazetteer g = gazetteers.pipeline().gazetteer();
    MentionFilter rows = onlyFiltered ? MentionFilter.of(request, g) : MentionFilter.ALL;
    if (noCandidates) rows = rows.withoutCandidates();
    var err = spec.commandLine().getErr();
    if (ef == ExportFormat.PARQUET) return parquet(request, g, rows, err);
    if (overwrite) throw new IllegalArgumentException("--overwrite is for --format parquet, which writes a folder");
    Format f = Format.valueOf(ef.name());
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

  private int parquet(SearchRequest request, Gazetteer g, MentionFilter rows, PrintWriter err) throws Exception {
    var parsed = spec.commandLine().getParseResult();
    for (String o : List.of("--level", "--with-text", "--bom")) {
      if (parsed.hasMatchedOption(o)) {
        throw new IllegalArgumentException(o + " does not apply to --format parquet: it writes both tables, articles with their text");
      }
    }
    if (output.out == null) throw new IllegalArgumentException("--format parquet writes a folder of tables: give it with --out DIR");
    ParquetExport.prepare(output.out, overwrite);
    ParquetExport.Result r;
    try (Searcher s = new Searcher(index.index, g)) {
      r = new ParquetExport(output.out).export(s, request, rows);
    }
    r.problems().forEach(p -> err.println("khabar export: skipped " + p));
    if (r.articles() == 0) {
      err.println("khabar export: " + (r.problems().isEmpty() ? "no article matched" : "no article could be read") + "; nothing written");
      err.flush();
      return 1;
    }
    err.println(r.articles() + " article(s) and " + r.mentions() + " mention(s) exported to " + output.out + " in "
        + r.months().size() + " month partition(s): " + String.join(", ", r.months().keySet()));
    err.flush();
    return r.problems().isEmpty() ? 0 : 1;
  }
}
