package khabar.cli;

import java.io.Writer;
import java.util.concurrent.Callable;
import khabar.export.Format;
import khabar.export.Level;
import khabar.export.MentionExporter;
import khabar.export.MentionFilter;
import khabar.export.TableWriter;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the articles search would find: one row per mention (with its sentence) or per article.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin FilterOptions filters;
  @Mixin OutputOptions output;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or tsv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--level", defaultValue = "mention", description = "mention or article (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--only-filtered",
      description = "Rows only for the mentions --entity, --type and --min-usd/--max-usd name (default: every mention of a selected article).")
  boolean onlyFiltered;

  @Option(names = "--no-candidates", description = "Leave out candidate mentions (names no gazetteer lists).")
  boolean noCandidates;

  @Override
  public Integer call() throws Exception {
    Format f = Format.parse(format);
    Level l = Level.parse(level);
    SearchRequest request = filters.request();
    Gazetteer g = gazetteers.pipeline().gazetteer();
    MentionFilter rows = onlyFiltered ? MentionFilter.of(request, g) : MentionFilter.ALL;
    if (noCandidates) rows = rows.withoutCandidates();
    MentionExporter.Result result;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      Writer w = output.open(spec);
      try (TableWriter t = TableWriter.open(f, MentionExporter.columns(l), w, output.bom)) {
        result = new MentionExporter().export(s, request, l, rows, t);
      } finally {
        output.close(w);
      }
    }
    var err = spec.commandLine().getErr();
    result.problems().forEach(p -> err.println("khabar export: skipped " + p));
    err.println(result.rows() + " row(s) from " + result.articles() + " article(s) exported");
    err.flush();
    return result.problems().isEmpty() ? 0 : 1;
  }
}
