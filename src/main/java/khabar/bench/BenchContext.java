package khabar.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import khabar.gen.CorpusFormat;
import khabar.gen.CorpusGenerator;
import khabar.gen.CorpusSpec;
import khabar.gen.GeneratedArticle;
import khabar.pipeline.Pipeline;
import khabar.tag.Gazetteer;

/**
 * What the suites share in one run: the configuration, the harness, the pipeline over the real
 * gazetteers (the same {@link Pipeline} the commands use) and the
 * generated articles and pages (made once, on first use), and the progress stream.
 */
final class BenchContext {
  final BenchConfig config;
  final Harness harness;
  private final PrintWriter progress;
  private Pipeline pipeline;
  private CorpusGenerator generator;
  private List<GeneratedArticle> articles;
  private List<String> pages;

  BenchContext(BenchConfig config, PrintWriter progress) {
    this.config = config;
    this.harness = new Harness(config.warmup(), config.iterations());
    this.progress = progress;
  }

  void log(String format, Object... args) {
    if (progress == null) return;
    progress.printf(Locale.ROOT, "bench: " + format + "%n", args);
    progress.flush();
  }

  /** The pipeline over the project gazetteers, as {@code khabar ingest} builds it. */
  Pipeline pipeline() {
    if (pipeline == null) pipeline = Pipeline.load(config.gazetteers());
    return pipeline;
  }

  Gazetteer gazetteer() {
    return pipeline().gazetteer();
  }

  CorpusGenerator generator() {
    if (generator == null) {
      generator =
          new CorpusGenerator(gazetteer(), new CorpusSpec(Math.max(config.articles(), config.searchArticles()),
              config.seed(), CorpusFormat.HTML, 0, 0, 0));
    }
    return generator;
  }

  /** The generated articles of the text and page suites. */
  List<GeneratedArticle> articles() {
    load();
    return articles;
  }

  /** Their bodies as plain text. */
  List<String> texts() {
    return articles().stream().map(GeneratedArticle::text).toList();
  }

  /** Their HTML pages. */
  List<String> pages() {
    load();
    return pages;
  }

  private void load() {
    if (articles != null) return;
    articles = new ArrayList<>();
    pages = new ArrayList<>();
    generator().forEachPage(config.articles(), (a, p) -> {
      articles.add(a);
      pages.add(p);
    });
    long bytes = 0;
    for (String p : pages) bytes += utf8(p);
    log("%,d articles generated, %.1f MB of HTML", articles.size(), bytes / 1e6);
  }

  static long utf8(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n++;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

}
