package khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import khabar.index.ArticleIndex;
import khabar.ingest.IngestReport;
import khabar.search.SearchRequest;
import khabar.search.SearchResult;
import khabar.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar demo",
        "  khabar demo --index /tmp/demo-index"}, description = "Ingest the sample corpus and run a few Arabic searches.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  static final List<String> QUERIES = List.of("انفيديا", "\"الذكاء الاصطناعي\" رقائق", "هواوي");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
        Path corpus = Options.home().resolve("corpus");
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(index.index)) {
      r = gazetteers.pipeline().ingester().ingest(List.of(corpus), idx);
    }
    out.println("ingested " + corpus + " into " + index.index + ": " + r.summary());
    for (var f : r.failures()) out.println("  failed: " + f);
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      for (String q : QUERIES) {
        out.println();
        out.println("=== khabar search " + q);
        SearchResult res = s.search(new SearchRequest(q, null, null, null, null, null, null, null, null, 3, 0));
        SearchCommand.print(out, res);
      }
      out.println();
      out.println("=== khabar search --entity Nvidia --min-usd 1000000000");
      SearchCommand.print(out, s.search(new SearchRequest("", List.of("Nvidia"), null, null, null, null, 1e9, null, null, 3, 0)));
    }
    out.flush();
    return r.failures().isEmpty() ? 0 : 1;
  }
}
