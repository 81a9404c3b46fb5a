package khabar.gen;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import khabar.tag.Gazetteer;

/**
 * Writes a synthetic Arabic tech-news corpus of any size, streaming: each record is generated,
 * written and forgotten, so memory does not grow with the corpus. Which records are duplicates,
 * near-duplicates and bad is decided by {@link CorpusPlan}; a duplicate regenerates the article it
 * repeats from its number rather than keeping it.
 */
public final class CorpusGenerator {
  static final String UPDATED = " (محدّث)";
  private static final int RELATED_LINKS = 4;
  private static final int MAX_COMMENTS = 4;

  private final ArticleGenerator articles;
  private final CorpusSpec spec;

  public CorpusGenerator(Gazetteer gazetteer, CorpusSpec spec) {
    this.articles = new ArticleGenerator(gazetteer, spec.seed());
    this.spec = spec;
  }

  /** What was written: records of each kind. */
  public record Summary(long records, long originals, long duplicates, long nearDuplicates, long bad) {}

  /**
   * Writes the corpus to {@code out} (a folder for html, else a file) and, when {@code truth} is
   * not null, one truth line per record to it. {@code progress} is told the number of records
   * written every 1,000 records.
   */
  public Summary generate(Path out, Writer truth, LongConsumer progress) throws IOException {
    CorpusPlan plan = new CorpusPlan(spec.seed(), spec.articles(), spec.dupRate(), spec.nearDupRate(), spec.badRate());
    long[] counts = new long[RecordKind.values().length];
    long numbered = 0;
    try (RecordWriter w = spec.format().open(out, spec.seed());
        TruthWriter t = truth == null ? null : new TruthWriter(truth)) {
      for (long i = 0; i < spec.articles(); i++) {
        RecordKind kind = plan.next();
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.RECORDS, i);
        long number = kind == RecordKind.ORIGINAL || kind == RecordKind.BAD ? numbered++ : r.nextLong(numbered);
        GeneratedArticle a = articles.article(number);
        if (kind == RecordKind.DUPLICATE) a = syndicated(a, i, r);
        if (kind == RecordKind.NEAR_DUPLICATE) a = updated(a, i, r);
        CorpusRecord rec = new CorpusRecord(i, kind, number, a, page(a, r), r);
        RecordWriter.Written where = w.write(rec);
        if (t != null) t.write(rec, where);
        counts[kind.ordinal()]++;
        if (progress != null && (i + 1) % 1000 == 0) progress.accept(i + 1);
      }
    }
    return new Summary(
        spec.articles(), counts[RecordKind.ORIGINAL.ordinal()], counts[RecordKind.DUPLICATE.ordinal()],
        counts[RecordKind.NEAR_DUPLICATE.ordinal()], counts[RecordKind.BAD.ordinal()]);
  }

  /**
   * Hands the first {@code n} articles and their rendered pages to {@code sink}, in memory and
   * without duplicates or bad records: the input of the in-process benchmarks.
   */
  public void forEachPage(long n, BiConsumer<GeneratedArticle, String> sink) {
    for (long i = 0; i < n; i++) {
      GeneratedArticle a = articles.article(i);
      sink.accept(a, page(a, Seeds.random(spec.seed(), Seeds.RECORDS, i)));
    }
  }

  /** Article {@code n} as this corpus writes it (before duplication). */
  public GeneratedArticle article(long n) {
    return articles.article(n);
  }

  private String page(GeneratedArticle a, SplittableRandom r) {
    List<String> related = new ArrayList<>();
    for (int k = 0; k < RELATED_LINKS; k++) related.add(articles.fillerTitle(r));
    List<String> comments = new ArrayList<>();
    List<String> pool = articles.vocabulary().comments();
    for (int k = r.nextInt(MAX_COMMENTS + 1); k > 0; k--) comments.add(pool.get(r.nextInt(pool.size())));
    return HtmlPage.render(a, related, comments);
  }

  /** The same text on another site, as news agencies' copy is republished. */
  private GeneratedArticle syndicated(GeneratedArticle a, long record, SplittableRandom r) {
    List<String[]> sites = articles.vocabulary().sites();
    String[] site = sites.get(r.nextInt(sites.size()));
    if (site[0].equals(a.host())) site = sites.get((sites.indexOf(site) + 1) % sites.size());
    String url = "https://" + site[0] + "/syndication/r" + record + ".html";
    return new GeneratedArticle(
        url, site[0], site[1], site[2], a.title(), a.author(), a.published(), a.paragraphs(), a.entities(), a.money(), a.spans());
  }

  /** The same article with a changed headline and one more sentence, under a new URL. */
  private GeneratedArticle updated(GeneratedArticle a, long record, SplittableRandom r) {
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    paragraphs.add(articles.fillerSentence(r));
    String url = a.url().replace(".html", "-update-r" + record + ".html");
    return new GeneratedArticle(
        url, a.host(), a.siteName(), a.layout(), a.title() + UPDATED, a.author(), a.published().plusSeconds(7200),
        paragraphs, a.entities(), a.money(), a.spans());
  }
}
