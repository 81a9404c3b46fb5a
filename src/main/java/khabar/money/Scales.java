package khabar.money;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import khabar.normalize.ArabicNormalizer;

/**
 * The scale words of Arabic money figures (ألف، مليون، مليار، بليون، تريليون and the English
 * million, billion, trillion, bn) in every form the press writes, and the words that make a
 * vague order of magnitude (عشرات، مئات، بضعة، عدة).
 *
 * <p>Forms, for مليون: singular مليون, plural ملايين (after 3–10: خمسة ملايين), accusative
 * مليونًا which is also the construct dual (مليونا دولار = two million), dual مليونان، مليونين،
 * مليوني. A dual alone means two of the scale (ملياري دولار = 2,000,000,000).
 */
final class Scales {

  /** The grammatical form of a scale word, which decides what it means alone. */
  enum Form {
    /** مليون: one million alone, or the scale after a number. */
    SINGULAR,
    /** ملايين: the scale after 3–10; alone (ملايين الدولارات) a vague order of magnitude. */
    PLURAL,
    /** مليونان، مليونين، مليوني: two alone. */
    DUAL,
    /**
     * مليونا: accusative singular after a number or before من (مليارًا من الدولارات = one), the
     * construct dual directly before its noun (مليارا دولار = two).
     */
    ACCUSATIVE_OR_DUAL
  }

  /** A scale word: its factor (1000, 10^6 …) and its form. */
  record Scale(BigDecimal factor, Form form) {}

  /** A vague multiplier: عشرات (tens of) covers [10, 100) times the scale. */
  record Vague(BigDecimal min, BigDecimal max) {}

  static final BigDecimal THOUSAND = BigDecimal.TEN.pow(3);
  static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
  static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
  static final BigDecimal TRILLION = BigDecimal.TEN.pow(12);

  private static final Map<String, Scale> SCALES = new HashMap<>();
  private static final Map<String, Vague> VAGUE = new HashMap<>();

  /** The Arabic definite article ال, which a scale word takes in ونصف المليار, مئات الملايين. */
  static final String ARTICLE = "\u0627\u0644";

  static {
    forms(THOUSAND, "ألف", "آلاف", "ألفًا", "ألفان", "ألفين", "ألفي");
    SCALES.put(fold("ألوف"), new Scale(THOUSAND, Form.PLURAL)); // أربعة ألوف، ألوف الدولارات
    forms(MILLION, "مليون", "ملايين", "مليونًا", "مليونان", "مليونين", "مليوني");
    forms(BILLION, "مليار", "مليارات", "مليارًا", "ملياران", "مليارين", "ملياري");
    forms(BILLION, "بليون", "بلايين", "بليونًا", "بليونان", "بليونين", "بليوني");
    forms(TRILLION, "تريليون", "تريليونات", "تريليونًا", "تريليونان", "تريليونين", "تريليوني");
    forms(TRILLION, "ترليون", "ترليونات", "ترليونًا", "ترليونان", "ترليونين", "ترليوني");
    for (String w : new String[] {"thousand"}) SCALES.put(w, new Scale(THOUSAND, Form.SINGULAR));
    for (String w : new String[] {"million", "millions", "mn", "mln"}) SCALES.put(w, new Scale(MILLION, Form.SINGULAR));
    for (String w : new String[] {"billion", "billions", "bn"}) SCALES.put(w, new Scale(BILLION, Form.SINGULAR));
    for (String w : new String[] {"trillion", "trillions", "tn"}) SCALES.put(w, new Scale(TRILLION, Form.SINGULAR));

    vague("عشرات", 10, 100);
    vague("مئات", 100, 1000);
    vague("بضعة", 3, 10);
    vague("بضع", 3, 10);
    vague("عدة", 2, 10);
  }

  private Scales() {}

  private static void forms(BigDecimal f, String singular, String plural, String acc, String... duals) {
    SCALES.put(fold(singular), new Scale(f, Form.SINGULAR));
    SCALES.put(fold(plural), new Scale(f, Form.PLURAL));
    SCALES.put(fold(acc), new Scale(f, Form.ACCUSATIVE_OR_DUAL));
    for (String d : duals) SCALES.put(fold(d), new Scale(f, Form.DUAL));
  }

  private static void vague(String word, int min, int max) {
    VAGUE.put(fold(word), new Vague(BigDecimal.valueOf(min), BigDecimal.valueOf(max)));
  }

  static String fold(String word) {
    return ArabicNormalizer.normalize(word).normalized();
  }

  /** The folded scale words and vague multipliers, also with the article (المليارات). */
  static java.util.Set<String> firstWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : SCALES.keySet()) {
      out.add(w);
      out.add(ARTICLE + w);
    }
    out.addAll(VAGUE.keySet());
    return out;
  }

  /** The scale word {@code word} (folded), or null. */
  static Scale of(String word) {
    return SCALES.get(word);
  }

  /** The scale word {@code word} with or without the article (المليار، الملايين), or null. */
  static Scale ofDefinite(String word) {
    Scale s = SCALES.get(word);
    if (s == null && word.startsWith(ARTICLE)) s = SCALES.get(word.substring(ARTICLE.length()));
    return s;
  }

  /** The vague multiplier {@code word} (folded), or null. */
  static Vague vague(String word) {
    return VAGUE.get(word);
  }
}
