package khabar.cli;

import java.util.List;
import java.util.concurrent.Callable;
import khabar.discover.Suggestions;
import khabar.export.StoredArticles;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import org.apache.lucene.search.MatchAllDocsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "suggest", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar suggest --min-articles 2",
        "  khabar suggest --type PERSON --format csv"},
    description = "Candidate names the gazetteers lack, by how many articles mention them, with a gazetteer line to paste.")
final class SuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin OutputOptions output;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only COMPANY, CHIP or PERSON names.")
  String type;

  @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1", description = "Mentioned in at least this many articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Output format: table, csv, tsv or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--json", description = "Print JSON instead of text (docs/OUTPUT.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    EntityType t = type == null ? null : EntityType.parse(type);
    Gazetteer g = gazetteers.pipeline().gazetteer();
    Suggestions suggestions = new Suggestions(g);
    StoredArticles.Scan scan;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      scan = StoredArticles.forEach(s.indexSearcher(), new MatchAllDocsQuery(), suggestions::add);
    }
    List<Suggestions.Suggestion> ranked = suggestions.ranked(t, minArticles);
    RowsOutput.write(json ? "jsonl" : format, Suggestions.COLUMNS, ranked.stream().map(Suggestions.Suggestion::values).toList(), output, spec);
    var err = spec.commandLine().getErr();
    scan.problems().forEach(p -> err.println("khabar suggest: skipped " + p));
    err.println(ranked.size() + " suggestion(s) from " + scan.articles() + " article(s)");
    err.flush();
    return scan.problems().isEmpty() ? 0 : 1;
  }
}
