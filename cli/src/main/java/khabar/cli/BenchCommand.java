package khabar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import khabar.bench.BenchConfig;
import khabar.bench.BenchReport;
import khabar.bench.BenchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar bench --quick",
        "  khabar bench --quick --suite extract,ingest,search",
        "  khabar bench --report target/bench.json"},
    description = {
      "Measure every stage on a generated corpus, with baselines in the same run (docs/BENCHMARKS.md).",
      "Figures go to stdout as a table, and to --report FILE as JSON; progress to stderr."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.GazetteerOption gazetteers;

  @Option(names = "--suite", split = ",", paramLabel = "NAME", description = "Suites to run (default: all): normalize, tag, money, extract, ingest, crawl, search, export.")
  List<String> suites;

  @Option(names = "--quick", description = "A run of a minute or two: fewer articles, a 5,000-article index, 50,000 aliases.")
  boolean quick;

  @Option(names = "--articles", paramLabel = "N", description = "Articles for the text and page suites (default: 300; quick 60).")
  Integer articles;

  @Option(names = "--search-articles", paramLabel = "N", description = "Articles in the search index (default: 100,000; quick 5,000).")
  Integer searchArticles;

  @Option(names = "--aliases", paramLabel = "N", description = "Names in the generated gazetteer (default: 1,000,000; quick 50,000).")
  Integer aliases;

  @Option(names = "--iterations", paramLabel = "N", description = "Measured passes (default: 3; quick 2).")
  Integer iterations;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "Work folder; the search index is kept here (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the run report as JSON to FILE.")
  Path json;

  @Override
  public Integer call() throws Exception {
    List<String> names = suites == null || suites.isEmpty() ? BenchRunner.SUITES : suites;
    BenchConfig c = quick ? BenchConfig.quick(names, work, gazetteers.resolve()) : BenchConfig.full(names, work, gazetteers.resolve());
    c = new BenchConfig(c.suites(), articles != null ? articles : c.articles(),
        searchArticles != null ? searchArticles : c.searchArticles(), aliases != null ? aliases : c.aliases(), c.warmup(),
        iterations != null ? iterations : c.iterations(), c.seed(), c.work(), c.gazetteers());
    BenchReport report = BenchRunner.run(c, spec.commandLine().getErr());
    report.printTable(spec.commandLine().getOut());
    if (json != null) report.writeJson(json);
    return 0;
  }
}
