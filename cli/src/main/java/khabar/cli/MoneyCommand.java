package khabar.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import khabar.export.MentionFilter;
import khabar.export.MoneyReport;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "money", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar money --sort amount --limit 20",
        "  khabar money --entity أبل --min-usd 1B --format csv"},
    description = "Every dollar figure with its article, date, qualifier and the entities in its sentence.")
final class MoneyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin FilterOptions filters;
  @Mixin OutputOptions output;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "amount", description = "Order: amount (largest first) or date (newest first) (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N results (default: all).")
  Integer limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Output format: table, csv, tsv, jsonl or xlsx (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    MoneyReport.Sort order = MoneyReport.Sort.parse(sort);
    if (limit != null && limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    SearchRequest request = filters.request();
    // with a dollar range, only the figures inside it are listed, not every figure of the article
    MentionFilter f = new MentionFilter(Set.of(), Set.of(), request.minUsd(), request.maxUsd());
    List<MoneyReport.Figure> figures;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      figures = new MoneyReport().figures(s, request, f, order);
    }
    if (limit != null && figures.size() > limit) figures = figures.subList(0, limit);
    RowsOutput.write(format, MoneyReport.COLUMNS, figures.stream().map(MoneyReport.Figure::values).toList(), output, spec);
    return 0;
  }
}
