package khabar.gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Money phrases in the forms the Arabic press writes them, each with the value it states:
 *
 * <ul>
 *   <li>digits and a scale word: {@code 5.6 مليار دولار}, {@code ٥٫٦ مليار يوان}, {@code 3 ملايين
 *       دولار} (the plural scale after 3–10);
 *   <li>a number word and a scale word: {@code خمسة مليارات دولار}, {@code نصف مليار دولار};
 *   <li>a scale word alone or in the dual: {@code مليون دولار} (1,000,000), {@code ملياري دولار}
 *       (2,000,000,000);
 *   <li>a plain amount with thousands separators: {@code 250,000 دولار}, {@code 101 دولار};
 *   <li>the dollar sign: {@code $5 مليارات}, {@code $1.5 مليار};
 *   <li>any of these with a qualifier from {@code qualifiers.tsv} before (أكثر من، نحو …) or after
 *       (تقريبا) the figure. An after-qualifier is used only with one-word currencies, so that
 *       it follows the currency word directly.
 * </ul>
 *
 * <p>Currencies and their weights come from {@code currencies.tsv}.
 */
final class MoneyPhrases {

  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final String THOUSAND = "ألف";
  static final String THOUSANDS = "آلاف";
  static final String MILLION = "مليون";
  static final String MILLIONS = "ملايين";
  static final String BILLION = "مليار";
  static final String BILLIONS = "مليارات";
  static final String TRILLION = "تريليون";
  static final String TWO_MILLION = "مليوني";
  static final String TWO_BILLION = "ملياري";
  static final String HALF = "نصف";
  static final String QUARTER = "ربع";
  /** The number words three to ten, as written before a plural scale (ثلاثة ملايين). */
  static final String[] NUMBER_WORDS = {"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};

  private static final int QUALIFIED_PERCENT = 35;

  private record Currency(String code, String word, int weight) {}

  private record Qualifying(boolean before, String phrase, String qualifier) {}

  private final List<Currency> currencies = new ArrayList<>();
  private final int totalWeight;
  private final List<Qualifying> qualifiers = new ArrayList<>();

  MoneyPhrases(Vocabulary v) {
    int total = 0;
    for (String[] row : v.currencies()) {
      int w = Integer.parseInt(row[2].strip());
      currencies.add(new Currency(row[0].strip(), row[1].strip(), w));
      total += w;
    }
    totalWeight = total;
    for (String[] row : v.qualifiers()) {
      boolean before = row[0].strip().equals("before");
      if (!before && !row[0].strip().equals("after")) {
        throw new IllegalStateException("qualifiers.tsv: position must be before or after, not " + row[0]);
      }
      qualifiers.add(new Qualifying(before, row[1].strip(), row[2].strip()));
    }
  }

  /** A phrase and the value it states. */
  record Phrase(String text, Amount amount) {}

  Phrase next(SplittableRandom r) {
    Currency c = currency(r);
    StringBuilder figure = new StringBuilder();
    BigDecimal value;
    int form = r.nextInt(100);
    if (form < 10 && c.code.equals("USD")) {
      value = dollarSign(r, figure);
    } else if (form < 22) {
      value = numberWord(r, figure);
    } else if (form < 30) {
      value = scaleAlone(r, figure);
    } else if (form < 45) {
      value = plain(r, figure);
    } else {
      value = digitsAndScale(r, figure);
    }
    boolean sign = figure.charAt(0) == '$';
    if (!sign) figure.append(' ').append(c.word);
    String qualifier = "EXACT";
    String text = figure.toString();
    if (r.nextInt(100) < QUALIFIED_PERCENT) {
      Qualifying q = qualifiers.get(r.nextInt(qualifiers.size()));
      if (q.before) {
        text = q.phrase + " " + text;
        qualifier = q.qualifier;
      } else if (!sign && !c.word.contains(" ")) {
        text = text + " " + q.phrase;
        qualifier = q.qualifier;
      }
    }
    return new Phrase(text, new Amount(value, c.code, qualifier));
  }

  private Currency currency(SplittableRandom r) {
    int k = r.nextInt(totalWeight);
    for (Currency c : currencies) {
      if (k < c.weight) return c;
      k -= c.weight;
    }
    throw new AssertionError("weights exhausted");
  }

  /** {@code $5 مليارات}, {@code $1.5 مليار}, {@code $120}. */
  private static BigDecimal dollarSign(SplittableRandom r, StringBuilder out) {
    out.append('$');
    int kind = r.nextInt(3);
    if (kind == 0) {
      int n = 11 + r.nextInt(989);
      out.append(n);
      return BigDecimal.valueOf(n);
    }
    BigDecimal n = number(r);
    out.append(n.toPlainString()).append(' ');
    return n.multiply(scale(r, n, out));
  }

  /** {@code خمسة مليارات}, {@code نصف مليار}. */
  private static BigDecimal numberWord(SplittableRandom r, StringBuilder out) {
    int k = r.nextInt(NUMBER_WORDS.length + 2);
    boolean billions = r.nextBoolean();
    if (k >= NUMBER_WORDS.length) {
      boolean half = k == NUMBER_WORDS.length;
      out.append(half ? HALF : QUARTER).append(' ').append(billions ? BILLION : MILLION);
      return new BigDecimal(half ? "0.5" : "0.25").multiply(BigDecimal.TEN.pow(billions ? 9 : 6));
    }
    out.append(NUMBER_WORDS[k]).append(' ').append(billions ? BILLIONS : MILLIONS);
    return BigDecimal.valueOf(k + 3L).multiply(BigDecimal.TEN.pow(billions ? 9 : 6));
  }

  /** {@code مليون}, {@code ملياري}. */
  private static BigDecimal scaleAlone(SplittableRandom r, StringBuilder out) {
    boolean billions = r.nextBoolean();
    boolean dual = r.nextBoolean();
    out.append(dual ? (billions ? TWO_BILLION : TWO_MILLION) : (billions ? BILLION : MILLION));
    return BigDecimal.valueOf(dual ? 2 : 1).multiply(BigDecimal.TEN.pow(billions ? 9 : 6));
  }

  /** {@code 250,000}, {@code 101}: no scale word, at least 11 so the currency stays singular. */
  private static BigDecimal plain(SplittableRandom r, StringBuilder out) {
    long n = r.nextBoolean() ? 1000L * (1 + r.nextInt(999)) : 11 + r.nextInt(989);
    out.append(String.format(Locale.ROOT, "%,d", n));
    return BigDecimal.valueOf(n);
  }

  /** {@code 5.6 مليار}, {@code ٣ ملايين}. */
  private static BigDecimal digitsAndScale(SplittableRandom r, StringBuilder out) {
    BigDecimal n = number(r);
    String digits = n.toPlainString();
    out.append(r.nextInt(4) == 0 ? arabicIndic(digits) : digits).append(' ');
    return n.multiply(scale(r, n, out));
  }

  /** An integer 1–999 or a one-decimal figure 1.1–99.9. */
  private static BigDecimal number(SplittableRandom r) {
    if (r.nextInt(5) < 3) return BigDecimal.valueOf(1 + r.nextInt(999));
    return BigDecimal.valueOf(11 + r.nextInt(989), 1);
  }

  /** Appends a scale word agreeing with {@code n} and returns its value. */
  private static BigDecimal scale(SplittableRandom r, BigDecimal n, StringBuilder out) {
    boolean plural = n.scale() == 0 && n.intValue() >= 3 && n.intValue() <= 10;
    int k = r.nextInt(20);
    if (k == 0) {
      out.append(plural ? THOUSANDS : THOUSAND);
      return BigDecimal.TEN.pow(3);
    }
    if (k == 1 && !plural && n.compareTo(BigDecimal.TEN) < 0) {
      out.append(TRILLION);
      return BigDecimal.TEN.pow(12);
    }
    boolean billions = k % 2 == 0;
    out.append(billions ? (plural ? BILLIONS : BILLION) : (plural ? MILLIONS : MILLION));
    return BigDecimal.TEN.pow(billions ? 9 : 6);
  }

  /** 5.6 → ٥٫٦ */
  static String arabicIndic(String digits) {
    StringBuilder b = new StringBuilder(digits.length());
    for (char ch : digits.toCharArray()) {
      if (ch >= '0' && ch <= '9') b.append((char) (ARABIC_INDIC_ZERO + (ch - '0')));
      else if (ch == '.') b.append(ARABIC_DECIMAL_SEPARATOR);
      else b.append(ch);
    }
    return b.toString();
  }
}
