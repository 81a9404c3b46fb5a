package khabar.money;

import java.math.BigDecimal;
import java.util.Map;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;

/**
 * Recognizes money figures in Arabic news at a given token, so that the tagger's single walk
 * over the text can ask "does a money figure start here?" at each position.
 *
 * <p>Grammar (terms are normalized, see {@link khabar.normalize.ArabicNormalizer}):
 *
 * <pre>
 *   figure    = [qualifier] amount currency [post-qualifier]
 *             | [qualifier] "$" amount [scale]
 *   amount    = number [scale] | dual-scale | scale
 *   number    = digits (5.6, 1,300, ٥٫٦) | number word (ستة، عشرة، نصف، ربع)
 * </pre>
 */
public final class MoneyRecognizer {

  private static final Map<String, BigDecimal> SCALES =
      Map.ofEntries(
          Map.entry("الف", pow(3)), Map.entry("الاف", pow(3)), Map.entry("الفا", pow(3)),
          Map.entry("مليون", pow(6)), Map.entry("ملايين", pow(6)), Map.entry("مليونا", pow(6)),
          Map.entry("مليار", pow(9)), Map.entry("مليارات", pow(9)), Map.entry("مليارا", pow(9)),
          Map.entry("بليون", pow(9)), Map.entry("تريليون", pow(12)), Map.entry("ترليون", pow(12)));

  private static final Map<String, BigDecimal> DUAL_SCALES =
      Map.of(
          "الفي", pow(3), "الفين", pow(3), "الفان", pow(3),
          "مليوني", pow(6), "مليونين", pow(6), "مليونان", pow(6),
          "ملياري", pow(9), "مليارين", pow(9), "ملياران", pow(9));

  private static final Map<String, String> CURRENCIES =
      Map.ofEntries(
          Map.entry("دولار", "USD"), Map.entry("دولارات", "USD"), Map.entry("الدولارات", "USD"),
          Map.entry("دولارا", "USD"), Map.entry("الدولار", "USD"),
          Map.entry("يوان", "CNY"), Map.entry("رنمينبي", "CNY"),
          Map.entry("يورو", "EUR"), Map.entry("ين", "JPY"),
          Map.entry("ريال", "SAR"), Map.entry("درهم", "AED"), Map.entry("جنيه", "EGP"),
          Map.entry("usd", "USD"));

  private static final Map<String, BigDecimal> WORDS =
      Map.ofEntries(
          Map.entry("واحد", BigDecimal.ONE), Map.entry("اثنين", BigDecimal.valueOf(2)),
          Map.entry("ثلاثه", BigDecimal.valueOf(3)), Map.entry("ثلاث", BigDecimal.valueOf(3)),
          Map.entry("اربعه", BigDecimal.valueOf(4)), Map.entry("اربع", BigDecimal.valueOf(4)),
          Map.entry("خمسه", BigDecimal.valueOf(5)), Map.entry("خمس", BigDecimal.valueOf(5)),
          Map.entry("سته", BigDecimal.valueOf(6)), Map.entry("ست", BigDecimal.valueOf(6)),
          Map.entry("سبعه", BigDecimal.valueOf(7)), Map.entry("سبع", BigDecimal.valueOf(7)),
          Map.entry("ثمانيه", BigDecimal.valueOf(8)), Map.entry("ثماني", BigDecimal.valueOf(8)),
          Map.entry("تسعه", BigDecimal.valueOf(9)), Map.entry("تسع", BigDecimal.valueOf(9)),
          Map.entry("عشره", BigDecimal.TEN), Map.entry("عشر", BigDecimal.TEN),
          Map.entry("نصف", new BigDecimal("0.5")), Map.entry("ربع", new BigDecimal("0.25")));

  /** Qualifier phrases before the figure, as normalized token sequences. */
  private static final String[][] PRE = {
    {"اكثر", "من"}, {"ما", "يزيد", "علي"}, {"ما", "يزيد", "عن"}, {"اقل", "من"},
    {"نحو"}, {"حوالي"}, {"قرابه"}, {"ما", "يقرب", "من"}, {"ما", "يقارب"}, {"زهاء"},
    {"يصل", "الي"}, {"تصل", "الي"}, {"لا", "تتجاوز"}, {"لم", "تتجاوز"}, {"لا", "يتجاوز"},
    {"لم", "يتجاوز"}, {"بنحو"}, {"بحوالي"}, {"بقيمه"}, {"بما", "يزيد", "علي"}
  };

