package khabar.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import khabar.normalize.ArabicLetters;
import khabar.normalize.Gap;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;

/**
 * Reads a number at a token: digits, or Arabic number words up to 999.
 *
 * <p>Digits arrive folded to 0–9 with '.' and ',' between digits (the normalizer turns ٫ into '.'
 * and ٬ into ','). A comma followed by exactly three digits groups thousands (1,300 and
 * 1,300,000), any other comma is a decimal comma (5,6); several dots group thousands
 * (1.300.000), one dot is a decimal point (5.6). Groups of three digits after spaces continue a
 * number of one to three digits (1 300 000). The Egyptian press's ر between digits is a decimal
 * mark with the fraction first in the stored text (6ر22 = 22.6).
 *
 * <p>Words: units (واحد … عشرة, both genders), teens (أحد عشر، اثنا عشر، ثلاثة عشر), tens
 * (عشرون … تسعون), hundreds (مئة، مائة، مئتان، مئتا، ثلاثمئة, ثلاث مئة …), joined by و
 * (مئة وخمسون، خمسة وعشرون). Fractions (نصف، ربع، ثلث، ثلثا، ثلاثة أرباع، ثلاثة أخماس …
 * أعشار, and 1/2 ٣/٤ in digits) are read as numerator and denominator, so that نصف مليار is
 * exact; a whole number and its fraction (واحد ونصف، مئة وثلاثة أرباع) add up.
 */
final class Numerals {

  /** A number over tokens [start, end): {@code numerator / denominator}. */
  record Numeral(BigDecimal numerator, int denominator, int end, boolean digits) {
    /** The value; a third is rounded to two decimals. */
    BigDecimal value() {
      return times(BigDecimal.ONE);
    }

    /** The value times {@code factor}, exact for halves and quarters, thirds to two decimals. */
    BigDecimal times(BigDecimal factor) {
      BigDecimal v = numerator.multiply(factor);
      return denominator == 1 ? v : v.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    boolean isFraction() {
      return denominator != 1;
    }
  }

  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();
  private static final Map<String, Integer> HUNDREDS = new HashMap<>();
  /** Words that only begin a teen: أحد عشر، إحدى عشرة. */
  private static final Map<String, Integer> TEEN_UNITS = new HashMap<>();
  private static final Map<String, int[]> FRACTIONS = new HashMap<>();
  /** Teens written as one word in speech and colloquial print: حداشر، خمستاشر. */
  private static final Map<String, Integer> WORD_TEENS = new HashMap<>();
  /** The plural of hundred, after a unit: ثلاث مئات = 300. */
  private static final String HUNDREDS_PLURAL = Scales.fold("مئات");
  private static final String TEN_IN_TEENS_M = Scales.fold("عشر");
  private static final String TEN_IN_TEENS_F = Scales.fold("عشرة");
  private static final String HUNDRED = Scales.fold("مئة");
  private static final String HUNDRED_ALT = Scales.fold("مائة");
  /** The plural fraction words and their denominators: أرباع (quarters) … أعشار (tenths). */
  private static final Map<String, Integer> PLURAL_FRACTIONS = new HashMap<>();
  /** فاصلة (or فاصل, نقطة), the decimal comma spelled out: واحد فاصلة خمسة = 1.5. */
  static final java.util.Set<String> DECIMAL_WORDS =
      java.util.Set.of(Scales.fold("فاصلة"), Scales.fold("فاصل"), Scales.fold("نقطة"));
  static final String POINT = Scales.fold("نقطة");
  /** صفر: zero (صفر دولار), also before a decimal word (صفر فاصلة خمسة = 0.5). */
  static final String ZERO = Scales.fold("صفر");
  private static final char ARABIC_COMMA = '\u060C';

