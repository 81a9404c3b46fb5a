package khabar.cli;

import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;
import khabar.export.Cooccurrence;
import khabar.export.GraphWriter;
import khabar.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cooccur", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar cooccur --min-weight 3",
        "  khabar cooccur --window sentence --entity nvidia --format csv",
        "  khabar cooccur --format graphml --out network.graphml"},
    description = "Pairs of entities mentioned in the same article or sentence, as a table or a Gephi graph.")
final class CooccurCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin FilterOptions filters;
  @Mixin OutputOptions output;

  @Option(names = "--window", paramLabel = "WINDOW", defaultValue = "article", description = "Pairs within one article or one sentence (default: ${DEFAULT-VALUE}).")
  String window;

  @Option(names = "--min-weight", paramLabel = "N", defaultValue = "1", description = "Drop pairs seen fewer than N times (default: ${DEFAULT-VALUE}).")
  long minWeight;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "Output format: csv, tsv, jsonl, xlsx, table, graphml or gexf (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    Cooccurrence.Window w = Cooccurrence.Window.parse(window);
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (f.equals("graphml") || f.equals("gexf")) GraphWriter.GraphFormat.valueOf(f.toUpperCase(Locale.ROOT));
    Cooccurrence.Graph graph;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      graph = new Cooccurrence().build(s, filters.request(), w, minWeight);
    }
    if (f.equals("graphml") || f.equals("gexf")) {
      Writer out = output.open(spec);
      try {
        GraphWriter.write(graph, GraphWriter.GraphFormat.valueOf(f.toUpperCase(Locale.ROOT)), out);
      } finally {
        output.close(out);
      }
    } else {
      RowsOutput.write(f, Cooccurrence.COLUMNS, graph.rows(), output, spec);
    }
    spec.commandLine().getErr().println(graph.nodes().size() + " entities, " + graph.edges().size() + " pair(s)");
    spec.commandLine().getErr().flush();
    return 0;
  }
}
