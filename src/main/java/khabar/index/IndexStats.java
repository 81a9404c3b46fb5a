package khabar.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Counts of an index: documents, mentions per type, size on disk.
 *
 * @param documents live articles
 * @param mentions mention count per type (COMPANY, CHIP, PERSON, MONEY)
 * @param bytes size of the index folder
 */
public record IndexStats(long documents, Map<String, Long> mentions, long bytes) {

  public static IndexStats of(Path index) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    for (EntityType t : EntityType.values()) counts.put(t.name(), 0L);
    long docs;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      docs = r.numDocs();
      for (LeafReaderContext ctx : r.leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        StoredFields sf = ctx.reader().storedFields();
        for (int d = 0; d < ctx.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          for (Mention m : Searcher.mentions(sf.document(d))) counts.merge(m.type().name(), 1L, Long::sum);
        }
      }
    }
    long bytes;
    try (Stream<Path> s = Files.list(index)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    return new IndexStats(docs, counts, bytes);
  }
}