  static {
    String[][] units = {
      {"واحد", "واحدة"},
      {"اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "اتنين", "اتنان"},
      {"ثلاث", "ثلاثة", "تلات", "تلاتة"}, {"أربع", "أربعة"}, {"خمس", "خمسة"}, {"ست", "ستة"}, {"سبع", "سبعة"},
      {"ثمان", "ثماني", "ثمانية", "تمان", "تماني", "تمانية", "تمنية", "ثمنية"}, {"تسع", "تسعة"}, {"عشر", "عشرة"}
    };
    for (int u = 0; u < units.length; u++) for (String w : units[u]) UNITS.put(Scales.fold(w), u + 1);
    for (String w : new String[] {"أحد", "إحدى"}) TEEN_UNITS.put(Scales.fold(w), 1);
    String[][] tens = {
      {"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين", "تلاتون", "تلاتين"}, {"أربعون", "أربعين"}, {"خمسون", "خمسين"},
      {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين", "تمانون", "تمانين", "تمنين"}, {"تسعون", "تسعين"}
    };
    // the colloquial teens written as one word (حداشر، اتناشر، خمستاشر، سبعطعش): 11 to 19
    String[][] teens = {
      {"حداشر", "احداشر", "حدعشر", "احدعشر", "احدعش", "حدعش"},
      {"اتناشر", "اطناشر", "اتنعش", "اطنعش", "اطناعشر", "اثناشر"},
      {"تلتاشر", "تلطاشر", "تلتعشر", "ثلتعش", "ثلتطعش", "ثلثطعشر"},
      {"اربعتاشر", "اربعطاشر", "اربعطعش", "اربعطعشر"},
      {"خمستاشر", "خمسطاشر", "خمسطعش", "خمسطعشر"},
      {"ستاشر", "سطاشر", "ستطعش", "ستطعشر"},
      {"سبعتاشر", "سبعطاشر", "سبعطعش", "سبعطعشر"},
      {"تمنتاشر", "تمانتاشر", "تمنطاشر", "ثمنطعش", "ثمنطعشر", "تمنطعش"},
      {"تسعتاشر", "تسعطاشر", "تسعطعش", "تسعطعشر"}
    };
    for (int k = 0; k < teens.length; k++) for (String w : teens[k]) WORD_TEENS.put(Scales.fold(w), k + 11);
    for (int k = 0; k < tens.length; k++) for (String w : tens[k]) TENS.put(Scales.fold(w), (k + 2) * 10);
    for (String w : new String[] {"مئة", "مائة"}) HUNDREDS.put(Scales.fold(w), 100);
    for (String w : new String[] {"مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي", "متين", "ميتين"}) {
      HUNDREDS.put(Scales.fold(w), 200);
    }
    String[] hundredsPrefix = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int k = 0; k < hundredsPrefix.length; k++) {
      for (String h : new String[] {"مئة", "مائة"}) HUNDREDS.put(Scales.fold(hundredsPrefix[k] + h), (k + 3) * 100);
    }
    for (String w : new String[] {"تلتمية", "تلاتمية"}) HUNDREDS.put(Scales.fold(w), 300); // مية folds as مئة
    for (String w : new String[] {"تمنمية", "تمانمية", "ثمنمية"}) HUNDREDS.put(Scales.fold(w), 800);
    String[] plurals = {"أرباع", "أخماس", "أسداس", "أسباع", "أثمان", "أتساع", "أعشار"};
    for (int k = 0; k < plurals.length; k++) PLURAL_FRACTIONS.put(Scales.fold(plurals[k]), k + 4);
    FRACTIONS.put(Scales.fold("نصف"), new int[] {1, 2});
    FRACTIONS.put(Scales.fold("نص"), new int[] {1, 2}); // spoken half: نص مليون
    FRACTIONS.put(Scales.fold("ربع"), new int[] {1, 4});
    FRACTIONS.put(Scales.fold("ثلث"), new int[] {1, 3});
    FRACTIONS.put(Scales.fold("ثلثا"), new int[] {2, 3});
    FRACTIONS.put(Scales.fold("ثلثي"), new int[] {2, 3});
    FRACTIONS.put(Scales.fold("ثلثان"), new int[] {2, 3});
    FRACTIONS.put(Scales.fold("ثلثين"), new int[] {2, 3});
    FRACTIONS.put(Scales.fold("سدس"), new int[] {1, 6});
    PLURAL_FRACTIONS.put(Scales.fold("أثلاث"), 3);
  }

  private Numerals() {}

  /** The folded words that can begin a number written in words. */
  static java.util.Set<String> firstWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    out.addAll(UNITS.keySet());
    out.addAll(TENS.keySet());
    out.addAll(HUNDREDS.keySet());
    out.addAll(TEEN_UNITS.keySet());
    out.addAll(WORD_TEENS.keySet());
    out.addAll(FRACTIONS.keySet());
    out.add(ZERO);
    return out;
  }

