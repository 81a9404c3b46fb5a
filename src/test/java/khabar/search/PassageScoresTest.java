package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTest {
  private static final String[] TERMS = {"الرقائق", "رقائق", "nvidia", "الطلب", "ب", ""};

  @Test
  void scoresEveryPassageToTheBitAsLucenesScorer() {
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    SplittableRandom random = new SplittableRandom(19);
    for (int round = 0; round < 5_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(20_000);
      p.setStartOffset(start);
      int matches = random.nextInt(12);
      int[] starts = new int[matches];
      int at = start;
      for (int m = 0; m < matches; m++) starts[m] = at += random.nextInt(1, 40);
      p.setEndOffset(at + 5 + random.nextInt(300));
      for (int m = 0; m < matches; m++) {
        String term = TERMS[random.nextInt(TERMS.length)];
        // a fresh BytesRef each time, as the highlighter hands them: equal bytes, not the same object
        p.addMatch(starts[m], starts[m] + 5, new BytesRef(term), random.nextInt(1, 60));
      }
      int contentLength = p.getEndOffset() + random.nextInt(10_000);
      assertEquals(
          Float.floatToIntBits(lucene.score(p, contentLength)), Float.floatToIntBits(ours.score(p, contentLength)),
          "passage " + round);
    }
  }
}
