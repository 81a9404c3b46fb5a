package khabar.crawl;

import java.io.IOException;
import khabar.extract.Article;
import khabar.extract.ArticleExtractor;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.TaggedArticle;
import khabar.ingest.Documents;
import khabar.ingest.IngestReport;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Feeds crawled pages to the index the way {@code khabar ingest} does: {@link ArticleExtractor},
 * then {@link Documents#tag}, then {@link ArticleIndex#upsert}, counted in an {@link IngestReport}.
 * The index is committed every {@link #COMMIT_EVERY} pages and at the end; pages of a batch lost to
 * a crash are still in the WARC files and can be re-ingested from there.
 *
 * <p>This is the adapter to the ingestion library: when {@code Ingester} takes pages
 * ({@code ingest(Iterator<Page>, ArticleIndex)}), {@link #accept} becomes a call to it.
 */
public final class IndexingSink implements PageSink {
  /** Pages between index commits. */
  public static final int COMMIT_EVERY = 50;

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Documents documents;
  private final ArticleIndex index;
  private final IngestReport report = new IngestReport();
  private int sinceCommit;

  public IndexingSink(Documents documents, ArticleIndex index) {
    this.documents = documents;
    this.index = index;
  }

  @Override
  public synchronized boolean accept(Page page) throws IOException {
    report.countInput();
    Article article = extractor.extract(page);
    if (article.text().isBlank()) {
      report.failed(page.origin(), "no article text found");
      return false;
    }
    TaggedArticle t = documents.tag(article);
    boolean known = exists(t.id());
    index.upsert(t);
    if (known) report.countUpdated();
    else report.countAdded();
    if (++sinceCommit >= COMMIT_EVERY) finish();
    return !known;
  }

  @Override
  public synchronized void finish() throws IOException {
    index.commit();
    sinceCommit = 0;
  }

  /** What became of the pages handed over. */
  public IngestReport report() {
    return report;
  }

  private boolean exists(String id) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(index.writer())) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.ID, id))) > 0;
    }
  }
}