  /** Whether {@code word} (folded) can begin a number written in words. */
  static boolean isNumberWord(String word) {
    return UNITS.containsKey(word) || TENS.containsKey(word) || HUNDREDS.containsKey(word)
        || TEEN_UNITS.containsKey(word) || FRACTIONS.containsKey(word) || WORD_TEENS.containsKey(word)
        || word.equals(ZERO);
  }

  /** Whether {@code word} is a fraction word (نصف، ربع، ثلث). */
  static boolean isFraction(String word) {
    return FRACTIONS.containsKey(word);
  }

  /**
   * The number starting at token {@code i}, whose first {@code skip} characters are a
   * proclitic, or null.
   */
  static Numeral read(TokenizedText t, int i, int skip) {
    if (i >= t.size()) return null;
    if (t.kind(i) == TokenKind.NUMBER) return skip == 0 ? withDecimalWord(t, digits(t, i)) : null;
    if (t.kind(i) == TokenKind.LATIN) return skip == 0 ? scientific(t, i) : null;
    if (t.kind(i) != TokenKind.ARABIC) return null;
    String first = t.term(i).substring(skip);
    if (first.equals(ZERO)) {
      Numeral zero = new Numeral(BigDecimal.ZERO, 1, i + 1, false);
      return withDecimalWord(t, zero); // صفر دولار: a zero sum; صفر فاصلة خمسة = 0.5
    }
    return withDecimalWord(t, words(t, i, first));
  }

  /** Latin suffixes glued to digits: 5k, 1.5m, 1b, 3bn. */
  private static final Map<String, BigDecimal> LATIN_SUFFIXES =
      Map.of("k", Scales.THOUSAND, "m", Scales.MILLION, "mn", Scales.MILLION, "b", Scales.BILLION,
          "bn", Scales.BILLION, "tn", Scales.TRILLION);

