package khabar.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import khabar.normalize.NewsAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes tagged articles to a Lucene index, one document per article ({@link StoredArticle}),
 * replacing by id so that ingesting the same article again updates it in place.
 *
 * <p><b>What an upsert does</b> ({@link #upsert(TaggedArticle, SameText)} returns it as an {@link
 * Upsert}):
 *
 * <ul>
 *   <li><b>ADDED</b>: the id is not in the index; the article is written.
 *   <li><b>UPDATED</b>: the id is there with another content hash, tagger version, title or
 *       mentions; the article replaces it.
 *   <li><b>UNCHANGED</b>: the id is there, committed, with all of those equal; nothing is written.
 *   <li><b>DUPLICATE</b>: nothing is written, because the same id was already written with the same
 *       content since the last commit, or ({@link SameText#SKIP}) the same text is indexed under
 *       another id.
 * </ul>
 *
 * <p><b>Former ids.</b> An upsert may name the id an older scheme gave the same article ({@link
 * #upsert(TaggedArticle, SameText, String)}); the article stored under it is removed in the same
 * write ({@link Upsert#rekeyed}), so an index built before an id change is moved, not doubled.
 *
 * <p><b>Copies.</b> An article that is written is also checked against those already written
 * ({@link DuplicateDetector}: same content hash, or word 5-gram MinHash similarity ≥ 0.5); a copy
 * is stored with {@link Fields#DUPLICATE_OF} naming the original ({@link Upsert#copyOf}), and search
 * hides it unless asked.
 *
 * <p><b>Threads.</b> {@code upsert} may be called from several threads at once. Only the decision is
 * serialized: looking the id and the copies up and recording the article as written (a few term
 * lookups and map updates) happen under one lock, so two copies written at the same time cannot
 * both become originals. The costly parts run in parallel: the MinHash signature and the mentions
 * JSON before the lock, the analysis and indexing of the document ({@link IndexWriter} is
 * thread-safe) after it. {@link #commit} waits for the writes under way and holds new ones back
 * while it runs. Two threads writing the same id at once end with whichever write the writer saw
 * last.
 *
 * <p><b>Durability.</b> Nothing written is durable or visible to other processes until {@link
 * #commit}: Lucene's commit fsyncs every new file and then publishes a new {@code segments_N}
 * atomically, so after it returns the batch survives a crash or power loss, and a crash before
 * it leaves the index exactly at the previous commit (never half-written). Readers opened on the
 * folder ({@code khabar search}, {@code khabar serve}) see each commit when they reopen; searches
 * keep running on their old point-in-time view meanwhile. One writer at a time: a second {@link
 * #open} fails at once with {@link IndexLockedException}.
 */
public final class ArticleIndex implements Closeable {

  /** What an upsert did. */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED,
    DUPLICATE
  }

  /** What to do with an article whose text is already indexed under another id. */
  public enum SameText {
    /** Write it, marked as a copy of the original (the default: a wire story on two sites is two articles). */
    MARK,
    /** Do not write it; the outcome is {@link Outcome#DUPLICATE}. */
    SKIP
  }

  /**
   * The result of an upsert.
   *
   * @param outcome what was done
   * @param copyOf for a written article, the original it was found to copy (stored with it)
   * @param rekeyed whether the article stored under the former id the upsert named was removed, the
   *     article now standing under its new id (see {@link #upsert(TaggedArticle, SameText, String)})
   */
  public record Upsert(Outcome outcome, Optional<Duplicate> copyOf, boolean rekeyed) {
    public Upsert {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(copyOf, "copyOf");
    }

    public Upsert(Outcome outcome, Optional<Duplicate> copyOf) {
      this(outcome, copyOf, false);
    }

    /** Whether the article was written. */
    public boolean written() {
      return outcome == Outcome.ADDED || outcome == Outcome.UPDATED;
    }

    /** Whether the index changed: the article written, or a former id removed. */
    public boolean changedIndex() {
      return written() || rekeyed;
    }

    static Upsert of(Outcome o) {
      return new Upsert(o, Optional.empty());
    }
  }

  /** Written articles the duplicate lookup holds in memory before it reopens its reader. */
  private static final int MAX_PENDING = 20_000;

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager written;
  /** Held shared by each upsert, exclusively by commit and refresh. */
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
  /** The serialized section of an upsert; guards the fields below and {@link #duplicates}. */
  private final Object decision = new Object();
  private final DuplicateDetector duplicates = new DuplicateDetector();
  /** Id → {@link StoredArticle#sameness} of the articles written since the last commit. */
  private final Map<String, String> sinceCommit = new HashMap<>();
  /** Content hash → id of the articles written since the last commit. */
  private final Map<String, String> hashesSinceCommit = new HashMap<>();

  private ArticleIndex(Directory dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.written = new SearcherManager(writer, null);
  }

  /** The analyzer of title and body at index time; the query side is {@code Searcher}'s. */
  static Analyzer analyzer() {
    return NewsAnalyzer.forIndexing();
  }

  /** Opens (or creates) the index at {@code path}; fails at once if another writer holds it. */
  public static ArticleIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    try {
      IndexWriter w = new IndexWriter(dir, cfg);
      if (!DirectoryReader.indexExists(dir)) {
        w.commit(); // an empty first commit, so a crash during the first batch leaves an openable index
      }
      return new ArticleIndex(dir, w);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(path, e);
    }
  }

  /**
   * A reader of everything written so far, committed or not; the caller closes it. What re-tagging
   * scans (after a {@link #commit}, so it sees a fixed state).
   */
  public DirectoryReader reader() throws IOException {
    return DirectoryReader.open(writer);
  }

  /** {@link #upsert(TaggedArticle, SameText)} marking copies ({@link SameText#MARK}). */
  public Upsert upsert(TaggedArticle t) throws IOException {
    return upsert(t, SameText.MARK);
  }

  /** Adds, replaces or leaves the article with {@code t}'s id, as the class note says. */
  public Upsert upsert(TaggedArticle t, SameText sameText) throws IOException {
    return upsert(prepare(t), sameText, null);
  }

  /**
   * As {@link #upsert(TaggedArticle, SameText)}, for an article that an older id scheme stored under
   * {@code formerId} (null: none). When that id is in the index (as of the last commit) its article
   * is removed in the same write and the result is {@link Upsert#rekeyed}: an article new under its
   * id is then UPDATED rather than ADDED (and is no copy of its former self); one already there
   * under its new id keeps its outcome (UNCHANGED, or UPDATED), the former twin removed.
   */
  public Upsert upsert(TaggedArticle t, SameText sameText, String formerId) throws IOException {
    return upsert(prepare(t), sameText, formerId);
  }

  /**
   * What an upsert of {@code t} computes from the article alone (mentions JSON, sameness digest,
   * MinHash signature and bands), made before the upsert so that a caller who must upsert in a
   * fixed order (ingest) does this part on any thread, in parallel, and only the rest in order.
   */
  public static Prepared prepare(TaggedArticle t) {
    String mentions = StoredArticle.mentionsJson(t.mentions());
    int[] signature = MinHash.signature(t.article().text());
    // the bands once: the lookup, the detector and the document all use them
    return new Prepared(t, mentions, StoredArticle.sameness(t, mentions), signature, MinHash.bands(signature));
  }

  /** An article ready to upsert ({@link #prepare}). */
  public record Prepared(TaggedArticle article, String mentions, String same, int[] signature, List<String> bands) {
    public Prepared {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(mentions, "mentions");
      Objects.requireNonNull(same, "same");
      Objects.requireNonNull(signature, "signature");
      bands = List.copyOf(bands);
    }
  }

  /** {@link #upsert(TaggedArticle, SameText, String)} of a prepared article. */
  public Upsert upsert(Prepared p, SameText sameText, String formerId) throws IOException {
    TaggedArticle t = p.article();
    String mentions = p.mentions();
    String same = p.same();
    int[] signature = p.signature();
    List<String> bands = p.bands();
    boolean refresh;
    Upsert result;
    gate.readLock().lock();
    try {
      Optional<Duplicate> copyOf;
      Outcome outcome;
      boolean former;
      IndexSearcher s = written.acquire();
      try {
        // The searcher cannot change while the gate is held (it is refreshed only under the write
        // lock), so what it says is read here, outside the decision lock, on every thread at once;
        // only what was written since it was opened is looked at under the lock.
        former = formerId != null && !formerId.equals(t.id()) && contains(s, formerId);
        Indexed indexed = indexed(s, t, same, sameText, former ? formerId : null);
        DuplicateDetector.IndexHits hits =
            indexed.unchanged() ? null : DuplicateDetector.lookup(s, t.contentHash(), bands);
        synchronized (decision) {
          outcome = classify(indexed, t, same, sameText);
          if (former && outcome != Outcome.DUPLICATE) {
            former = duplicates.removed(formerId); // false when another write removed it since the commit
            if (former && outcome == Outcome.ADDED) outcome = Outcome.UPDATED;
          } else {
            former = false;
          }
          // an article marked as a copy of its own former self is an original again: written anew
          if (former && outcome == Outcome.UNCHANGED && formerId.equals(indexed.duplicateOf())) outcome = Outcome.UPDATED;
          if (former && outcome == Outcome.UNCHANGED) {
            writer.deleteDocuments(new Term(Fields.ID, formerId));
            return new Upsert(outcome, Optional.empty(), true);
          }
          if (outcome == Outcome.UNCHANGED || outcome == Outcome.DUPLICATE) return Upsert.of(outcome);
          if (hits == null) hits = DuplicateDetector.lookup(s, t.contentHash(), bands); // rewritten since the commit: rare
          copyOf = duplicates.find(hits, t.id(), t.contentHash(), signature, bands);
          duplicates.written(t.id(), t.contentHash(), signature, bands, copyOf);
          sinceCommit.put(t.id(), same);
          hashesSinceCommit.putIfAbsent(t.contentHash(), t.id());
          refresh = duplicates.pendingCount() >= MAX_PENDING;
        }
      } finally {
        written.release(s);
      }
      Document d = StoredArticle.toDocument(t, mentions, signature, bands, copyOf.orElse(null));
      if (former) {
        // one update replaces both ids, inside the gate: no commit holds both articles or neither,
        // and a document the writer refuses leaves the former one in place
        Query both = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.ID, t.id())), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.ID, formerId)), BooleanClause.Occur.SHOULD)
            .build();
        writer.updateDocuments(both, List.of(d));
      } else {
        writer.updateDocument(new Term(Fields.ID, t.id()), d);
      }
      result = new Upsert(outcome, copyOf, former);
    } finally {
      gate.readLock().unlock();
    }
    if (refresh) refresh();
    return result;
  }

  /**
   * Whether an article made from the raw record with this {@link SourceFingerprint} is in the index
   * as of the last commit (or refresh). What lets a re-run skip an unchanged record before
   * extracting it; safe from several threads, and never blocks on the decision lock.
   */
  public boolean hasSource(String sourceFingerprint) throws IOException {
    if (sourceFingerprint.isEmpty()) return false;
    IndexSearcher s = written.acquire();
    try {
      return s.count(new TermQuery(new Term(Fields.SOURCE_FINGERPRINT, sourceFingerprint))) > 0;
    } finally {
      written.release(s);
    }
  }

  /** Whether an article with this id is in the index as of the last commit (or refresh). */
  public boolean contains(String id) throws IOException {
    IndexSearcher s = written.acquire();
    try {
      return contains(s, id);
    } finally {
      written.release(s);
    }
  }

  private static boolean contains(IndexSearcher s, String id) throws IOException {
    return s.count(new TermQuery(new Term(Fields.ID, id))) > 0;
  }

  /**
   * Adds an article known to be new and no copy of another (a generated corpus without
   * duplicates): no id or copy lookup and nothing serialized, so several threads add at the full
   * speed of the {@link IndexWriter}. The caller vouches for it; an article already in the index
   * would be there twice.
   */
  public void addNew(TaggedArticle t) throws IOException {
    String mentions = StoredArticle.mentionsJson(t.mentions());
    int[] signature = MinHash.signature(t.article().text());
    Document d = StoredArticle.toDocument(t, mentions, signature, MinHash.bands(signature), null);
    gate.readLock().lock();
    try {
      writer.addDocument(d);
    } finally {
      gate.readLock().unlock();
    }
  }

  /**
   * What the searcher says of {@code t}: whether its id is there, whether it would be unchanged,
   * whether its text is there under any id (asked only when {@code sameText} skips).
   */
  private record Indexed(boolean present, boolean unchanged, boolean textPresent, String duplicateOf) {}

  /** What {@link #indexed} reads of a stored article. */
  private static final Set<String> INDEXED_FIELDS =
      Set.copyOf(Stream.concat(StoredArticle.SAMENESS_FIELDS.stream(), Stream.of(Fields.DUPLICATE_OF)).toList());

  private static Indexed indexed(IndexSearcher s, TaggedArticle t, String same, SameText sameText, String formerId)
      throws IOException {
    TopDocs top = s.search(new TermQuery(new Term(Fields.ID, t.id())), 1);
    if (top.scoreDocs.length > 0) {
      Document stored = s.storedFields().document(top.scoreDocs[0].doc, INDEXED_FIELDS);
      // the same article from another raw record (or from before fingerprints were stored) is
      // written again to record the new fingerprint, so that the next run of this input skips it early
      String fingerprint = t.sourceFingerprint();
      boolean unchanged = StoredArticle.sameness(stored).equals(same)
          && (fingerprint.isEmpty() || fingerprint.equals(StoredArticle.sourceFingerprint(stored)));
      return new Indexed(true, unchanged, false, StoredArticle.duplicateOf(stored));
    }
    // the article's own former self is no other article with the same text
    Query sameHash = new TermQuery(new Term(Fields.CONTENT_HASH, t.contentHash()));
    if (formerId != null) {
      sameHash = new BooleanQuery.Builder()
          .add(sameHash, BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ID, formerId)), BooleanClause.Occur.MUST_NOT)
          .build();
    }
    boolean textPresent = sameText == SameText.SKIP && !t.contentHash().isBlank() && s.count(sameHash) > 0;
    return new Indexed(false, false, textPresent, null);
  }

  /** Under the decision lock: the searcher's answer, corrected by what was written since the commit. */
  private Outcome classify(Indexed indexed, TaggedArticle t, String same, SameText sameText) {
    String recent = sinceCommit.get(t.id());
    if (recent != null) return recent.equals(same) ? Outcome.DUPLICATE : Outcome.UPDATED;
    if (indexed.present()) return indexed.unchanged() ? Outcome.UNCHANGED : Outcome.UPDATED;
    if (sameText == SameText.SKIP && !t.contentHash().isBlank()) {
      String other = hashesSinceCommit.get(t.contentHash());
      if (other != null && !other.equals(t.id())) return Outcome.DUPLICATE;
      if (indexed.textPresent()) return Outcome.DUPLICATE;
    }
    return Outcome.ADDED;
  }

  /** Makes everything written durable and visible to readers that reopen (see the class note). */
  public void commit() throws IOException {
    gate.writeLock().lock();
    try {
      writer.commit();
      refreshLocked();
      sinceCommit.clear();
      hashesSinceCommit.clear();
    } finally {
      gate.writeLock().unlock();
    }
  }

  private void refresh() throws IOException {
    gate.writeLock().lock();
    try {
      if (duplicates.pendingCount() >= MAX_PENDING) refreshLocked();
    } finally {
      gate.writeLock().unlock();
    }
  }

  /** With the write lock held: no upsert is between its decision and its write. */
  private void refreshLocked() throws IOException {
    written.maybeRefreshBlocking();
    duplicates.searcherRefreshed();
  }

  @Override
  public void close() throws IOException {
    try (dir; writer; written) {
      // closes the reader manager, then the writer, then the directory
    }
  }
}
