package khabar.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Token-level precision, recall and F1 of an extracted text against the expected one, the way the
 * ScrapingHub article-extraction benchmark scores article bodies: both texts are split at white
 * space and punctuation into a bag of tokens; the overlap is the size of the bags' intersection
 * (counting repeats); precision = overlap / extracted tokens, recall = overlap / expected tokens.
 */
record TokenOverlap(double precision, double recall) {
  static TokenOverlap of(String extracted, String expected) {
    Map<String, Integer> want = bag(expected);
    Map<String, Integer> got = bag(extracted);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    int nGot = got.values().stream().mapToInt(Integer::intValue).sum();
    int nWant = want.values().stream().mapToInt(Integer::intValue).sum();
    return new TokenOverlap(nGot == 0 ? (nWant == 0 ? 1 : 0) : (double) overlap / nGot, nWant == 0 ? 1 : (double) overlap / nWant);
  }

  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> bag(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (String t : s.split("[\\s\\p{Punct}«»،؛؟]+")) if (!t.isEmpty()) m.merge(t, 1, Integer::sum);
    return m;
  }
}
