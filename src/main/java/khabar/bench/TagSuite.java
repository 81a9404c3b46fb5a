package khabar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import khabar.gen.GazetteerGenerator;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.pipeline.Pipeline;
import khabar.tag.Tagger;

/**
 * Tagging MB/s (names and money in one walk) with the real gazetteers and with a generated
 * gazetteer of {@link BenchConfig#aliases()} names, and that gazetteer's load time (with and
 * without the generated spellings of {@link khabar.tag.GazetteerLoader#load(Path, boolean)}) and
 * live heap.
 *
 * <p>Each tagger (and the plain scan) is first run uncounted over the articles, on top of the
 * harness's warm-up passes, until the JIT has settled: at least {@link #WARM_ARTICLES} articles,
 * then passes until two in a row finish no compilation (at most {@link #MAX_WARM_ARTICLES}). A
 * quick run's one warm-up pass (60 articles) left the tagger's walk interpreted or in the JIT's
 * first tier, and under load the JIT took 1,500 articles and more to compile it fully, so the
 * figure measured the compiler rather than the tagger. An ingest tags thousands of articles in one
 * process.
 */
final class TagSuite implements Suite {
  /** Articles tagged at least before a tagger is measured. */
  static final int WARM_ARTICLES = 2_000;
  /** Articles tagged at most before a tagger is measured, when the JIT keeps compiling. */
  static final int MAX_WARM_ARTICLES = 20_000;

  @Override
  public String name() {
    return "tag";
  }

  @Override
  public List<Result> run(BenchContext ctx) throws Exception {
    List<String> texts = ctx.texts();
    Harness h = ctx.harness;
    warm(texts, PlainScan::count);
    Result base = h.measure(name(), PlainScan.NAME, "articles", texts, BenchContext::utf8, PlainScan::count);
    Gazetteer real = ctx.gazetteer();
    Tagger tagger = ctx.pipeline().tagger();
    warm(texts, t -> tagger.tag(t).size());
    String candidates = ctx.pipeline().candidates().isPresent() ? ", candidates on" : "";
    Result full =
        h.measure(name(), String.format(Locale.ROOT, "Tagger.tag, project gazetteers (%,d aliases%s)", real.aliasCount(), candidates),
            "articles", texts, BenchContext::utf8, t -> tagger.tag(t).size());

    Path dir = ctx.config.work().resolve("gazetteer-" + ctx.config.aliases());
    if (!Files.isRegularFile(dir.resolve("companies.tsv"))) GazetteerGenerator.write(dir, ctx.config.aliases());
    Gazetteer[] plain = new Gazetteer[1];
    Result plainLoad = Harness.once(name(), "GazetteerLoader.load, listed names only", "aliases", 0,
        Files.size(dir.resolve("companies.tsv")), () -> plain[0] = GazetteerLoader.load(dir, false));
    plainLoad = new Result(name(), String.format(Locale.ROOT,
            "GazetteerLoader.load, listed names only (%,d aliases)", plain[0].aliasCount()),
        "aliases", plain[0].aliasCount(), plainLoad.bytes(), plainLoad.seconds(), plainLoad.cpuSeconds(), Double.NaN,
        Double.NaN, Double.NaN, plainLoad.peakHeapMb(), Double.NaN, null, Double.NaN);
    plain[0] = null;
    double before = HeapSampler.retainedMb();
    Gazetteer[] big = new Gazetteer[1];
    Result load = Harness.once(name(), "GazetteerLoader.load, generated gazetteer", "aliases", 0, Files.size(dir.resolve("companies.tsv")),
        () -> big[0] = GazetteerLoader.load(dir));
    double retained = HeapSampler.retainedMb() - before;
    String label = String.format(Locale.ROOT, "%,d aliases", big[0].aliasCount());
    load = new Result(name(), "GazetteerLoader.load, generated gazetteer (" + label + ")", "aliases", big[0].aliasCount(),
        load.bytes(), load.seconds(), load.cpuSeconds(), Double.NaN, Double.NaN, Double.NaN, load.peakHeapMb(), retained, null, Double.NaN);
    ctx.log("generated gazetteer: %s loaded in %.1f s, %.0f MB live", label, load.seconds(), retained);
    Tagger bigTagger = Pipeline.of(big[0], null).tagger(); // a generated gazetteer has no patterns.tsv
    warm(texts, t -> bigTagger.tag(t).size());
    Result large =
        h.measure(name(), "Tagger.tag, generated gazetteer (" + label + ")", "articles", texts, BenchContext::utf8,
            t -> bigTagger.tag(t).size());
    return List.of(base, full.against(base), plainLoad, load, large.against(base).retaining(retained));
  }

  /** Runs {@code op} over the texts until the JIT has settled (see the class comment). */
  private static int warm(List<String> texts, Harness.Op<String> op) throws Exception {
    return Harness.settle(texts, op, WARM_ARTICLES, MAX_WARM_ARTICLES);
  }
}
