package khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import khabar.extract.Article;
import khabar.gen.CorpusGenerator;
import khabar.gen.Amount;
import khabar.gen.GeneratedArticle;
import khabar.gen.Span;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.Fingerprint;
import khabar.index.TaggedArticle;
import khabar.ingest.Documents;
import khabar.money.Money;
import khabar.money.Qualifier;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.Mention;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The generated index that search and export are measured on: {@link BenchConfig#searchArticles()}
 * generated articles, generated and indexed on every core. Their mentions are the generator's own spans (which
 * the tagger agrees with, see the generator's tests), not a tagging pass: search and export cost
 * the same whoever found the mentions, and the build takes minutes instead of hours. Kept in the
 * work folder under a name that records its size and seed, and reused when complete, so that only
 * the first run pays for it.
 */
final class SearchIndex {
  private static final String COMPLETE = "khabar-bench-complete";

  private SearchIndex() {}

  /**
   * Whether the index stores the entity spans that a page of hits reads: an index built before
   * them would have every search parse its mentions' JSON instead, and measure that.
   */
  private static boolean storesEntitySpans(Path dir) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      return FieldInfos.getMergedFieldInfos(r).fieldInfo(Fields.ENTITY_SPANS) != null;
    }
  }

  /** The article as the index stores it, with the generator's spans as its mentions. */
  static TaggedArticle tagged(GeneratedArticle g, Gazetteer gazetteer) {
    String text = g.text();
    Article a = new Article(g.url(), g.host(), g.title(), text, g.published(), g.author(), "ar", null);
    List<Mention> mentions = new ArrayList<>(g.spans().size());
    for (Span s : g.spans()) {
      String surface = text.substring(s.start(), s.end());
      if (s.type() == EntityType.MONEY) {
        Amount m = s.amount();
        mentions.add(Mention.money(Money.of(m.amount(), m.currency(), Qualifier.valueOf(m.qualifier())), surface, s.start(), s.end()));
      } else {
        mentions.add(Mention.entity(gazetteer.entity(s.id()), surface, s.start(), s.end()));
      }
    }
    return new TaggedArticle(Documents.idForUrl(g.url()), a, mentions, Fingerprint.contentHash(text), gazetteer.version());
  }

  /** The index folder, built first when needed; {@code built} is set when this call built it. */
  static Path open(BenchContext ctx, List<Result> built) throws Exception {
    int n = ctx.config.searchArticles();
    Path dir = ctx.config.work().resolve("search-index-" + n + "-seed" + ctx.config.seed());
    if (Files.isRegularFile(dir.resolve(COMPLETE))) {
      if (storesEntitySpans(dir)) {
        ctx.log("reusing the %,d-article index in %s", n, dir);
        return dir;
      }
      ctx.log("the %,d-article index in %s predates the stored entity spans: building it again", n, dir);
    }
    IngestSuite.delete(dir);
    CorpusGenerator gen = ctx.generator();
    Gazetteer gazetteer = ctx.gazetteer();
    int threads = Runtime.getRuntime().availableProcessors();
    AtomicLong bytes = new AtomicLong();
    AtomicLong done = new AtomicLong();
    ctx.log("building a %,d-article index in %s on %d threads", n, dir, threads);
    Result r =
        Harness.once("search", "build the generated index (generate, index)", "articles", n, 0, () -> {
          try (ArticleIndex index = ArticleIndex.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
              List<Future<?>> jobs = new ArrayList<>();
              for (int t = 0; t < threads; t++) {
                int first = t;
                jobs.add(pool.submit(() -> {
                  for (long k = first; k < n; k += threads) {
                    GeneratedArticle g = gen.article(k);
                    bytes.addAndGet(BenchContext.utf8(g.text()));
                    TaggedArticle article = tagged(g, gazetteer);
                    try {
                      // the generator makes no duplicates here (it does only when asked), so nothing
                      // needs the serialized id and copy lookup of upsert
                      index.addNew(article);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                    long d = done.incrementAndGet();
                    if (d % 10_000 == 0) ctx.log("indexed %,d of %,d", d, n);
                  }
                  return null;
                }));
              }
              for (Future<?> f : jobs) f.get();
            } finally {
              pool.shutdown();
            }
            index.commit();
          }
        });
    Files.writeString(dir.resolve(COMPLETE), "articles=" + n + "\n");
    built.add(new Result(r.suite(), r.name(), r.unit(), r.items(), bytes.get(), r.seconds(), r.cpuSeconds(), Double.NaN, Double.NaN,
        Double.NaN, r.peakHeapMb(), Double.NaN, null, Double.NaN));
    ctx.log("index built in %.0f s", r.seconds());
    return dir;
  }
}
