package khabar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.NewsAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "normalize", mixinStandardHelpOptions = true, description = "Read text on stdin and print what the tagger and the index see.")
final class NormalizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--tokens", description = "Print the analyzed index tokens with their offsets.")
  boolean tokens;

  @Override
  public Integer call() throws Exception {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    if (!tokens) {
      out.print(ArabicNormalizer.normalize(text).normalized());
      out.flush();
      return 0;
    }
    try (Analyzer a = new NewsAnalyzer(); TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.printf(java.util.Locale.ROOT, "%s\t%d\t%d\t%s%n", term, off.startOffset(), off.endOffset(),
            text.substring(off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    out.flush();
    return 0;
  }
}