  private static final Qualifier[] PRE_Q = {
    Qualifier.MORE_THAN, Qualifier.MORE_THAN, Qualifier.MORE_THAN, Qualifier.LESS_THAN,
    Qualifier.APPROX, Qualifier.APPROX, Qualifier.APPROX, Qualifier.APPROX, Qualifier.APPROX,
    Qualifier.APPROX, Qualifier.UP_TO, Qualifier.UP_TO, Qualifier.AT_MOST, Qualifier.AT_MOST,
    Qualifier.AT_MOST, Qualifier.AT_MOST, Qualifier.APPROX, Qualifier.APPROX, Qualifier.EXACT,
    Qualifier.MORE_THAN
  };

  public MoneyRecognizer() {}

  /** The money figure starting at token {@code i}, or null. */
  public MoneyMatch match(TokenizedText t, int i) {
    Qualifier q = Qualifier.EXACT;
    int j = i;
    int pre = preQualifier(t, i);
    if (pre >= 0) {
      q = PRE_Q[pre];
      j = i + PRE[pre].length;
      if (j >= t.size()) return null;
    }
    boolean dollarSign = false;
    if (t.kind(j) == TokenKind.SYMBOL && t.charAt(j, 0) == '$') {
      dollarSign = true;
      j++;
      if (j >= t.size() || !t.gapBefore(j).joins()) return null;
    }
    BigDecimal number = null;
    if (j < t.size() && t.kind(j) == TokenKind.NUMBER) {
      number = parseNumber(t.term(j));
      j++;
    } else if (j < t.size() && WORDS.containsKey(t.term(j))) {
      number = WORDS.get(t.term(j));
      j++;
    }
    BigDecimal value = number;
    if (j < t.size() && t.gapBefore(j).joins()) {
      String term = t.term(j);
      BigDecimal scale = SCALES.get(term);
      BigDecimal dual = DUAL_SCALES.get(term);
      if (scale != null) {
        value = (number == null ? BigDecimal.ONE : number).multiply(scale);
        j++;
      } else if (dual != null && number == null) {
        value = dual.multiply(BigDecimal.valueOf(2));
        j++;
      }
    }
    if (value == null) return null;
    String currency = null;
    if (dollarSign) {
      currency = "USD";
    } else if (j < t.size() && t.gapBefore(j).joins()) {
      currency = CURRENCIES.get(t.term(j));
      if (currency != null) j++;
      else if (t.kind(j) == TokenKind.SYMBOL && t.charAt(j, 0) == '$') {
        currency = "USD";
        j++;
      }
    }
    if (currency == null) return null;
    if (j < t.size() && t.gapBefore(j).joins()) {
      String term = t.term(j);
      if (term.equals("تقريبا")) {
        q = Qualifier.APPROX;
        j++;
      } else if (term.equals("فقط") && q == Qualifier.EXACT) {
        j++;
      }
    }
    return new MoneyMatch(i, j, Money.of(value, currency, q));
  }

  private static int preQualifier(TokenizedText t, int i) {
    outer:
    for (int p = 0; p < PRE.length; p++) {
      String[] phrase = PRE[p];
      if (i + phrase.length > t.size()) continue;
      for (int k = 0; k < phrase.length; k++) {
        if (k > 0 && !t.gapBefore(i + k).joins()) continue outer;
        if (!t.term(i + k).equals(phrase[k])) continue outer;
      }
      return p;
    }
    return -1;
  }

  /** Parses 5.6, 1,300, 10,000.5; a comma followed by three digits groups thousands. */
  static BigDecimal parseNumber(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',') {
        int digits = 0;
        while (k + 1 + digits < s.length() && Character.isDigit(s.charAt(k + 1 + digits))) digits++;
        if (digits != 3) b.append('.');
      } else {
        b.append(c);
      }
    }
    return new BigDecimal(b.toString());
  }

  private static BigDecimal pow(int n) {
    return BigDecimal.TEN.pow(n);
  }
}
