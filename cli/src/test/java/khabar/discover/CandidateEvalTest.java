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
  void candidatesAreMostlyRightAndRecallDoesNotFallBelowTheMeasuredFloor() throws Exception {
    Path gazetteers = Path.of("gazetteers");
    CandidateEval.Result r =
        CandidateEval.evaluate(
            Path.of("src/test/resources/gold-unknown"),
            new Tagger(GazetteerLoader.load(gazetteers)),
            CandidateFinder.load(gazetteers));
    System.out.print(r.report());
    // 01–30 written with the finder's rules in view, 35–84 to the form classes of real text (the
    // texts of gold articles g35–g84): floors at the measured 235/252 and 197/277
    assertEquals(80, r.articles());
    assertEquals(277, r.unknown());
    assertTrue(r.precision() >= 0.93, "candidate precision " + r.precision());
    assertTrue(r.recall() >= 0.71, "unknown recall " + r.recall());
    // the classes of the annotations: names found by the given-name lexicon, after a title, and surnames alone
    Map<String, Integer> gold = new TreeMap<>();
    for (Evaluation.ClassScore c : r.classes()) gold.merge(c.cls(), c.gold(), Integer::sum);
    // articles 35–84 carry no class column here: their classes are those of the same mentions in gold/articles.jsonl
    assertEquals(Map.of("candidate", 248, "cue", 1, "given-name", 10, "quoted", 3, "spelling-variant", 1, "surname", 10, "title", 4), gold);
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
    assertTrue(last.startsWith("80 article(s): unknown recall "), last);
    assertTrue(out.toString().contains("known                 COMPANY    110"), out.toString());
    assertTrue(last.endsWith("changed in 0 article(s)"), last);
  }
}
