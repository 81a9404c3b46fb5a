package khabar.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import khabar.money.MoneyRecognizer;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;

/**
 * Tagging throughput and gazetteer cost. Tags the corpus's plain-text articles, repeated to about
 * 20 MB, with the project gazetteers (normalization, tokenization, money and evidence rules
 * included), then loads a generated gazetteer of about 1,000,000 aliases and tags the same text
 * with it, so that the cost per character can be compared across gazetteer sizes. Run after
 * {@code mvn test-compile}:
 *
 * <pre>
 * java -Xmx2g -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.TagBench [MB] [ALIASES]
 * </pre>
 */
public final class TagBench {
  /** Rates are per CPU second of the tagging thread, so a busy machine does not skew them. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private TagBench() {}

  public static void main(String[] args) throws IOException {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int aliases = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    List<String> articles = corpus(Path.of("corpus"));
    long bytes = 0;
    long chars = 0;
    List<String> texts = new ArrayList<>();
    while (bytes < mb * 1_000_000L) {
      for (String a : articles) {
        texts.add(a);
        bytes += a.getBytes(StandardCharsets.UTF_8).length;
        chars += a.length();
      }
    }
    System.out.printf(Locale.ROOT, "text: %d articles, %.1f MB UTF-8, %.1f M chars%n", texts.size(), bytes / 1e6, chars / 1e6);

    rate("normalize + tokenize", texts, bytes, chars, t -> Tokenizer.tokenize(t).size());
    MoneyRecognizer money = new MoneyRecognizer();
    rate("tokenize + money recognizer at every token", texts, bytes, chars, t -> {
      TokenizedText tt = Tokenizer.tokenize(t);
      int found = 0;
      for (int i = 0; i < tt.size(); i++) if (money.match(tt, i) != null) found++;
      return found;
    });
    Gazetteer g = timedLoad(Path.of("gazetteers"));
    run("project gazetteers", new Tagger(g), texts, bytes, chars);

    Path dir = Files.createTempDirectory("khabar-tag-bench");
    generate(dir, aliases);
    Gazetteer big = timedLoad(dir);
    run("generated gazetteer", new Tagger(big), texts, bytes, chars);
  }

  private static Gazetteer timedLoad(Path dir) {
    System.gc();
    long before = used();
    long t0 = CPU.getCurrentThreadCpuTime();
    Gazetteer g = GazetteerLoader.load(dir);
    long t1 = CPU.getCurrentThreadCpuTime();
    System.gc();
    long after = used();
    System.out.printf(
        Locale.ROOT,
        "load %s: %d entities, %d alias sequences in %.2f CPU s, retained about %.1f MB%n",
        dir, g.entities().size(), g.aliasCount(), (t1 - t0) / 1e9, (after - before) / 1e6);
    return g;
  }

  private static void run(String label, Tagger tagger, List<String> texts, long bytes, long chars) {
    rate("tag with " + label, texts, bytes, chars, t -> tagger.tag(t).size());
  }

  /** Runs {@code work} over every text twice to warm up, then three timed times. */
  private static void rate(String label, List<String> texts, long bytes, long chars, ToIntFunction<String> work) {
    long mentions = 0;
    for (int warm = 0; warm < 2; warm++) {
      for (String t : texts) mentions += work.applyAsInt(t);
    }
    int rounds = 3;
    long t0 = System.nanoTime();
    long c0 = CPU.getCurrentThreadCpuTime();
    mentions = 0;
    for (int r = 0; r < rounds; r++) {
      for (String t : texts) mentions += work.applyAsInt(t);
    }
    double s = (System.nanoTime() - t0) / 1e9 / rounds;
    double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9 / rounds;
    System.out.printf(
        Locale.ROOT,
        "%s: %.1f MB/s UTF-8 (%.1f M chars/s) per CPU second; %.1f MB/s wall clock; %d results per pass%n",
        label, bytes / 1e6 / cpu, chars / 1e6 / cpu, bytes / 1e6 / s, mentions / rounds);
  }

  private static List<String> corpus(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<String> out = new ArrayList<>();
      for (Path p : txt) out.add(Files.readString(p, StandardCharsets.UTF_8));
      if (out.isEmpty()) throw new IOException("no .txt articles in " + dir.toAbsolutePath());
      return out;
    }
  }

  /** Companies with made-up Arabic and Latin names, four aliases each, plus the real cue file. */
  private static void generate(Path dir, int aliases) throws IOException {
    String header = String.join("\t", GazetteerLoader.HEADER);
    Random rnd = new Random(42);
    String arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("companies.tsv"), StandardCharsets.UTF_8)) {
      w.write(header + "\n");
      for (int i = 0; i < aliases / 4; i++) {
        String[] names = new String[4];
        for (int k = 0; k < 4; k++) {
          StringBuilder b = new StringBuilder();
          int words = 1 + rnd.nextInt(3);
          for (int wd = 0; wd < words; wd++) {
            if (wd > 0) b.append(' ');
            int len = 3 + rnd.nextInt(6);
            for (int c = 0; c < len; c++) b.append(arabic.charAt(rnd.nextInt(arabic.length())));
          }
          names[k] = b.toString();
        }
        w.write("gen-" + i + "\tGen " + i + "\t" + names[0] + "\t" + names[1] + "|" + names[2] + "|" + names[3] + "\t\t\t\t\n");
      }
    }
    Files.writeString(dir.resolve("chips.tsv"), header + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("people.tsv"), header + "\n", StandardCharsets.UTF_8);
    Files.copy(Path.of("gazetteers", "cues.tsv"), dir.resolve("cues.tsv"));
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
