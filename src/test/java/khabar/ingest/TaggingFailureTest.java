package khabar.ingest;

import static khabar.ingest.IngestFixtures.GAZETTEER;
import static khabar.ingest.IngestFixtures.arabic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import khabar.index.ArticleIndex;
import khabar.index.StoredArticle;
import khabar.normalize.TokenizedText;
import khabar.tag.CandidateSource;
import khabar.tag.Mention;
import khabar.tag.Tagger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A defect of the tagger on one text (here a candidate source that throws on the second article)
 * loses no article: the page is stored without entities, marked untagged for {@code retag}, and
 * reported as a failure that names it.
 */
class TaggingFailureTest {
  @TempDir Path dir;

  /** Throws on the article whose text has {@code marker}, finds nothing elsewhere. */
  record Faulty(String marker) implements CandidateSource {
    @Override
    public List<Mention> find(TokenizedText text, List<Mention> known) {
      if (text.text().original().contains(marker)) throw new IllegalStateException("a defect on this text");
      return List.of();
    }

    @Override
    public String version() {
      return "faulty";
    }
  }

  @Test
  void anArticleWhoseTaggingFailsIsStoredWithoutEntitiesAndReported() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (int n = 1; n <= 3; n++) Files.writeString(docs.resolve(n + ".txt"), "عنوان " + n + "\n\n" + arabic(n) + " وقالت إنفيديا إن الطلب قوي.");
    Tagger tagger = new Tagger(GAZETTEER).withCandidates(new Faulty("الخبر رقم 2."));
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(dir.resolve("index"))) {
      r = new Ingester(new Documents(tagger), IngestOptions.defaults().withThreads(2)).ingest(List.of(docs), idx);
    }
    assertEquals(3, r.added());
    assertEquals(1, r.failed());
    assertEquals(1, r.failed(Failure.Reason.TAGGING));
    assertEquals(1, r.failures().size());
    Failure f = r.failures().get(0);
    assertTrue(f.where().endsWith("2.txt"), f.where());
    assertEquals("stored without entities: IllegalStateException: a defect on this text", f.detail());
    assertTrue(FailureBudget.parse("0").exceeded(r), "a failed tagging fails the run under the default budget");

    Map<String, String> versionByTitle = new TreeMap<>();
    try (Directory d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
      StoredFields sf = reader.storedFields();
      for (int i = 0; i < reader.maxDoc(); i++) {
        Document doc = sf.document(i);
        versionByTitle.put(StoredArticle.read(doc).article().title() + " " + StoredArticle.mentions(doc).size(), StoredArticle.version(doc));
      }
    }
    assertEquals(Map.of("عنوان 1 1", tagger.version(), "عنوان 2 0", Documents.UNTAGGED, "عنوان 3 1", tagger.version()), versionByTitle);
  }
}
