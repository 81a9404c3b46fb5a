package khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import khabar.discover.CandidateEval;
import khabar.discover.CandidateFinder;
import khabar.tag.EntityType;
import khabar.tag.Evaluation;
import khabar.tag.GoldSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar eval src/test/resources/gold/articles.jsonl",
        "  khabar eval gold.jsonl --show --min-f1 0.9"},
    description = "Score the tagger on a gold set (JSON Lines, see docs/TAGGING.md): precision, recall and F1 per type, exact and overlapping spans; then every name with candidates included, per type and per class.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.GazetteerOption gazetteers;

  @Parameters(paramLabel = "GOLD", description = "The gold set, one JSON article per line.")
  Path gold;

  @Option(names = "--show", description = "Also list every miss and false hit (exact spans).")
  boolean show;

  @Option(names = "--min-f1", paramLabel = "F1", description = "Exit 1 when the exact F1 of a type is below this.")
  Double minF1;

  @Option(names = "--unknown", paramLabel = "DIR",
      description = "Also measure candidates on the articles of DIR, whose names absent from the gazetteers are listed in DIR/annotations.tsv (docs/DISCOVERY.md).")
  Path unknown;

  @Override
  public Integer call() throws Exception {
    Evaluation ev = Evaluation.run(gazetteers.pipeline().tagger(), GoldSet.read(gold));
    PrintWriter out = spec.commandLine().getOut();
    out.println("type     exact: P      R      F1     overlap: P      R      F1     gold  absent  recall-all");
    boolean below = false;
    for (EntityType type : ev.types()) {
      Evaluation.Score e = ev.exact(type);
      Evaluation.Score o = ev.overlap(type);
      out.printf(
          Locale.ROOT, "%-8s        %.3f  %.3f  %.3f           %.3f  %.3f  %.3f  %5d  %6d  %.3f%n",
          type, e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1(),
          e.truePositives() + e.falseNegatives(), e.outside(), e.recallAll());
      if (minF1 != null && e.f1() < minF1) below = true;
    }
    out.println();
    out.println("all names (candidates included), exact spans:");
    out.println("type     P      R      F1     gold");
    for (EntityType type : ev.types()) {
      Evaluation.Score a = ev.all(type);
      out.printf(Locale.ROOT, "%-8s %.3f  %.3f  %.3f  %5d%n", type, a.precision(), a.recall(), a.f1(),
          a.truePositives() + a.falseNegatives());
    }
    out.println();
    out.println("class                 type      gold  found  recall");
    for (Evaluation.ClassScore c : ev.byClass()) {
      out.printf(Locale.ROOT, "%-21s %-8s %5d  %5d  %.3f%n", c.cls(), c.type(), c.gold(), c.found(), c.recall());
    }
    ev.falseHits().forEach((k, v) -> out.printf(Locale.ROOT, "false hits: %-20s %5d%n", k, v));
    if (show) {
      for (Evaluation.Error err : ev.errors()) out.println(err);
    }
    if (unknown != null) {
      CandidateEval.Result r =
          CandidateEval.evaluate(unknown, gazetteers.pipeline().gazetteerTagger(),
              gazetteers.pipeline().candidates()
                  .orElseGet(() -> CandidateFinder.load(gazetteers.resolve(), gazetteers.pipeline().gazetteer())));
      String report = r.report();
      out.print(show ? report : report.lines().findFirst().orElse("") + System.lineSeparator());
    }
    out.flush();
    return below ? 1 : 0;
  }
}
