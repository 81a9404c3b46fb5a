package khabar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's gold set, scored with the project gazetteers, and the gold-file reader's checks. */
class GoldSetTest {
  static final Path GOLD = Path.of("src/test/resources/gold/articles.jsonl");

  @Test
  void theProjectGazetteersReachF1OfAtLeast095PerTypeOnTheGoldSet() throws Exception {
    List<GoldArticle> gold = GoldSet.read(GOLD);
    assertEquals(84, gold.size(), "gold articles");
    Evaluation ev = Evaluation.run(new Tagger(GazetteerLoader.load(Path.of("gazetteers"))), gold);
    assertEquals(java.util.EnumSet.of(EntityType.COMPANY, EntityType.CHIP, EntityType.PERSON), ev.types());
    for (EntityType type : ev.types()) {
      Evaluation.Score s = ev.exact(type);
      assertTrue(s.f1() >= 0.95, type + " exact F1 " + s.f1() + " " + s + "\n" + ev.errors());
      assertTrue(s.truePositives() >= 30, type + " has too few gold mentions to mean anything: " + s);
    }
  }

  @Test
  void everyGoldMentionTextMatchesItsSpan() throws Exception {
    for (GoldArticle a : GoldSet.read(GOLD)) {
      for (GoldArticle.Span s : a.mentions()) {
        String surface = a.text().substring(s.start(), s.end());
        assertEquals(surface.strip(), surface, a.id() + " " + s);
      }
    }
  }

  @Test
  void scoresEveryNamePerTypeAndPerClassWithCandidates() {
    Tagger tagger = new Tagger(TaggerTest.G).withCandidates(new CandidateSourceStub());
    String text = "قالت إنفيديا إن زيبو وهواوي";
    // gold: nvidia (class given), زيبو absent from the gazetteer (no class: absent), huawei (no class: known)
    GoldArticle a = new GoldArticle("a", text, List.of(
        new GoldArticle.Span(EntityType.COMPANY, "nvidia", 5, 12, "latin-proclitic"),
        new GoldArticle.Span(EntityType.COMPANY, "zibo", 16, 20),
        new GoldArticle.Span(EntityType.COMPANY, "huawei", 22, 27)));
    Evaluation ev = Evaluation.run(tagger, List.of(a));
    // the stub finds زيبو (right: an absent entity) and "قالت" (a false candidate)
    assertEquals(new Evaluation.Score(3, 1, 0, 0), ev.all(EntityType.COMPANY));
    assertEquals(new Evaluation.Score(2, 0, 0, 1), ev.exact(EntityType.COMPANY));
    assertEquals(List.of(
            new Evaluation.ClassScore("absent", EntityType.COMPANY, 1, 1),
            new Evaluation.ClassScore("known", EntityType.COMPANY, 1, 1),
            new Evaluation.ClassScore("latin-proclitic", EntityType.COMPANY, 1, 1)),
        ev.byClass());
    assertEquals(java.util.Map.of("candidate COMPANY", 1), ev.falseHits());
  }

  /** Finds "زيبو" and the first word as company candidates. */
  static final class CandidateSourceStub implements CandidateSource {
    @Override
    public List<Mention> find(khabar.normalize.TokenizedText t, List<Mention> known) {
      String text = t.text().original();
      int z = text.indexOf("زيبو");
      return List.of(
          Mention.candidate(EntityType.COMPANY, "company:قالت", "قالت", 0, 4, "COMPANY test"),
          Mention.candidate(EntityType.COMPANY, "company:زيبو", "زيبو", z, z + 4, "COMPANY test"));
    }

    @Override
    public String version() {
      return "stub";
    }
  }

  @Test
  void aGoldClassIsLowerCaseWordsJoinedByHyphens(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.jsonl");
    Files.writeString(f, "{\"id\": \"a\", \"text\": \"أبل\", \"mentions\": [{\"type\": \"COMPANY\", \"id\": \"apple\", \"start\": 0, \"end\": 3, \"class\": \"Latin Proclitic\"}]}\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldSet.read(f));
    assertTrue(e.getMessage().contains("c.jsonl:1: article a: class 'Latin Proclitic' must be lower-case words joined by '-'"), e.getMessage());
    Files.writeString(f, "{\"id\": \"a\", \"text\": \"أبل\", \"mentions\": [{\"type\": \"COMPANY\", \"id\": \"apple\", \"start\": 0, \"end\": 3, \"class\": \"latin-proclitic\"}]}\n", StandardCharsets.UTF_8);
    assertEquals("latin-proclitic", GoldSet.read(f).get(0).mentions().get(0).cls());
  }

  @Test
  void scoresExactAndOverlappingSpansApart() {
    Tagger tagger = new Tagger(TaggerTest.G);
    String text = "قالت وإنفيديا إن هواوي وشركة ديب سيك";
    // gold: nvidia exact; huawei with a span one character too long (overlap only); the span
    // of deepseek annotated as a company the gazetteer does not know (a false hit, counted apart)
    GoldArticle a =
        new GoldArticle(
            "a",
            text,
            List.of(
                new GoldArticle.Span(EntityType.COMPANY, "nvidia", 6, 13),
                new GoldArticle.Span(EntityType.COMPANY, "huawei", 17, 23),
                new GoldArticle.Span(EntityType.COMPANY, "not-in-gazetteer", 29, 36)));
    Evaluation ev = Evaluation.run(tagger, List.of(a));
    assertEquals(new Evaluation.Score(1, 2, 1, 1), ev.exact(EntityType.COMPANY));
    assertEquals(new Evaluation.Score(2, 1, 0, 1), ev.overlap(EntityType.COMPANY));
    assertEquals(
        List.of("false huawei 17-22", "false deepseek 29-36", "miss huawei 17-23"),
        ev.errors().stream().map(e -> (e.miss() ? "miss " : "false ") + e.id() + " " + e.start() + "-" + e.end()).toList());
  }

  @Test
  void rejectsABrokenGoldFileWithFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(
        f,
        """
        {"id":"a","text":"شركة إنفيديا","mentions":[{"type":"COMPANY","id":"nvidia","start":5,"end":12,"text":"إنفيديا"}]}
        {"id":"b","text":"شركة إنفيديا","mentions":[{"type":"COMPANY","id":"nvidia","start":4,"end":12,"text":"إنفيديا"}]}
        not json
        {"id":"a","text":"x","mentions":[]}
        {"id":"c","text":"x","mentions":[{"type":"COMPANY","id":"nvidia","start":0,"end":5}]}
        """,
        StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldSet.read(f));
    String msg = e.getMessage();
    assertTrue(msg.startsWith("gold set has 4 error(s)"), msg);
    assertTrue(msg.contains("gold.jsonl:2: article b: mention nvidia says 'إنفيديا' but [4, 12) is ' إنفيديا'"), msg);
    assertTrue(msg.contains("gold.jsonl:3: not a JSON object"), msg);
    assertTrue(msg.contains("gold.jsonl:4: duplicate article id 'a'"), msg);
    assertTrue(msg.contains("gold.jsonl:5: article c: mention nvidia [0, 5) ends after the text"), msg);
  }
}
