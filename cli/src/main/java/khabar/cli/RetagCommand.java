package khabar.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import khabar.export.Format;
import khabar.export.Retagger;
import khabar.export.TableWriter;
import khabar.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retag", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar retag",
        "  khabar retag --force --format jsonl --out changes.jsonl"},
    description = "Re-tag the stored articles with the current gazetteers; changed mentions on stdout, summary on stderr.")
final class RetagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;
  @Mixin OutputOptions output;

  @Option(names = "--force", description = "Re-tag articles already tagged with this gazetteer version too.")
  boolean force;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000", description = "Commit after N index writes (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", description = "Output format: tsv, csv or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    Format f = Format.parse(format);
    Retagger retagger = new Retagger(gazetteers.pipeline().tagger(), commitEvery);
    Retagger.Report r;
    try (ArticleIndex idx = ArticleIndex.open(index.index)) {
      Writer w = output.open(spec);
      try (TableWriter t = TableWriter.open(f, Retagger.CHANGE_COLUMNS, w, output.bom)) {
        r = retagger.retag(idx, force, c -> t.write(c.values()));
      } finally {
        output.close(w);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    r.problems().forEach(p -> err.println("khabar retag: left as it was " + p));
    err.printf(java.util.Locale.ROOT,
        "%d article(s): %d already current, %d re-tagged (%d changed): %d mention(s) added, %d removed, %d relinked%n",
        r.scanned(), r.current(), r.retagged(), r.changed(), r.added(), r.removed(), r.relinked());
    err.flush();
    return r.problems().isEmpty() ? 0 : 1;
  }
}
