package khabar.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.TaggedArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Writes tagged articles to the index from one thread, in input order, deciding for each what it
 * is:
 *
 * <ul>
 *   <li><b>added</b>: its id is not in the index;
 *   <li><b>unchanged</b>: its id is there with the same content hash, title and gazetteer version
 *       (nothing is written);
 *   <li><b>updated</b>: its id is there with something different (replaced in place);
 *   <li><b>duplicate</b>: its id was already written in this run with the same content, or (with
 *       {@link IngestOptions#skipSameText}) its text is in the index under another id; nothing is
 *       written, the first one stays.
 * </ul>
 *
 * <p>Lookups go to a reader of the last commit plus a map of what was written since, so memory
 * stays bounded by the commit size. A commit happens after {@code commitEvery} writes or when
 * {@link #commitIfDue} finds the interval passed; a crash loses at most the writes since the last
 * commit, and re-running the same input puts them back, since every decision is by id.
 */
final class IndexUpdater implements Closeable {
  enum Outcome {
    ADDED, UPDATED, UNCHANGED, DUPLICATE
  }

  private final ArticleIndex index;
  private final IngestOptions options;
  private final IngestReport report;
  private final Map<String, String> writtenSinceCommit = new HashMap<>(); // id -> signature
  private final Map<String, String> hashesSinceCommit = new HashMap<>(); // content hash -> id
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private int uncommitted;
  private long lastCommit = System.nanoTime();

  IndexUpdater(ArticleIndex index, IngestOptions options, IngestReport report) throws IOException {
    this.index = index;
    this.options = options;
    this.report = report;
    openReader();
  }

  /** Classifies and, when new or changed, writes {@code t}; commits when enough was written. */
  Outcome accept(TaggedArticle t) throws IOException {
    long t0 = System.nanoTime();
    Outcome o = classify(t);
    if (o == Outcome.ADDED || o == Outcome.UPDATED) {
      index.upsert(t);
      writtenSinceCommit.put(t.id(), signature(t));
      hashesSinceCommit.putIfAbsent(t.contentHash(), t.id());
      uncommitted++;
    }
    report.time(IngestReport.Stage.INDEX, t0);
    if (uncommitted >= options.commitEvery()) commit();
    return o;
  }

  private Outcome classify(TaggedArticle t) throws IOException {
    String sig = signature(t);
    String written = writtenSinceCommit.get(t.id());
    if (written != null) return written.equals(sig) ? Outcome.DUPLICATE : Outcome.UPDATED;
    String stored = storedSignature(t.id());
    if (stored != null) return stored.equals(sig) ? Outcome.UNCHANGED : Outcome.UPDATED;
    if (!options.skipSameText()) return Outcome.ADDED;
    String other = hashesSinceCommit.get(t.contentHash());
    if (other != null && !other.equals(t.id())) return Outcome.DUPLICATE;
    if (searcher.count(new TermQuery(new Term(Fields.CONTENT_HASH, t.contentHash()))) > 0) return Outcome.DUPLICATE;
    return Outcome.ADDED;
  }

  private String storedSignature(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) return null;
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    return d.get(Fields.CONTENT_HASH) + '\u0000' + d.get(Fields.GAZETTEER_VERSION) + '\u0000' + d.get(Fields.TITLE);
  }

  private static String signature(TaggedArticle t) {
    return t.contentHash() + '\u0000' + t.gazetteerVersion() + '\u0000' + t.article().title();
  }

  /** Commits when writes are pending and the commit interval has passed. */
  void commitIfDue() throws IOException {
    if (uncommitted > 0 && System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) commit();
  }

  /** Makes everything written so far durable and starts a new batch. */
  void commit() throws IOException {
    long t0 = System.nanoTime();
    index.commit();
    report.countCommit();
    uncommitted = 0;
    lastCommit = System.nanoTime();
    openReader();
    writtenSinceCommit.clear();
    hashesSinceCommit.clear();
    report.time(IngestReport.Stage.COMMIT, t0);
  }

  private void openReader() throws IOException {
    DirectoryReader fresh = DirectoryReader.open(index.writer());
    if (reader != null) reader.close();
    reader = fresh;
    searcher = new IndexSearcher(reader);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
