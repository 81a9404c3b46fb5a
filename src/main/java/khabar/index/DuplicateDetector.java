package khabar.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Decides whether an article being written repeats one already written: first by content hash
 * (the same normalized text under another id), then by {@link MinHash} similarity of word
 * 5-grams at or above {@link #THRESHOLD}. The first article written is the original; a copy of a
 * copy points at that original.
 *
 * <p>Not thread-safe: {@link ArticleIndex} calls it under its decision lock.
 *
 * <p>It looks in two places: a point-in-time searcher over the index, and the articles written
 * since that searcher was opened (kept here until {@link #searcherRefreshed}), so copies within
 * one batch are found too.
 */
final class DuplicateDetector {
  /** Estimated Jaccard similarity from which an article counts as a near-duplicate. */
  static final double THRESHOLD = MinHash.NEAR_COPY;
  /** Candidates whose signature is compared, best band agreement first. */
  private static final int MAX_CANDIDATES = 20;

  /** What is known of an article for duplicate lookup. */
  private record Entry(String id, String contentHash, int[] signature, String duplicateOf) {
    String original() {
      return duplicateOf == null ? id : duplicateOf;
    }
  }

  private final Map<String, Entry> pending = new HashMap<>();
  private final Map<String, Set<String>> pendingByHash = new HashMap<>();
  private final Map<String, Set<String>> pendingByBand = new HashMap<>();
  /** Ids removed since the searcher was opened, which it still shows: neither originals nor copies. */
  private final Set<String> removed = new HashSet<>();

  /**
   * What a searcher holds for a lookup: the articles with the same content hash, and those sharing
   * a band, best agreement first. Reads the searcher only (none of this detector's state), so it
   * runs outside the decision lock and on every thread at once.
   */
  record IndexHits(List<Entry> byHash, List<Entry> byBand) {}

  static IndexHits lookup(IndexSearcher index, String contentHash, List<String> bands) throws IOException {
    List<Entry> byHash = new ArrayList<>();
    if (!contentHash.isBlank()) {
      for (ScoreDoc sd : index.search(new TermQuery(new Term(Fields.CONTENT_HASH, contentHash)), MAX_CANDIDATES).scoreDocs) {
        byHash.add(entry(index, sd.doc));
      }
    }
    List<Entry> byBand = new ArrayList<>();
    if (!bands.isEmpty()) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String band : bands) {
        q.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.MINHASH_BAND, band))), BooleanClause.Occur.SHOULD);
      }
      for (ScoreDoc sd : index.search(q.build(), MAX_CANDIDATES).scoreDocs) byBand.add(entry(index, sd.doc));
    }
    return new IndexHits(byHash, byBand);
  }

  /**
   * The duplicate status of an article with this id, hash and signature, or empty for an original,
   * from the searcher's part ({@link #lookup}) and the articles written since it was opened.
   */
  Optional<Duplicate> find(IndexHits hits, String id, String contentHash, int[] signature, List<String> bands) {
    if (!contentHash.isBlank()) {
      for (Entry e : exactCandidates(hits, contentHash)) {
        if (!e.id().equals(id) && !e.original().equals(id) && contentHash.equals(e.contentHash())) {
          return Optional.of(new Duplicate(e.original(), Duplicate.Kind.EXACT, 1.0));
        }
      }
    }
    if (signature.length == 0) return Optional.empty();
    Entry best = null;
    double bestSimilarity = THRESHOLD;
    for (Entry e : nearCandidates(hits, bands)) {
      // its own stored version (an update in place) is no other article
      if (e.id().equals(id) || e.original().equals(id)) continue;
      double s = MinHash.similarity(signature, e.signature());
      if (s >= bestSimilarity) {
        best = e;
        bestSimilarity = s;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Duplicate(best.original(), Duplicate.Kind.NEAR, bestSimilarity));
  }

  /** Records an article just written, until the next refresh makes it visible to the searcher. */
  void written(String id, String contentHash, int[] signature, List<String> bands, Optional<Duplicate> duplicate) {
    forget(id);
    Entry e = new Entry(id, contentHash, signature, duplicate.map(Duplicate::of).orElse(null));
    pending.put(id, e);
    if (!contentHash.isBlank()) pendingByHash.computeIfAbsent(contentHash, k -> new LinkedHashSet<>()).add(id);
    for (String band : bands) pendingByBand.computeIfAbsent(band, k -> new LinkedHashSet<>()).add(id);
  }

  /**
   * Records that the article with this id is removed (re-keyed): the searcher still shows it, but it
   * is no original any more. Returns false when it was removed already.
   */
  boolean removed(String id) {
    forget(id);
    return removed.add(id);
  }

  /** Articles written but not yet visible to the searcher. */
  int pendingCount() {
    return pending.size();
  }

  /** The searcher now sees everything written so far. */
  void searcherRefreshed() {
    pending.clear();
    pendingByHash.clear();
    pendingByBand.clear();
    removed.clear();
  }

  private void forget(String id) {
    Entry old = pending.remove(id);
    if (old == null) return;
    Set<String> h = pendingByHash.get(old.contentHash());
    if (h != null) h.remove(id);
    for (String band : MinHash.bands(old.signature())) {
      Set<String> b = pendingByBand.get(band);
      if (b != null) b.remove(id);
    }
  }

  private List<Entry> exactCandidates(IndexHits hits, String contentHash) {
    Map<String, Entry> found = new LinkedHashMap<>();
    for (Entry e : hits.byHash()) {
      if (!pending.containsKey(e.id()) && live(e)) found.put(e.id(), e);
    }
    for (String id : pendingByHash.getOrDefault(contentHash, Set.of())) found.put(id, pending.get(id));
    return List.copyOf(found.values());
  }

  private List<Entry> nearCandidates(IndexHits hits, List<String> bands) {
    Map<String, Entry> found = new LinkedHashMap<>();
    for (Entry e : hits.byBand()) {
      if (e.signature().length > 0 && !pending.containsKey(e.id()) && live(e)) found.put(e.id(), e);
    }
    for (String band : bands) {
      for (String id : pendingByBand.getOrDefault(band, Set.of())) found.putIfAbsent(id, pending.get(id));
    }
    return List.copyOf(found.values());
  }

  /** Whether a searcher's entry and its original are still there (not removed since it was opened). */
  private boolean live(Entry e) {
    return removed.isEmpty() || !removed.contains(e.id()) && !removed.contains(e.original());
  }

  private static Entry entry(IndexSearcher index, int doc) throws IOException {
    Document d =
        index.storedFields().document(doc, Set.of(Fields.ID, Fields.CONTENT_HASH, Fields.MINHASH, Fields.DUPLICATE_OF));
    return new Entry(d.get(Fields.ID), StoredArticle.contentHash(d), StoredArticle.signature(d), StoredArticle.duplicateOf(d));
  }
}
