package khabar.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import khabar.cli.Main;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;
import java.util.Map;
import java.util.TreeMap;
import khabar.tag.Evaluation;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
    assertEquals(30, r.articles());
    assertEquals(76, r.unknown());
    assertTrue(r.precision() >= 0.95, "candidate precision " + r.precision());
    assertTrue(r.recall() >= 0.9, "unknown recall " + r.recall());
    // the classes of the annotations: names found by the given-name lexicon, after a title, and surnames alone
    Map<String, Integer> gold = new TreeMap<>();
    for (Evaluation.ClassScore c : r.classes()) gold.merge(c.cls(), c.gold(), Integer::sum);
    assertEquals(Map.of("candidate", 47, "cue", 1, "given-name", 10, "quoted", 3, "spelling-variant", 1, "surname", 10, "title", 4), gold);
    assertEquals(0, r.knownChanged(), "gazetteer and money mentions must not change");
  }

  @Test
  void khabarEvalReportsCandidatesOnAnUnknownFolder() {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int code = cl.execute("eval", "src/test/resources/gold/articles.jsonl", "--gazetteers", "gazetteers",
        "--unknown", "src/test/resources/gold-unknown");
    assertEquals(0, code);
    String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("30 article(s): unknown recall "), last);
    assertTrue(out.toString().contains("known                 COMPANY    110"), out.toString());
    assertTrue(last.endsWith("changed in 0 article(s)"), last);
  }
}
