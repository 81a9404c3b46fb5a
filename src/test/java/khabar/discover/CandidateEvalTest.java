package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;
import org.junit.jupiter.api.Test;

/** Candidates on the gold articles of src/test/resources/gold-unknown, with the project's gazetteers. */
class CandidateEvalTest {

  @Test
  void candidatesAreMostlyRightAndFindHalfTheUnknownNames() throws Exception {
    Path gazetteers = Path.of("gazetteers");
    CandidateEval.Result r =
        CandidateEval.evaluate(
            Path.of("src/test/resources/gold-unknown"),
            new Tagger(GazetteerLoader.load(gazetteers)),
            CandidateFinder.load(gazetteers));
    System.out.print(r.report());
    assertEquals(20, r.articles());
    assertEquals(47, r.unknown());
    assertTrue(r.precision() >= 0.85, "candidate precision " + r.precision());
    assertTrue(r.recall() >= 0.5, "unknown recall " + r.recall());
    assertEquals(0, r.knownChanged(), "gazetteer and money mentions must not change");
  }
}
