package khabar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import khabar.normalize.AnalyzedToken;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.NewsAnalyzer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  echo 'وبإنفيديا' | khabar normalize",
        "  echo 'الرقائق الأمريكية' | khabar normalize --tokens"},
    description = {
      "Read text on stdin and print what the tagger and the index see.",
      "Without options: the normalized text. With --tokens or --query: one token a line,",
      "term<TAB>position<TAB>start<TAB>end<TAB>type<TAB>original text (offsets in UTF-16 units)."
    })
final class NormalizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Side side;

  static final class Side {
    @Option(names = "--tokens", description = "Print the tokens the index stores (with proclitic and compound expansion).")
    boolean tokens;

    @Option(names = "--query", description = "Print the tokens a search query is turned into (proclitic forms as synonyms, compounds whole).")
    boolean query;
  }

  @Override
  public Integer call() throws Exception {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    if (side == null) {
      out.print(ArabicNormalizer.normalize(text).normalized());
    } else {
      try (NewsAnalyzer a = side.query ? NewsAnalyzer.forQueries() : NewsAnalyzer.forIndexing()) {
        for (AnalyzedToken t : AnalyzedToken.analyze(a, text)) out.println(t.toTsv(text));
      }
    }
    out.flush();
    return 0;
  }
}