  /**
   * A number in one Latin token: scientific notation (1e9, 2.5e6) or digits with a scale letter
   * glued on (1.5m, 1b, 5k, 3bn); else null.
   */
  private static Numeral scientific(TokenizedText t, int i) {
    String s = t.term(i);
    int p = 0;
    while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == ',')) p++;
    BigDecimal suffix = p > 0 ? LATIN_SUFFIXES.get(s.substring(p)) : null;
    if (suffix != null) {
      BigDecimal v = parseDigits(s.substring(0, p));
      return v == null || v.signum() <= 0 ? null : new Numeral(v.multiply(suffix), 1, i + 1, true);
    }
    int e = s.indexOf('e');
    if (e < 1 || e == s.length() - 1 || !isAllDigits(s.substring(0, e).replace(".", ""))) return null;
    String exp = s.substring(e + 1);
    if (!isAllDigits(exp.startsWith("+") ? exp.substring(1) : exp) || exp.length() > 3) return null;
    try {
      BigDecimal v = new BigDecimal(s);
      return v.signum() > 0 ? new Numeral(v, 1, i + 1, true) : null;
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  /** A whole number followed by فاصلة and digits or words: واحد فاصلة خمسة = 1.5. */
  private static Numeral withDecimalWord(TokenizedText t, Numeral n) {
    if (n == null || n.isFraction() || n.numerator().scale() > 0) return n;
    int k = n.end();
    if (k + 1 >= t.size() || !t.gapBefore(k).joins() || t.kind(k) != TokenKind.ARABIC
        || !DECIMAL_WORDS.contains(t.term(k)) || !t.gapBefore(k + 1).joins()) {
      return n;
    }
    if (n.digits() && t.term(k).equals(POINT)) return n; // ارتفع المؤشر 50 نقطة: points, not a decimal point
    // فاصلة أربعة خمسة ستة، فاصلة صفر خمسة: the decimals read one digit a word
    StringBuilder spelled = new StringBuilder();
    int d = k + 1;
    for (Integer digit; d < t.size() && (d == k + 1 || t.gapBefore(d).joins()) && (digit = digitWord(t, d)) != null; d++) {
      spelled.append(digit);
    }
    if (spelled.length() >= 2 || spelled.length() == 1 && t.term(k + 1).equals(ZERO)) {
      return new Numeral(new BigDecimal(n.numerator().toPlainString() + "." + spelled), 1, d, n.digits());
    }
    Numeral f = t.kind(k + 1) == TokenKind.NUMBER ? digits(t, k + 1) : words(t, k + 1, t.term(k + 1));
    if (f == null || f.isFraction() || f.numerator().scale() > 0) return n;
    String frac = f.numerator().toPlainString();
    if (t.kind(k + 1) == TokenKind.NUMBER) frac = t.term(k + 1);
    return new Numeral(new BigDecimal(n.numerator().toPlainString() + "." + frac), 1, f.end(), n.digits());
  }

  /** The digit a unit word or صفر at token d stands for, or null. */
  private static Integer digitWord(TokenizedText t, int d) {
    if (t.kind(d) != TokenKind.ARABIC) return null;
    String w = t.term(d);
    if (w.equals(ZERO)) return 0;
    Integer u = UNITS.get(w);
    return u != null && u < 10 ? u : null;
  }

  private static Numeral digits(TokenizedText t, int i) {
    if (raDecimal(t, i)) return raDecimalValue(t, i);
    String s = t.term(i);
    int end = i + 1;
    if (leadingPoint(t, i) && isAllDigits(s)) return new Numeral(new BigDecimal("0." + s), 1, end, true);
    if (s.length() <= 3 && isAllDigits(s) && end < t.size() && gapIs(t, end, ARABIC_COMMA)
        && t.kind(end) == TokenKind.NUMBER && thousandsGroup(t.term(end))) {
      StringBuilder grouped = new StringBuilder(s); // ١،٢٣٤،٥٦٧: the Arabic comma groups thousands
      while (end < t.size() && gapIs(t, end, ARABIC_COMMA) && t.kind(end) == TokenKind.NUMBER
          && thousandsGroup(t.term(end))) {
        String g = t.term(end++);
        if (g.length() > 3) { // ١٢،٢٢٠,١٣: the last group carries the decimals
          grouped.append(g, 0, 3).append('.').append(g, 4, g.length());
          break;
        }
        grouped.append(g);
      }
      return new Numeral(new BigDecimal(grouped.toString()), 1, end, true);
    }
    if (isAllDigits(s) && end < t.size() && gapIs(t, end, '/') && t.kind(end) == TokenKind.NUMBER
        && isAllDigits(t.term(end)) && s.length() <= 3 && t.length(end) <= 3) {
      int den = Integer.parseInt(t.term(end)); // 1/2, ٣/٤: a fraction
      if (den > 1) return new Numeral(new BigDecimal(s), den, end + 1, true);
    }
    if (s.length() <= 3 && isAllDigits(s)) {
      StringBuilder grouped = new StringBuilder(s);
      while (end < t.size() && t.kind(end) == TokenKind.NUMBER && t.gapBefore(end) == Gap.SPACE
          && t.length(end) == 3 && isAllDigits(t.term(end)) && onlySpaces(t, end)) {
        grouped.append(t.term(end));
        end++;
      }
      s = grouped.toString();
    }
    BigDecimal v = parseDigits(s);
    return v == null ? null : new Numeral(v, 1, end, true);
  }

  /** The letter ر that the Egyptian press writes as a decimal mark: 6ر22 is 22.6. */
  static final String RA = Scales.fold("\u0631");

  /**
   * Whether token i is digits with ر and digits glued after it (6ر22, ٥ر١): the Egyptian press's
   * decimal mark, typed so that the fraction comes first in the stored text and shows right of
   * the whole number when displayed right to left.
   */
  static boolean raDecimal(TokenizedText t, int i) {
    return i + 2 < t.size() && t.kind(i) == TokenKind.NUMBER && t.gapBefore(i + 1) == Gap.NONE
        && t.kind(i + 1) == TokenKind.ARABIC && t.term(i + 1).equals(RA)
        && t.gapBefore(i + 2) == Gap.NONE && t.kind(i + 2) == TokenKind.NUMBER;
  }

  /**
   * The number of the ر form at token i: the digits after ر are the whole, those before it the
   * fraction (6ر22 = 22.6, 25ر3 = 3.25). Null, so that no figure is read, for any other shape:
   * more digits on either side, separators, or more glued on (1ر6ر22); reading 22 alone would be
   * a wrong value.
   */
  private static Numeral raDecimalValue(TokenizedText t, int i) {
    String fraction = t.term(i);
    String whole = t.term(i + 2);
    if (fraction.length() > 3 || whole.length() > 4 || !isAllDigits(fraction) || !isAllDigits(whole)) return null;
    if (i + 3 < t.size() && t.gapBefore(i + 3) == Gap.NONE) return null;
    return new Numeral(new BigDecimal(whole + "." + fraction), 1, i + 3, true);
  }

  /** Three digits, or three digits and one or two decimals after a point or comma (220,13). */
  private static boolean thousandsGroup(String g) {
    if (g.length() == 3) return isAllDigits(g);
    return g.length() >= 5 && g.length() <= 6 && isAllDigits(g.substring(0, 3)) && (g.charAt(3) == '.' || g.charAt(3) == ',')
        && isAllDigits(g.substring(4));
  }

  /** Whether exactly the character {@code c} separates token {@code j} from the one before. */
  private static boolean gapIs(TokenizedText t, int j, char c) {
    return t.start(j) - t.end(j - 1) == 1 && t.text().normalized().charAt(t.start(j) - 1) == c;
  }

  /**
   * Whether a decimal point (the normalizer folds ٫ to it) leads token i with no digit before it:
   * .5 مليار، ٫٥ مليار.
   */
  static boolean leadingPoint(TokenizedText t, int i) {
    int p = t.start(i) - 1;
    String s = t.text().normalized();
    if (p < 0 || s.charAt(p) != '.') return false;
    return p == 0 || !Character.isDigit(s.charAt(p - 1));
  }

  /** The text between token {@code j - 1} and {@code j} is only spaces (not a line break run). */
  private static boolean onlySpaces(TokenizedText t, int j) {
    return t.start(j) - t.end(j - 1) == 1;
  }

  private static boolean isAllDigits(String s) {
    for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
    return true;
  }

  /**
   * Parses folded digits with separators: 5.6, 5,6, 1,300, 1,300,000.5, 1.300.000; null when
   * the separators make no number (1,30,0).
   */
  static BigDecimal parseDigits(String s) {
    int commas = 0;
    int dots = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == ',') commas++;
      else if (s.charAt(k) == '.') dots++;
    }
    String plain;
    if (commas > 0 && dots > 0) {
      // 1,300,000.5 or 1.300.000,5: the last separator is the decimal one
      char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      plain = grouped(s, group, decimal);
    } else if (commas > 0) {
      plain = threeDigitGroups(s, ',') ? s.replace(",", "") : commas == 1 ? s.replace(',', '.') : null;
    } else if (dots > 1) {
      plain = threeDigitGroups(s, '.') ? s.replace(".", "") : null;
    } else {
      plain = s;
    }
    if (plain == null) return null;
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String grouped(String s, char group, char decimal) {
    int d = s.lastIndexOf(decimal);
    String whole = s.substring(0, d);
    if (whole.indexOf(decimal) >= 0 || !threeDigitGroups(whole, group)) return null;
    return whole.replace(String.valueOf(group), "") + "." + s.substring(d + 1);
  }

