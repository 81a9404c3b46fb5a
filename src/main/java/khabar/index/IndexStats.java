package khabar.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Counts of an index: documents, copies among them, mentions per type, size on disk.
 *
 * @param documents live articles, copies included
 * @param duplicates copies per {@link Duplicate.Kind} (EXACT, NEAR)
 * @param mentions mention count per type (COMPANY, CHIP, PERSON, MONEY), copies included
 * @param bytes size of the index folder
 */
public record IndexStats(long documents, Map<String, Long> duplicates, Map<String, Long> mentions, long bytes) {

  public IndexStats {
    duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
    mentions = Collections.unmodifiableMap(new TreeMap<>(mentions));
  }

  /** Articles that are not a copy of another: what search shows by default. */
  public long originals() {
    return documents - duplicates.values().stream().mapToLong(Long::longValue).sum();
  }

  public static IndexStats of(Path index) throws IOException {
    if (!Files.isDirectory(index)) throw new IndexNotFoundException("no index folder at " + index);
    Map<String, Long> counts = new TreeMap<>();
    for (EntityType t : EntityType.values()) counts.put(t.name(), 0L);
    Map<String, Long> duplicates = new LinkedHashMap<>();
    long docs;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      docs = r.numDocs();
      IndexSearcher s = new IndexSearcher(r);
      for (Duplicate.Kind k : Duplicate.Kind.values()) {
        duplicates.put(k.name(), (long) s.count(new TermQuery(new Term(Fields.DUPLICATE_KIND, k.name()))));
      }
      for (LeafReaderContext ctx : r.leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        StoredFields sf = ctx.reader().storedFields();
        for (int d = 0; d < ctx.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = sf.document(d, Set.of(Fields.ID, Fields.MENTIONS));
          for (Mention m : StoredArticle.mentions(doc)) counts.merge(m.type().name(), 1L, Long::sum);
        }
      }
    }
    long bytes;
    try (Stream<Path> s = Files.list(index)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    return new IndexStats(docs, duplicates, counts, bytes);
  }
}
