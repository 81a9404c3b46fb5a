package khabar.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import khabar.gen.CorpusFormat;
import khabar.gen.CorpusGenerator;
import khabar.gen.CorpusSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "gen-corpus",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar gen-corpus --articles 1000 --format jsonl --out dump.jsonl",
        "  khabar gen-corpus --articles 200 --dup-rate 0.05 --bad-rate 0.01 --out pages/ --truth truth.jsonl"},
    description = {
      "Write a synthetic Arabic tech-news corpus, the same for the same seed (docs/BENCHMARKS.md).",
      "html: a folder of pages; jsonl: a .jsonl(.gz) file; warc: a .warc(.gz) file."
    })
final class GenCorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.GazetteerOption gazetteers;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "Articles to write.")
  long articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", description = "Output format: html, jsonl or warc (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output folder (html) or file (jsonl, warc).")
  Path out;

  @Option(names = "--dup-rate", paramLabel = "R", defaultValue = "0", description = "Share of exact duplicates (default: ${DEFAULT-VALUE}).")
  double dupRate;

  @Option(names = "--near-dup-rate", paramLabel = "R", defaultValue = "0", description = "Share of near-duplicates (default: ${DEFAULT-VALUE}).")
  double nearDupRate;

  @Option(names = "--bad-rate", paramLabel = "R", defaultValue = "0", description = "Share of bad records (default: ${DEFAULT-VALUE}).")
  double badRate;

  @Option(names = "--truth", paramLabel = "FILE", description = "Also write what each record contains, as JSON lines.")
  Path truth;

  @Override
  public Integer call() throws Exception {
    CorpusSpec cs = new CorpusSpec(articles, seed, CorpusFormat.parse(format), dupRate, nearDupRate, badRate);
    var err = spec.commandLine().getErr();
    CorpusGenerator g = new CorpusGenerator(gazetteers.pipeline().gazetteer(), cs);
    long t0 = System.nanoTime();
    CorpusGenerator.Summary s;
    if (truth != null && truth.toAbsolutePath().getParent() != null) {
      Files.createDirectories(truth.toAbsolutePath().getParent());
    }
    try (Writer t = truth == null ? null : Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
      s = g.generate(out, t, n -> {
        if (n % 10_000 == 0) err.printf(Locale.ROOT, "gen-corpus: %,d of %,d records%n", n, articles);
      });
    }
    err.printf(
        Locale.ROOT, "gen-corpus: %,d records (%,d original, %,d duplicate, %,d near-duplicate, %,d bad) to %s in %.1f s%n",
        s.records(), s.originals(), s.duplicates(), s.nearDuplicates(), s.bad(), out, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
