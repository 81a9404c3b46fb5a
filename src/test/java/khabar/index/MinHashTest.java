package khabar.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
  static final String STORY =
      "أعلنت الشركة الناشئة عن جولة تمويل جديدة بقيادة صندوق استثماري خليجي، وقالت إنها ستنفق المال على "
          + "توسيع فريق الباحثين وبناء مركز بيانات في الرياض. وقال المدير التنفيذي إن الطلب على نماذج اللغة "
          + "العربية تضاعف خلال عام واحد، وإن الشركة تتفاوض مع ثلاثة مصارف لتقديم خدماتها. وأضاف أن المنافسة "
          + "مع الشركات الأميركية صعبة لكنها ليست مستحيلة، لأن السوق المحلية تحتاج إلى نماذج تفهم اللهجات.";

  /** The words of a text as the signature sees them. */
  static List<String> words(String s) {
    return List.of(Fingerprint.words(s));
  }

  /** The exact Jaccard similarity of two texts' 5-word shingles, to check the estimate against. */
  static double jaccard(String a, String b) {
    Set<String> sa = shingles(a);
    Set<String> sb = shingles(b);
    Set<String> union = new HashSet<>(sa);
    union.addAll(sb);
    sa.retainAll(sb);
    return sa.size() / (double) union.size();
  }

  static Set<String> shingles(String s) {
    List<String> w = words(s);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + MinHash.SHINGLE <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + MinHash.SHINGLE)));
    return out;
  }

  @Test
  void theSameTextUnderOtherSpellingAndSpacingHasTheSameSignature() {
    String respelled = STORY.replace("أعلنت", "اعلنت").replace("، ", " ، ").replace("الناشئة", "الناشئــة");
    assertArrayEquals(MinHash.signature(STORY), MinHash.signature(respelled));
    assertEquals(1.0, MinHash.similarity(MinHash.signature(STORY), MinHash.signature(respelled)));
  }

  @Test
  void aSyndicatedCopyScoresAboveTheThresholdAndNearItsTrueSimilarity() {
    String copy =
        STORY.replace("وإن الشركة تتفاوض مع ثلاثة مصارف لتقديم خدماتها", "مشيراً إلى محادثات جارية مع مصارف محلية")
            + "\nنُشر هذا التقرير بالاتفاق مع موقع شريك.";
    double truth = jaccard(STORY, copy);
    double estimate = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(copy));
    assertTrue(truth > 0.6 && truth < 0.9, "true similarity " + truth);
    assertTrue(Math.abs(estimate - truth) < 0.15, estimate + " estimates " + truth);
    assertTrue(estimate >= DuplicateDetector.THRESHOLD, "estimate " + estimate);
  }

  @Test
  void anotherStoryOnTheSameTopicScoresLow() {
    String other =
        "قالت الشركة الناشئة إن نماذجها العربية صارت تخدم ثلاثة مصارف في الرياض، وإنها لا تحتاج إلى تمويل "
            + "جديد هذا العام. وأضاف المدير التنفيذي أن فريق الباحثين يعمل على نموذج يفهم اللهجات الخليجية.";
    double estimate = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(other));
    assertTrue(estimate < 0.1, "estimate " + estimate);
  }

  @Test
  void signaturesHaveTheDocumentedShapeAndSurviveStorage() {
    int[] sig = MinHash.signature(STORY);
    assertEquals(MinHash.HASHES, sig.length);
    assertArrayEquals(sig, MinHash.fromBytes(MinHash.toBytes(sig), 0, MinHash.HASHES * Integer.BYTES));
    List<String> bands = MinHash.bands(sig);
    assertEquals(MinHash.BANDS, bands.size());
    assertEquals(MinHash.BANDS, new HashSet<>(bands).size());
    assertTrue(bands.get(7).startsWith("07:"), bands.get(7));
  }

  @Test
  void shortAndEmptyTexts() {
    assertEquals(0, MinHash.signature(" ،. ").length);
    assertEquals(List.of(), MinHash.bands(new int[0]));
    int[] two = MinHash.signature("إنفيديا ترتفع");
    assertEquals(MinHash.HASHES, two.length);
    assertEquals(1.0, MinHash.similarity(two, MinHash.signature("انفيديا  ترتفع!")));
    assertEquals(0.0, MinHash.similarity(two, MinHash.signature("هواوي تتراجع")), 0.05);
  }
}
