package khabar.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import khabar.export.EntityCounts;
import khabar.export.MentionFilter;
import khabar.export.Period;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar entities --type COMPANY --top 10",
        "  khabar entities --by month --entity هواوي --format csv"},
    description = "Top entities by articles and mentions, per type, overall or per day/week/month.")
final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin FilterOptions filters;
  @Mixin OutputOptions output;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "all", description = "Period: all, day, week or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--rank", paramLabel = "COUNT", defaultValue = "articles", description = "Rank by articles or mentions (default: ${DEFAULT-VALUE}).")
  String rank;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Entities per type and period (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--no-candidates", description = "Leave out candidate names (names no gazetteer lists).")
  boolean noCandidates;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Output format: table, csv, tsv, jsonl or xlsx (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    Period period = Period.parse(by);
    EntityCounts.Rank r = parseRank(rank);
    SearchRequest request = filters.request();
    Gazetteer g = gazetteers.pipeline().gazetteer();
    // --entity and --type also narrow the table to those entities; a dollar range does not name any
    MentionFilter f = MentionFilter.of(request, g);
    f = new MentionFilter(f.entities(), f.types(), null, null, !noCandidates);
    List<EntityCounts.Row> rows;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      rows = new EntityCounts().count(s, request, f, period, r, top);
    }
    RowsOutput.write(format, EntityCounts.COLUMNS, rows.stream().map(EntityCounts.Row::values).toList(), output, spec);
    return 0;
  }

  private static EntityCounts.Rank parseRank(String s) {
    try {
      return EntityCounts.Rank.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown rank '" + s + "' (expected articles or mentions)");
    }
  }
}