  /** Whether {@code s} is digit groups split by {@code sep}: one to three digits, then threes. */
  private static boolean threeDigitGroups(String s, char sep) {
    int groupStart = 0;
    for (int k = 0; k <= s.length(); k++) {
      if (k == s.length() || s.charAt(k) == sep) {
        int len = k - groupStart;
        if (groupStart == 0 ? len < 1 || len > 3 : len != 3) return false;
        groupStart = k + 1;
      } else if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return groupStart > 0;
  }

  private static Numeral words(TokenizedText t, int i, String first) {
    int[] frac = FRACTIONS.get(first);
    if (frac != null) return new Numeral(BigDecimal.valueOf(frac[0]), frac[1], i + 1, false);
    // ثلاثة أرباع، ثلاثة أخماس، خمسة أثمان: a unit below the denominator and a plural fraction
    Integer u0 = UNITS.get(first);
    Integer den = u0 != null && i + 1 < t.size() && t.gapBefore(i + 1).joins() ? PLURAL_FRACTIONS.get(t.term(i + 1)) : null;
    if (den != null && u0 >= 2 && u0 < den) {
      return new Numeral(BigDecimal.valueOf(u0), den, i + 2, false);
    }
    int value = 0;
    int j = i;
    String w = first;
    Integer h = HUNDREDS.get(w);
    if (h == null && u0 != null && u0 >= 3 && u0 <= 9 && j + 1 < t.size() && t.gapBefore(j + 1).joins()
        && (t.term(j + 1).equals(HUNDRED) || t.term(j + 1).equals(HUNDRED_ALT) || t.term(j + 1).equals(HUNDREDS_PLURAL))) {
      h = u0 * 100; // ثلاث مئة، ثلاث مئات
      j++;
    }
    if (h != null) {
      value = h;
      j++;
      int[] rest = afterWaw(t, j);
      if (rest == null) {
        // خمسمية خمسة وعشرين، متين تلاتة وستين: the rest without و, as Egyptian speech and print write it
        int[] bare = j < t.size() && t.gapBefore(j).joins() && t.kind(j) == TokenKind.ARABIC && !FRACTIONS.containsKey(t.term(j))
            ? belowHundred(t, j, t.term(j)) : null;
        return new Numeral(BigDecimal.valueOf(bare == null ? value : value + bare[0]), 1, bare == null ? j : bare[1], false);
      }
      Integer ru = UNITS.get(t.term(rest[0]).substring(rest[1])); // مئة وثلاثة أرباع = 100.75
      Integer rden = ru != null && rest[0] + 1 < t.size() && t.gapBefore(rest[0] + 1).joins()
          ? PLURAL_FRACTIONS.get(t.term(rest[0] + 1)) : null;
      if (rden != null && ru >= 2 && ru < rden) {
        return new Numeral(BigDecimal.valueOf((long) value * rden + ru), rden, rest[0] + 2, false);
      }
      int[] below = belowHundred(t, rest[0], t.term(rest[0]).substring(rest[1]));
      if (below == null) return new Numeral(BigDecimal.valueOf(value), 1, j, false);
      return new Numeral(BigDecimal.valueOf(value + below[0]), 1, below[1], false);
    }
    int[] below = belowHundred(t, j, w);
    return below == null ? null : new Numeral(BigDecimal.valueOf(below[0]), 1, below[1], false);
  }

  /** {value, end} of a number 1–99 in words starting at token j (whose text is w), or null. */
  private static int[] belowHundred(TokenizedText t, int j, String w) {
    Integer teen = WORD_TEENS.get(w);
    if (teen != null) return new int[] {teen, j + 1};
    Integer tens = TENS.get(w);
    if (tens != null) {
      // أربعين وخمسة: the unit after the tens (spoken order) adds as it does before them
      int[] rest = afterWaw(t, j + 1);
      Integer u = rest == null ? null : UNITS.get(t.term(rest[0]).substring(rest[1]));
      int after = rest == null ? 0 : rest[0] + 1;
      int[] tensAfter = u == null ? null : afterWaw(t, after); // بين عشرين وخمسة وعشرين: the unit starts 25
      boolean startsOwn = tensAfter != null && TENS.containsKey(t.term(tensAfter[0]).substring(tensAfter[1]));
      if (u != null && u < 10 && !startsOwn && !(after < t.size() && t.gapBefore(after).joins()
          && (t.term(after).equals(TEN_IN_TEENS_M) || t.term(after).equals(TEN_IN_TEENS_F) || isHundredWord(t.term(after))
              || PLURAL_FRACTIONS.containsKey(t.term(after))))) {
        return new int[] {tens + u, after};
      }
      return new int[] {tens, j + 1};
    }
    Integer u = UNITS.get(w);
    if (u == null) u = TEEN_UNITS.get(w);
    if (u == null) return null;
    boolean teenOnly = !UNITS.containsKey(w);
    int next = j + 1;
    if (u < 10 && next < t.size() && t.gapBefore(next).joins()
        && (t.term(next).equals(TEN_IN_TEENS_M) || t.term(next).equals(TEN_IN_TEENS_F))) {
      return new int[] {u + 10, next + 1};
    }
    if (teenOnly) { // إحدى وثلاثون: the feminine one also begins a compound with the tens
      int[] rest = afterWaw(t, next);
      Integer t2 = rest == null ? null : TENS.get(t.term(rest[0]).substring(rest[1]));
      return t2 == null ? null : new int[] {u + t2, rest[0] + 1};
    }
    int[] rest = afterWaw(t, next);
    if (u < 10 && rest != null) {
      Integer t2 = TENS.get(t.term(rest[0]).substring(rest[1]));
      if (t2 != null) return new int[] {u + t2, rest[0] + 1};
    }
    return new int[] {u, next};
  }

  private static boolean isHundredWord(String w) {
    return w.equals(HUNDRED) || w.equals(HUNDRED_ALT) || w.equals(HUNDREDS_PLURAL);
  }

  /** Whether token k is the word for hundred (مئة، مائة), as in 3 مئة مليون. */
  static boolean isHundred(TokenizedText t, int k) {
    if (k >= t.size() || t.kind(k) != TokenKind.ARABIC || t.length(k) > HUNDRED_ALT.length() || !t.gapBefore(k).joins()) {
      return false;
    }
    String w = t.term(k);
    return w.equals(HUNDRED) || w.equals(HUNDRED_ALT);
  }

  /**
   * After the conjunction و at token {@code j}: {token, skip} of what follows it, whether و
   * stands alone (و 6، و6) or is attached (وخمسون), or null when token j is no و.
   */
  static int[] afterWaw(TokenizedText t, int j) {
    if (j >= t.size() || !t.gapBefore(j).joins() || t.kind(j) != TokenKind.ARABIC) return null;
    if (t.charAt(j, 0) != ArabicLetters.WAW) return null;
    if (t.length(j) == 1) {
      return j + 1 < t.size() && t.gapBefore(j + 1).joins() ? new int[] {j + 1, 0} : null;
    }
    return new int[] {j, 1};
  }
}
