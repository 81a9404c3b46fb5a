package khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import khabar.extract.Article;
import khabar.index.TaggedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  static final Article ARTICLE =
      new Article("https://example.org/a", "example.org", "t", "أعلنت إنفيديا عن رقاقة جديدة.", null, "", "ar", Instant.EPOCH);

  @Test
  void candidatesAreFoundExactlyWhenPatternsAreBesideTheGazetteers(@TempDir Path dir) throws Exception {
    Pipeline with = Pipeline.load(Path.of("gazetteers"));
    assertTrue(with.candidates().isPresent());
    assertTrue(with.tagger().version().startsWith(with.gazetteer().version() + "+c:"), with.tagger().version());

    for (String f : new String[] {"companies.tsv", "chips.tsv", "people.tsv", "cues.tsv", "vetoes.tsv"}) {
      Files.copy(Path.of("gazetteers", f), dir.resolve(f));
    }
    Pipeline without = Pipeline.load(dir);
    assertFalse(without.candidates().isPresent());
    assertEquals(without.gazetteer().version(), without.tagger().version());
    assertNotEquals(with.tagger().version(), without.tagger().version());
  }

  @Test
  void theStoredRecordCarriesThePipelineTaggersVersion() {
    Pipeline p = Pipeline.load(Path.of("gazetteers"));
    TaggedArticle t = p.documents().tag(ARTICLE);
    assertEquals(p.tagger().version(), t.gazetteerVersion());
    assertEquals(p.tagger().tag(ARTICLE.text()), t.mentions());
    assertEquals(p.gazetteer().version(), p.gazetteerTagger().version());
  }
}
