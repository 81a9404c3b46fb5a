package khabar.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import khabar.export.Period;
import khabar.export.Trend;
import khabar.export.TrendChart;
import khabar.search.Searcher;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trend", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar trend nvidia هواوي --by month",
        "  khabar trend إنفيديا AMD --by week --format xlsx --out trend.xlsx --chart trend.svg"},
    description = {
      "Entities over time: articles, mentions and dollar totals per day, week or month, as a table or a chart.",
      "One row per period; per entity its articles, its mentions and (for a company) the dollar total of the",
      "figures in the sentences that name it; --chart draws the article counts."
    })
final class TrendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin ScopeOptions scope;
  @Mixin OutputOptions output;

  @Parameters(arity = "1..*", paramLabel = "ENTITY", description = "Entity id, name in any spelling or script, or candidate id (cand:…).")
  List<String> names;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "Period: day, week or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--matching", paramLabel = "QUERY", description = "Only articles this search query finds.")
  String query = "";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Output format: table, csv, tsv, jsonl or xlsx (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--chart", paramLabel = "FILE", description = "Also draw the article counts as a line chart: FILE.svg or FILE.png.")
  Path chart;

  @Override
  public Integer call() throws Exception {
    Period period = Period.parse(by);
    TrendChart.Format chartFormat = chart == null ? null : TrendChart.Format.ofFile(chart.getFileName().toString());
    Gazetteer g = gazetteers.pipeline().gazetteer();
    List<Trend.Series> series = new ArrayList<>();
    for (String n : names) series.add(series(g, n));
    Trend.Table t;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      t = new Trend().count(s, scope.request(query), series, period);
    }
    RowsOutput.write(format, "trend", t.columns(), t.rows(), output, spec);
    var err = spec.commandLine().getErr();
    if (t.undated() > 0) err.println(t.undated() + " undated article(s) left out of the periods");
    if (chart != null) {
      if (t.periods().isEmpty()) {
        err.println("khabar trend: no dated article matches: no chart written");
        err.flush();
        return 1;
      }
      try (OutputStream o = Files.newOutputStream(chart)) {
        TrendChart.write(t, chartFormat, o);
      }
      err.println("chart written to " + chart);
    }
    err.flush();
    return 0;
  }

  /** The series a name means: a gazetteer entity by id or any name, or a candidate id. */
  static Trend.Series series(Gazetteer g, String name) {
    String n = name.strip();
    if (n.startsWith(Mention.CANDIDATE_PREFIX)) {
      String[] parts = n.split(":", 3);
      if (parts.length == 3) {
        try {
          EntityType type = EntityType.parse(parts[1]);
          return new Trend.Series(n, type, "", parts[2].replace('-', ' '));
        } catch (IllegalArgumentException e) {
          // falls through to the error below
        }
      }
      throw new IllegalArgumentException("bad candidate id '" + name + "' (expected cand:TYPE:NAME)");
    }
    Entity e = g.resolve(n);
    if (e == null) throw new IllegalArgumentException("no entity named '" + name + "' in the gazetteers");
    return new Trend.Series(e.id(), e.type(), e.en(), e.ar());
  }
}
