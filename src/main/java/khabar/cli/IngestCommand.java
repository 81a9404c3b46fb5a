package khabar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import khabar.index.ArticleIndex;
import khabar.ingest.Documents;
import khabar.ingest.IngestReport;
import khabar.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Extract, tag and index articles from files and folders.")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.html, .htm, .txt).")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    Ingester ingester = new Ingester(new Documents(gazetteers.tagger()));
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(index.index)) {
      r = ingester.ingest(inputs, idx);
    }
    var err = spec.commandLine().getErr();
    for (String f : r.failures()) err.println("failed: " + f);
    err.println(r.summary());
    return r.failures().isEmpty() ? 0 : 1;
  }
}
