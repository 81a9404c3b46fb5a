package khabar.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;
import khabar.tag.Tagger;
import org.junit.jupiter.api.Test;

/** The generator's truth agrees with what the tagger finds in the articles it wrote. */
class TruthTest {
  static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("gazetteers"));
  static final Tagger TAGGER = new Tagger(GAZETTEER);
  static final ArticleGenerator GEN = new ArticleGenerator(GAZETTEER, 11);

  @Test
  void taggerFindsExactlyTheEntitiesOfTheTruth() {
    for (long n = 0; n < 40; n++) {
      GeneratedArticle a = GEN.article(n);
      List<Mention> found = TAGGER.tag(a.title() + "\n\n" + a.text());
      TreeSet<String> ids = new TreeSet<>();
      for (Mention m : found) if (m.type() != EntityType.MONEY) ids.add(m.id());
      assertEquals(a.entities(), List.copyOf(ids), "entities of article " + n + ": " + a.text());
    }
  }

  @Test
  void taggerReadsEveryAmountWithItsCurrencyAndQualifier() {
    for (long n = 0; n < 40; n++) {
      GeneratedArticle a = GEN.article(n);
      List<String> found =
          TAGGER.tag(a.text()).stream()
              .filter(m -> m.type() == EntityType.MONEY)
              .map(m -> new Amount(m.money().amount(), m.money().currency(), m.money().qualifier().name()).toString())
              .toList();
      List<String> expected = a.money().stream().map(Amount::toString).toList();
      assertEquals(expected, found, "money of article " + n);
    }
  }

  @Test
  void spansAreWhereTheTaggerFindsTheNames() {
    for (long n = 0; n < 40; n++) {
      GeneratedArticle a = GEN.article(n);
      String text = a.text();
      List<String> expected =
          a.spans().stream()
              .filter(s -> s.type() != EntityType.MONEY)
              .map(s -> s.id() + "@" + s.start() + "-" + s.end())
              .toList();
      List<String> found =
          TAGGER.tag(text).stream()
              .filter(m -> m.type() != EntityType.MONEY)
              .map(m -> m.id() + "@" + m.start() + "-" + m.end())
              .toList();
      assertEquals(expected, found, "article " + n);
      assertEquals(a.money(), a.spans().stream().filter(s -> s.type() == EntityType.MONEY).map(Span::amount).toList());
      for (Span s : a.spans()) {
        if (s.type() != EntityType.MONEY) assertTrue(GAZETTEER.resolve(text.substring(s.start(), s.end())).id().equals(s.id()));
      }
    }
  }

  @Test
  void everyArticleNamesAnEntityAndStaysWithinTheLengthRange() {
    for (long n = 0; n < 40; n++) {
      GeneratedArticle a = GEN.article(n);
      assertTrue(!a.entities().isEmpty(), "article " + n + " names no entity");
      assertTrue(a.words() >= ArticleGenerator.MIN_WORDS, "article " + n + " has " + a.words() + " words");
      assertTrue(a.words() < ArticleGenerator.MAX_WORDS + 200, "article " + n + " has " + a.words() + " words");
    }
  }
}
