package khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import khabar.money.MoneyMatch;
import khabar.money.MoneyRecognizer;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;

/**
 * Money recognition rate: the sample corpus's plain-text articles, repeated to about {@code MB}
 * megabytes of UTF-8 (default 20), timed three ways: tokenizing alone, the money recognizer
 * asked at every token of the tokenized text (the walk the tagger does, without names), and the
 * whole tagger (tokenizing, names and money). Run from the project root after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.MoneyBench [MB]
 * </pre>
 */
public final class MoneyBench {
  private static final int ROUNDS = 3;

  private MoneyBench() {}

  public static void main(String[] args) throws IOException {
    double mb = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    List<String> articles;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(MoneyBench::read).toList();
    }
    long unit = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
    int repeats = (int) Math.max(1, Math.ceil(mb * 1e6 / unit));
    double bytes = (double) unit * repeats;
    MoneyRecognizer money = new MoneyRecognizer();
    Tagger tagger = new Tagger(GazetteerLoader.load(Path.of("gazetteers")), money);
    List<TokenizedText> tokenized = articles.stream().map(Tokenizer::tokenize).toList();
    System.err.printf(Locale.ROOT, "%d articles, %.1f MB per round%n", articles.size() * repeats, bytes / 1e6);
    for (int round = 1; round <= ROUNDS; round++) {
      long tokens = 0;
      long t0 = System.nanoTime();
      for (int r = 0; r < repeats; r++) for (String a : articles) tokens += Tokenizer.tokenize(a).size();
      long t1 = System.nanoTime();
      long figures = 0;
      for (int r = 0; r < repeats; r++) for (TokenizedText a : tokenized) figures += walk(money, a);
      long t2 = System.nanoTime();
      long mentions = 0;
      for (int r = 0; r < repeats; r++) for (String a : articles) mentions += tagger.tag(a).size();
      long t3 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "round %d: tokenize %.1f MB/s (%d tokens) | money walk over the tokens %.1f MB/s (%d figures) | tagger %.1f MB/s (%d mentions)%n",
          round, rate(bytes, t1 - t0), tokens, rate(bytes, t2 - t1), figures, rate(bytes, t3 - t2), mentions);
    }
  }

  /** The tagger's walk with money alone: ask at each token, resume after a figure. */
  private static int walk(MoneyRecognizer money, TokenizedText t) {
    int figures = 0;
    int i = 0;
    while (i < t.size()) {
      MoneyMatch m = money.match(t, i);
      if (m == null) {
        i++;
      } else {
        figures += m.equivalent() == null ? 1 : 2;
        i = m.resumeToken();
      }
    }
    return figures;
  }

  private static double rate(double bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
