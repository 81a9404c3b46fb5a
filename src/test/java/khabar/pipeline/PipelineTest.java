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

  @Test
  void aRateTableOfOnesOwnValuesEveryPathIntoTheIndexByThePublicationDate(@TempDir Path dir) throws Exception {
    Path rates = dir.resolve("rates.tsv");
    Files.writeString(rates, "2025-01-01\tEUR\t0.5\tmine\n2025-07-01\tEUR\t0.25\tmine\n");
    Pipeline p = Pipeline.load(Path.of("gazetteers")).withRates(khabar.money.ExchangeRates.read(rates));
    Article a =
        new Article("https://example.org/b", "example.org", "t", "باعت حصتها بـ10 ملايين يورو.",
            Instant.parse("2025-03-10T00:00:00Z"), "", "ar", Instant.EPOCH);
    khabar.money.Money m = p.documents().tag(a).mentions().get(0).money();
    assertEquals("EUR", m.currency());
    assertEquals(new java.math.BigDecimal("20000000"), m.usd());
    assertEquals("mine", m.dollars().source());
    assertEquals(java.time.LocalDate.of(2025, 1, 1), m.dollars().date());
    assertFalse(m.dollars().fallback());
    khabar.money.Money shipped = Pipeline.load(Path.of("gazetteers")).documents().tag(a).mentions().get(0).money();
    assertEquals("fred", shipped.dollars().source());
  }
}
