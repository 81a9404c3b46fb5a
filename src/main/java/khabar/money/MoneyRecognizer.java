package khabar.money;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import khabar.normalize.ArabicLetters;
import khabar.normalize.Gap;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;
import khabar.util.WordMap;

/**
 * Recognizes money figures in Arabic news at a given token, so that the tagger's single walk
 * over the text can ask "does a money figure start here?" at each position. Nothing here scans
 * the text: each call looks at the few tokens from {@code i} on, and rejects a token that can
 * begin no figure with one table look-up.
 *
 * <p>Grammar, over folded tokens (see {@link khabar.normalize.ArabicNormalizer}); two tokens
 * belong together only across spaces or joiners, never across other punctuation:
 *
 * <pre>
 *   figure      = [qualifier] [minus] [sign] quantity [currency] [post] [equivalent]
 *                 (a currency sign or code before the amount, or a currency after it)
 *               | سالب figure | comparison-sign figure           (>30 دولار: MORE_THAN)
 *   quantity    = amount
 *               | amount ("-" | إلى | حتى) amount             → RANGE
 *               | بين amount [currency] و amount               → RANGE
 *               | من amount [currency] (إلى | حتى) amount      → RANGE
 *               | lower-bound amount (و | أو) upper-bound amount → RANGE (أكثر من 5 وأقل من 10)
 *               | [عشرات | مئات | بضعة | عدة] plural-scale      → VAGUE
 *               | currency-noun (واحد | فقط) | dual-noun | subunit-noun واحد | dual-subunit
 *   amount      = number [scale] {و number smaller-scale} [و (نصف | ربع) [scale]]
 *               | scale                                       (مليون = 1, ملياري = 2 billion)
 *   currency    = [من] currency-phrase                         (مئات الملايين من الدولارات)
 *   equivalent  = ("(" | أي) figure in another currency         (مليار يوان (نحو 139 مليون دولار))
 * </pre>
 *
 * <p>Numbers: {@link Numerals}; scales and vague multipliers: {@link Scales}; currency and
 * qualifier phrases: the data files read by {@link MoneyLexicon}.
 *
 * <p>Qualifiers: the phrase before the amount gives the qualifier; a phrase after the currency
 * replaces {@link Qualifier#EXACT}, and a trailing فقط or فحسب turns {@link Qualifier#AT_MOST}
 * into {@link Qualifier#EXACT} ("لم تتجاوز 5.6 ملايين دولار فقط" reports a cost of only 5.6
 * million). Two amounts make a {@link Qualifier#RANGE}, whatever the qualifier before them; a
 * range needs min below max. Vague amounts (مئات الملايين: [10^8, 10^9]) are {@link
 * Qualifier#VAGUE}.
 *
 * <p>Span: a figure starts at its qualifier, sign or number, after any attached proclitic
 * (بنحو → نحو), and ends after the currency or the trailing qualifier. A figure without a
 * currency is not money (1.2 تريليون متغير، 10,000 وحدة، 20%).
 */
public final class MoneyRecognizer {

  private static final String MIN_FROM = Scales.fold("من");
  private static final String TO = Scales.fold("إلى");
  private static final String UNTIL = Scales.fold("حتى");
  private static final String THAT_IS = Scales.fold("أي");
  private static final String AND = "and";
  private static final String ONE = Scales.fold("واحد");
  private static final String ONE_F = Scales.fold("واحدة");
  private static final String ON = Scales.fold("على");
  private static final String PART = Scales.fold("جزء");
  private static final String PARTS = Scales.fold("أجزاء");
  /** Unit words that also name a fraction (خمس: five, or a fifth), read only before a plural. */
  private static final Set<String> FRACTION_OR_UNIT =
      Set.of(Scales.fold("خمس"), Scales.fold("سبع"), Scales.fold("تسع"), Scales.fold("عشر"));

  /** Broken plurals of currency nouns; the sound ones end in ات. */
  private static final Set<String> BROKEN_PLURALS =
      Set.of(Scales.fold("دراهم"), Scales.fold("دنانير"), Scales.fold("شواقل"), Scales.fold("قروش"), Scales.fold("فلوس"));

  private static boolean plural(String w) {
    return w.endsWith(Scales.fold("ات")) || BROKEN_PLURALS.contains(w);
  }

  /** The preposition ل written apart (من 5 لـ7) or attached (من عشرة لعشرين). */
  private static final String LAM = String.valueOf(ArabicLetters.LAM);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final MoneyLexicon lexicon;
  /** Every folded word that can begin a figure: qualifiers, numbers, scales, currencies, signs. */
  private final WordMap<Boolean> starters;
  /**
   * The words among them that can begin a figure without a qualifier: numbers, scales, vague
   * multipliers and currencies (في، على، من begin qualifiers only).
   */
  private final WordMap<Boolean> amountStarters;
  /** The words a subunit phrase begins with (هللة، هللتان، قرشين), as written without a proclitic. */
  private final Set<String> subunitWords;

  public MoneyRecognizer() {
    this.lexicon = MoneyLexicon.standard();
    this.subunitWords = Set.copyOf(lexicon.subunits.firstWords());
    Set<String> s = new HashSet<>();
    s.addAll(lexicon.currencyBefore.firstWords());
    s.addAll(lexicon.currencyAfter.firstWords());
    s.addAll(lexicon.currencyDual.firstWords());
    s.addAll(lexicon.subunits.firstWords()); // هللة واحدة، هللتان
    s.addAll(DOZENS.keySet());
    s.addAll(Numerals.firstWords());
    s.addAll(Scales.firstWords());
    s.add(NEGATIVE);
    this.amountStarters = WordMap.of(s);
    s.addAll(lexicon.qualifierBefore.firstWords());
    this.starters = WordMap.of(s);
  }

  /** The money figure starting at token {@code i} (with its equivalent, if any), or null. */
  public MoneyMatch match(TokenizedText t, int i) {
    MoneyMatch m = figure(t, i);
    if (m == null) return null;
    MoneyMatch eq = equivalent(t, m);
    if (eq == null) return m;
    Money first = m.money();
    // the dollars the article states win over any rate table
    if (eq.money().isDollars() && !first.isDollars()) first = first.withStatedDollars(eq.money());
    return new MoneyMatch(m.startToken(), m.skip(), m.endToken(), first, eq);
  }

  private record Amount(BigDecimal value, BigDecimal scale, int skip, int end, boolean dualAlone) {}

  /**
   * A currency after an amount, over tokens up to {@code end}; {@code perUnit} is how many of a
   * subunit make a unit (100 for سنت), null for the unit itself.
   */
  private record CurrencyHit(String code, int end, boolean afterMin, BigDecimal perUnit) {
    CurrencyHit(String code, int end, boolean afterMin) {
      this(code, end, afterMin, null);
    }
  }

  private MoneyMatch figure(TokenizedText t, int i) {
    if (!canStart(t, i)) return null;
    // no qualifier begins with digits or a sign: most figures skip the look-up
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> pre = wordy(t, i) ? lexicon.qualifierBefore.longest(t, i) : null;
    if (pre == null) return unqualified(t, i);
    Qualifier q = pre.value().qualifier();
    if (negated(t, i)) q = turned(q);
    boolean fromMin = q == Qualifier.RANGE && t.term(pre.end() - 1).endsWith(MIN_FROM);
    // a verb keeps its qualifier across a few words: تتجاوز قيمتها 900 مليار دولار
    for (int j = pre.end(); j <= pre.end() + pre.value().reach() && j < t.size(); j++) {
      if (!t.gapBefore(j).joins()) return null;
      int a = article(t, j) ? j + 1 : j; // ما يقارب الـ11 مليار: the article glued to the number
      if (canStart(t, a)) return body(t, i, a, pre.skip(), q, fromMin);
      MoneyMatch m = articleNumber(t, j) ? body(t, i, j, pre.skip(), q, fromMin) : null; // حوالي العشرين مليون
      if (m != null) return m;
      if (t.kind(j) != TokenKind.ARABIC) return null;
    }
    return null;
  }

  /** The figure at token i when no qualifier phrase starts there. */
  private MoneyMatch unqualified(TokenizedText t, int i) {
    if (!canStartAmount(t, i)) return null; // a qualifier's first word alone (في، على، من)
    String prev = i > 0 && t.kind(i - 1) == TokenKind.ARABIC && t.gapBefore(i).joins() ? t.term(i - 1) : null;
    if (insideNumber(t, i, prev) || notAmount(t, i, prev)) return null;
    if (t.kind(i) == TokenKind.ARABIC && t.term(i).equals(NEGATIVE)) return negative(t, i);
    MoneyMatch m = body(t, i, i, 0, Qualifier.EXACT, false);
    if (m == null || continuesAfterComma(t, i, m)) return null;
    Qualifier compared = comparison(t, i);
    if (compared == null || m.money().qualifier() != Qualifier.EXACT) return m;
    Money v = m.money();
    return new MoneyMatch(m.startToken(), m.skip(), m.endToken(),
        new Money(v.amount(), v.min(), v.max(), v.currency(), compared, v.equivalentOf(), v.dollars(), v.perShare()), null);
  }

  /**
   * Whether the number at token i is no amount: a word before it names a year, a model or a
   * telephone (عام 2025، هاتف 15), or it is written like a telephone number (a long run of
   * digits starting with 0 or +).
   */
  private boolean notAmount(TokenizedText t, int i, String prev) {
    if (t.kind(i) != TokenKind.NUMBER) return false;
    if (prev != null && lexicon.notMoneyBefore.contains(prev)) return true;
    if (prev != null && lexicon.yearBefore.contains(prev) && isYear(t, i)) return true;
    if (t.length(i) < 8) return false;
    String w = t.term(i);
    if (w.charAt(0) == '0' && w.chars().allMatch(Character::isDigit)) return true;
    return t.start(i) > 0 && t.text().normalized().charAt(t.start(i) - 1) == '+';
  }

  /** Whether token i is four digits from 1900 to 2100 with no scale after it: عام 2025. */
  private static boolean isYear(TokenizedText t, int i) {
    if (t.length(i) != 4) return false;
    int y;
    try {
      y = Integer.parseInt(t.term(i));
    } catch (NumberFormatException e) {
      return false;
    }
    return y >= 1900 && y <= 2100 && (i + 1 >= t.size() || Scales.of(t.term(i + 1)) == null);
  }

  private static final String IN = Scales.fold("في");

  /** Whether token j is a year after في or a year word (في 2023، عام 2023), not a numerator. */
  private boolean datedYear(TokenizedText t, int j) {
    if (j < 1 || !isYear(t, j) || !t.gapBefore(j).joins()) return false;
    String w = t.term(j - 1);
    return w.equals(IN) || lexicon.yearBefore.contains(w);
  }

  /**
   * The qualifier of a comparison sign glued before the number at token i (>30 دولار is more
   * than 30; >=، ≥، <، <=، ≤; ~30 about 30), after a space, a bracket or nothing; or null.
   */
  private static Qualifier comparison(TokenizedText t, int i) {
    if (t.kind(i) != TokenKind.NUMBER) return null;
    String s = t.text().normalized();
    int p = t.start(i) - 1;
    if (p < 0) return null;
    char c = s.charAt(p);
    boolean orEqual = false;
    if (c == '=' && p > 0 && (s.charAt(p - 1) == '>' || s.charAt(p - 1) == '<')) {
      orEqual = true;
      c = s.charAt(--p);
    }
    Qualifier q = switch (c) {
      case '>' -> orEqual ? Qualifier.AT_LEAST : Qualifier.MORE_THAN;
      case '<' -> orEqual ? Qualifier.AT_MOST : Qualifier.LESS_THAN;
      case '\u2265' -> Qualifier.AT_LEAST;
      case '\u2264' -> Qualifier.AT_MOST;
      case '~' -> orEqual ? null : Qualifier.APPROX;
      default -> null;
    };
    return q == null || p > 0 && !Character.isWhitespace(s.charAt(p - 1)) && s.charAt(p - 1) != '(' ? null : q;
  }

  /** سالب: the number after it is negative. */
  private static final String NEGATIVE = Scales.fold("سالب");

  /**
   * The figure after سالب at token i, negative (سالب ثمانية آلاف دولار = -8000); a range or a
   * vague figure after it is refused, as is anything but a number right after it.
   */
  private MoneyMatch negative(TokenizedText t, int i) {
    int j = i + 1;
    if (j >= t.size() || !t.gapBefore(j).joins() || t.kind(j) == TokenKind.SYMBOL) return null;
    MoneyMatch m = body(t, i, j, 0, Qualifier.EXACT, false);
    if (m == null || m.money().amount() == null || m.money().amount().signum() < 0) return null;
    return new MoneyMatch(m.startToken(), m.skip(), m.endToken(), m.money().negated(), null);
  }

  /**
   * Whether the figure m at token i, which begins with و after a comma, is the rest of a number
   * that a scale before the comma began: its value is below that scale (مائة واثنان وعشرون
   * ألفًا، وخمسمائة دولار is 122,500; alone the 500 would be a wrong value). A figure as large
   * as the scale or larger is a new one (5 ملايين، و500 مليون دولار).
   */
  private static boolean continuesAfterComma(TokenizedText t, int i, MoneyMatch m) {
    int before;
    if (m.skip() > 0 && t.charAt(i, 0) == ArabicLetters.WAW) {
      before = i - 1;
    } else if (i >= 2 && t.length(i - 1) == 1 && t.charAt(i - 1, 0) == ArabicLetters.WAW && t.gapBefore(i).joins()) {
      before = i - 2;
    } else {
      return false;
    }
    if (before < 0 || !gapHasAny(t, before + 1, ",\u060C") || !gapOnly(t, before + 1, " ,\u060C")) return false;
    Scales.Scale s = t.kind(before) == TokenKind.ARABIC ? Scales.ofDefinite(t.term(before)) : null;
    return s != null && m.money().max().compareTo(s.factor()) < 0;
  }

  /**
   * Whether token j is a whole number word with the article (العشرين، الثلاثة), read after a
   * qualifier (حوالي العشرين مليون دولار = 20 million) and never elsewhere: after a definite
   * noun it is that noun's adjective (الشركات الثلاث مليار دولار).
   */
  private static boolean articleNumber(TokenizedText t, int j) {
    return j < t.size() && t.kind(j) == TokenKind.ARABIC && articleNumber(t.term(j));
  }

  /** Number words that with the article are no count: days (الاثنين، الأحد) and "each" (الواحدة منها). */
  private static final Set<String> NO_COUNT_WITH_ARTICLE =
      Set.of(Scales.fold("اثنين"), Scales.fold("اثنان"), Scales.fold("أحد"), ONE, ONE_F);

  private static boolean articleNumber(String w) {
    if (w.length() < 4 || !w.startsWith(Scales.ARTICLE)) return false;
    String rest = w.substring(Scales.ARTICLE.length());
    return Numerals.isNumberWord(rest) && !Numerals.isFraction(rest) && !rest.equals(Numerals.ZERO) && !NO_COUNT_WITH_ARTICLE.contains(rest);
  }

  private static final int NO_SIGN = 0;
  private static final int NEGATIVE_SIGN = -1;
  private static final int REFUSE = 1;

  /**
   * What a minus glued to token j, the figure's first token, makes of the figure ending before
   * token {@code end}: {@link #NEGATIVE_SIGN} for the minus sign (−), and for a hyphen after an
   * opening bracket, a colon or = (الخسارة: -5 مليارات دولار، (-3.5 ملايين دولار)); {@link
   * #NO_SIGN} for a list's dash at a line's start, a hyphen glued to the word before (كوفيد-19),
   * a dash that opens an aside closed right after the figure (-5 مليارات دولار- ) and a dash
   * after a currency word, between a figure and its equivalent (50 مليون شيقل -15 مليون دولار);
   * {@link #REFUSE} for a hyphen after a space and any other word (صافي التدفقات -5 مليارات
   * دولار: a minus, or a dash setting the figure apart). After a number it is a range's dash,
   * read elsewhere.
   */
  private int minusBefore(TokenizedText t, int j, int end) {
    String s = t.text().normalized();
    int from = j == 0 ? 0 : t.end(j - 1);
    int p = t.start(j) - 1;
    if (p < from || j > 0 && t.kind(j - 1) == TokenKind.NUMBER) return NO_SIGN;
    char c = s.charAt(p);
    if (c == '\u2212') return NEGATIVE_SIGN;
    if (c != '-' || j == 0 || p == from) return NO_SIGN;
    String o = t.text().original(); // the normalizer makes a line break a space
    for (int q = t.originalEnd(j - 1); q < t.originalStart(j); q++) if (o.charAt(q) == '\n' || o.charAt(q) == '\r') return NO_SIGN;
    int after = t.end(end - 1);
    if (after < s.length() && s.charAt(after) == '-') return NO_SIGN;
    int b = p - 1;
    while (b >= from && s.charAt(b) == ' ') b--;
    if (b >= from) return "(:=".indexOf(s.charAt(b)) >= 0 ? NEGATIVE_SIGN : NO_SIGN;
    return endsCurrency(t, j) ? NO_SIGN : REFUSE;
  }

  /** Whether a currency phrase ends at token j-1 (شيقل، جنيه استرليني). */
  private boolean endsCurrency(TokenizedText t, int j) {
    for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
      PhraseTable.Hit<String> hit = lexicon.currencyAfter.longest(t, k);
      if (hit != null && hit.end() == j) return true;
    }
    return false;
  }

  /** Whether token i is a word (Arabic or Latin letters), which phrases may begin with. */
  private static boolean wordy(TokenizedText t, int i) {
    TokenKind k = t.kind(i);
    return k == TokenKind.ARABIC || k == TokenKind.LATIN;
  }

  /** Whether token j is the article ال glued to a number after it (الـ11). */
  private static boolean article(TokenizedText t, int j) {
    return t.term(j).equals(Scales.ARTICLE) && j + 1 < t.size() && t.gapBefore(j + 1) == Gap.NONE
        && t.kind(j + 1) == TokenKind.NUMBER;
  }

  /**
   * Whether a figure starting at token i would begin inside a larger number it cannot read, so
   * that reading it would give a wrong value: a number glued to the one before (the ٤ of ٣/٤,
   * the ٥٦٧ of ١،٢٣٤،٥٦٧, the 23 of 1,1^23), a number word right after another (ثلاث وعشرون
   * خمس), or a number after على، من or جزء من that follow a number (واحد على ثلاثة، واحد من
   * تريليون). Refusing is a miss; reading the tail would be a wrong value.
   */
  private boolean insideNumber(TokenizedText t, int i, String prev) {
    if (i == 0) return false;
    TokenKind kind = t.kind(i);
    TokenKind before = t.kind(i - 1);
    if (kind == TokenKind.NUMBER && !hasSpace(t, i)) {
      // ٣/٤، ١،٢٣٤، 1,1^23، 12,32e+14: glued to the number before, whatever the mark between
      if (before == TokenKind.NUMBER || before == TokenKind.LATIN && Character.isDigit(t.charAt(i - 1, 0))) return true;
    }
    if (!t.gapBefore(i).joins()) {
      // اثنا عشر , ثلاثون: number words split by a comma are one number written badly, or a list
      String w = t.term(i - 1);
      return before == TokenKind.ARABIC && isNumberWord(w) && !w.equals(ONE) && !w.equals(ONE_F) // يوم واحد، 5 ملايين
          && gapHasAny(t, i, ",\u060C")
          && (kind == TokenKind.NUMBER || kind == TokenKind.ARABIC && isNumberStart(t.term(i)));
    }
    if (kind == TokenKind.NUMBER && before == TokenKind.NUMBER && pointThenSpace(t, i)) {
      return true; // 6404. 0 جنيه: the decimals of a number split after its point, not a zero
    }
    if (kind == TokenKind.NUMBER && i >= 2 && Numerals.raDecimal(t, i - 2)) {
      return true; // the 22 of 6ر22 (22.6): read from the 6 or not at all
    }
    if (kind == TokenKind.NUMBER && before == TokenKind.NUMBER && i >= 2 && t.kind(i - 2) == TokenKind.NUMBER
        && !hasSpace(t, i - 1)) {
      return true; // ١/٤ ٢: the whole after a fraction
    }
    if (kind == TokenKind.ARABIC && before == TokenKind.NUMBER && Scales.ofDefinite(t.term(i)) != null) {
      return true; // the scale of a number that was refused: 12 of "العام 12 مليار" is no year, but is not read
    }
    if (kind == TokenKind.ARABIC && before == TokenKind.NUMBER && t.gapBefore(i).joins() && t.term(i).equals(Numerals.ZERO)) {
      return true; // 10 صفر: the month of a date, not zero
    }
    if (prev != null && kind == TokenKind.ARABIC && prev.startsWith(Scales.ARTICLE) && Scales.ofDefinite(t.term(i)) != null
        && articleNumber(prev)) {
      return true; // العشرين مليون: the scale of a number read only after a qualifier
    }
    if (prev != null && kind == TokenKind.ARABIC && t.charAt(i, 0) == ArabicLetters.WAW && prev.length() >= 5
        && !NUMBER_LIKE.contains(prev) && isNumberStart(t.term(i)) && gluedNumberWords(prev)) {
      return true; // مائةألف وألفان وعشرة: the rest of two number words written together
    }
    if (secondOfRange(t, i, prev)) return true;
    if (prev == null || !NUMBER_LIKE.contains(prev)) return false; // one look-up for most numbers
    if (kind != TokenKind.NUMBER && (kind != TokenKind.ARABIC || !isNumberStart(t.term(i)))) return false;
    if (Scales.ofDefinite(prev) != null || prev.charAt(0) == ArabicLetters.WAW && Scales.of(prev.substring(1)) != null) {
      return true; // ٤ آلاف ٣ مائة، مئة الف تريليونات، مليون والف، والف وخمسة آلاف
    }
    if (NEVER_BEFORE.contains(prev)) return true; // سالب ثمانية آلاف: a negative number
    String last = prev;
    if (prev.length() == 1 && prev.charAt(0) == ArabicLetters.WAW && i >= 2 && t.gapBefore(i - 1).joins()) {
      last = t.term(i - 2); // مئة و 21، مليار و مليون
    } else if (AFTER_NUMBER.contains(prev) && i >= 2 && t.gapBefore(i - 1).joins()) {
      last = t.term(i - 2); // واحد فاصلة الف، مية الا ربع: the decimals or the rest of a number
      if (t.kind(i - 2) == TokenKind.NUMBER) return !datedYear(t, i - 2) && !prev.equals(Numerals.POINT); // 50 نقطة: points
    }
    if (isNumberWord(last) || Scales.ofDefinite(last) != null) return true;
    if ((prev.equals(ON) || prev.equals(MIN_FROM)) && i >= 2 && t.gapBefore(i - 1).joins()) {
      String two = t.term(i - 2);
      // واحد على ثلاثة is a fraction; حصلت في 2023 على 5 ملايين دولار is a figure after a year
      return t.kind(i - 2) == TokenKind.NUMBER && !datedYear(t, i - 2) || isNumberWord(two) || two.equals(PART) || two.equals(PARTS);
    }
    return false;
  }

  /**
   * Whether token i is the second end of a range after بين whose first end was not read (بين
   * العاشر وخمسة عشر): alone it would pass for the whole figure.
   */
  private static boolean secondOfRange(TokenizedText t, int i, String prev) {
    int x;
    if (t.kind(i) == TokenKind.ARABIC && t.length(i) > 1 && t.charAt(i, 0) == ArabicLetters.WAW) x = i - 1;
    else if (prev != null && prev.length() == 1 && prev.charAt(0) == ArabicLetters.WAW) x = i - 2;
    else return false;
    return x >= 1 && t.gapBefore(x).joins() && t.gapBefore(x + 1).joins() && t.term(x - 1).endsWith(BETWEEN);
  }

  private static final String BETWEEN = Scales.fold("بين");

  /** Words that make the number after them negative: سالب، ناقص. */
  private static final Set<String> NEVER_BEFORE = Set.of(Scales.fold("سالب"), Scales.fold("ناقص"));

  /**
   * Words after which a number continues the number before them: the decimal words (فاصلة،
   * فاصل، نقطة), إلا (مية الا ربع = 75) and في (٢ في ٥: a ratio).
   */
  private static final Set<String> AFTER_NUMBER = afterNumber();

  private static Set<String> afterNumber() {
    Set<String> s = new HashSet<>(Numerals.DECIMAL_WORDS);
    s.add(Scales.fold("إلا"));
    s.add(Scales.fold("في")); // ٢٠٠٠٠ في ١٩٩٨: a ratio
    return s;
  }

  /**
   * Every word after which a number would be inside a larger one: number words (also after و),
   * scale words (also with the article), و alone, على and من.
   */
  private static final Set<String> NUMBER_LIKE = numberLike();

  private static Set<String> numberLike() {
    Set<String> s = new HashSet<>();
    for (String w : Numerals.firstWords()) {
      s.add(w);
      s.add(ArabicLetters.WAW + w);
    }
    for (String w : Scales.firstWords()) {
      s.add(w);
      s.add(ArabicLetters.WAW + w);
    }
    s.add(String.valueOf(ArabicLetters.WAW));
    s.add(ON);
    s.add(MIN_FROM);
    s.addAll(NEVER_BEFORE);
    s.addAll(AFTER_NUMBER);
    return s;
  }


  /** Whether w is two number or scale words written together (مائةألف، خمسمئةمليون). */
  private static boolean gluedNumberWords(String w) {
    for (int p = 2; p <= w.length() - 2; p++) {
      String a = w.substring(0, p);
      String b = w.substring(p);
      if ((Numerals.isNumberWord(a) || Scales.of(a) != null) && (Numerals.isNumberWord(b) || Scales.of(b) != null)) return true;
    }
    return false;
  }

  /** A number word, alone or after و. */
  private static boolean isNumberWord(String w) {
    if (Numerals.isNumberWord(w)) return true;
    return w.length() > 2 && w.charAt(0) == ArabicLetters.WAW && Numerals.isNumberWord(w.substring(1));
  }

  /** A number word, a scale, a dozen or a vague multiplier (مئات), alone or after و. */
  private static boolean isNumberStart(String w) {
    if (isNumberWord(w) || Scales.of(w) != null || Scales.vague(w) != null || DOZENS.containsKey(w)) return true;
    if (w.length() < 3 || w.charAt(0) != ArabicLetters.WAW) return false;
    String rest = w.substring(1); // والف، ومليون، ودزينتين
    return Scales.of(rest) != null || Scales.vague(rest) != null || DOZENS.containsKey(rest);
  }

  /**
   * The dozen: after a number it counts dozens (ثلاث دزينات = 36، نصف دزينة = 6); alone it is
   * one dozen, or two in the dual (دزينتين = 24).
   */
  private static final java.util.Map<String, Integer> DOZENS = java.util.Map.of(
      Scales.fold("دزينة"), 1, Scales.fold("دزينات"), 1, Scales.fold("دزينتان"), 2, Scales.fold("دزينتين"), 2);

  private static final BigDecimal DOZEN = BigDecimal.valueOf(12);
  private static final String DOZENS_PLURAL = Scales.fold("دزينات");

  private static boolean gapHasAny(TokenizedText t, int k, String marks) {
    String s = t.text().normalized();
    for (int p = t.end(k - 1); p < t.start(k); p++) if (marks.indexOf(s.charAt(p)) >= 0) return true;
    return false;
  }

  /** Whether the gap before token i is a point (. or ٫) followed by spaces only. */
  private static boolean pointThenSpace(TokenizedText t, int i) {
    String s = t.text().normalized();
    int p = t.end(i - 1);
    if (p >= t.start(i) || s.charAt(p) != '.' && s.charAt(p) != '\u066B') return false;
    for (int q = p + 1; q < t.start(i); q++) if (!Character.isWhitespace(s.charAt(q))) return false;
    return p + 1 < t.start(i);
  }

  private static boolean hasSpace(TokenizedText t, int i) {
    String s = t.text().normalized();
    for (int p = t.end(i - 1); p < t.start(i); p++) if (Character.isWhitespace(s.charAt(p))) return true;
    return false;
  }

  /** Whether a negation (لا، لم، لن) stands up to three words before token i. */
  private boolean negated(TokenizedText t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (!t.gapBefore(k + 1).joins()) return false;
      if (lexicon.negations.contains(t.term(k))) return true;
    }
    return false;
  }

  /** The qualifier a negation makes of {@code q}: not more than X is at most X. */
  static Qualifier turned(Qualifier q) {
    return switch (q) {
      case MORE_THAN -> Qualifier.AT_MOST;
      case LESS_THAN -> Qualifier.AT_LEAST;
      case UP_TO -> Qualifier.LESS_THAN;
      default -> q;
    };
  }

  /**
   * The figure whose amount (or sign) starts at token j, after the qualifier {@code q} that
   * starts at token i; {@code skip} proclitic characters lead token i.
   */
  MoneyMatch body(TokenizedText t, int i, int j, int skip, Qualifier q, boolean fromMin) {
    int n = t.size();
    int lead = j;
    String currency = null;
    PhraseTable.Hit<String> sign = t.kind(j) == TokenKind.NUMBER ? null : lexicon.currencyBefore.longest(t, j);
    if (sign != null) {
      if (sign.value().equals(MoneyLexicon.NOT_MONEY)) return null;
      currency = sign.value();
      j = sign.end();
      // USD 5, $5; never USD/1M (a rate per million) nor USD-5
      if (j >= n || t.gapBefore(j) != Gap.NONE && t.gapBefore(j) != Gap.SPACE) return null;
    }
    boolean atStart = j == i;
    if (currency == null && wordy(t, j)) {
      MoneyMatch m = vague(t, i, j, skip);
      if (m == null) m = unit(t, i, j, skip, q);
      if (m != null) return m;
    }
    Amount a = amount(t, j, atStart);
    if (a == null && !atStart && articleNumber(t, j)) a = amount(t, j, Scales.ARTICLE.length()); // حوالي العشرين مليون
    if (a == null) {
      boolean sub = currency == null && q != Qualifier.RANGE && t.kind(j) == TokenKind.ARABIC && subunitWords.contains(t.term(j));
      return sub ? subunitAlone(t, i, j, skip, q) : null;
    }
    if (atStart) skip = a.skip();
    int k = a.end();
    EmbeddedUnit unit = currency == null ? embeddedUnit(t, a) : null;
    CurrencyHit curA = null;
    if (unit != null) { // ثلاثمئة وجنيهان اثنان = 302: one or two units are the noun itself
      a = new Amount(a.value().add(unit.count()), a.scale(), a.skip(), a.end(), false);
      curA = new CurrencyHit(unit.code(), unit.end(), false);
    } else if (currency == null) {
      curA = currencyAt(t, k);
    }
    if (curA != null) {
      if (curA.code() == null) return null;
      k = curA.end();
    }
    // a second amount makes a range
    int[] second = rangeSeparator(t, k, q == Qualifier.RANGE, fromMin);
    if (second == null && (q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST)) second = upperBound(t, k);
    if (second != null && currency != null) {
      PhraseTable.Hit<String> sign2 = lexicon.currencyBefore.longest(t, second[0]); // $30,000 and $40,000
      if (sign2 != null && sign2.value().equals(currency) && sign2.end() < n) second = new int[] {sign2.end(), 0};
    }
    Amount b = second == null ? null : amount(t, second[0], second[1]);
    if (q == Qualifier.RANGE && b == null) return null;
    BigDecimal min = a.value();
    BigDecimal max = null;
    if (b != null) {
      BigDecimal av = a.scale() == null && b.scale() != null ? a.value().multiply(b.scale()) : a.value();
      BigDecimal bv = b.scale() == null && a.scale() != null ? b.value().multiply(a.scale()) : b.value();
      if (av.compareTo(bv) < 0) {
        min = av;
        max = bv;
        k = b.end();
        q = Qualifier.RANGE;
      } else if (q == Qualifier.RANGE) {
        return null;
      }
    }
    CurrencyHit cur = currency == null && (max != null || curA == null) ? currencyAt(t, k) : null;
    if (cur != null) {
      if (cur.code() == null) return null;
      if (curA != null && !curA.code().equals(cur.code())) return null;
      k = cur.end();
    } else {
      cur = curA;
    }
    if (currency == null) {
      if (cur == null) return null;
      currency = cur.code();
    }
    if (cur != null && cur.perUnit() != null && afterAnd(t, i, skip)) {
      return null; // ريالاً و أربع هللات: the subunits of a figure that was not read
    }
    if (max == null && a.dualAlone() && cur != null && cur.afterMin()) {
      min = a.scale(); // مليارًا من الدولارات: one billion, not the dual
    }
    if (cur != null && cur.perUnit() != null) { // 43 سنتا: cents of the dollar
      min = min.divide(cur.perUnit());
      if (max != null) max = max.divide(cur.perUnit());
    } else if (max == null) { // 20 دولارا و43 سنتا، عشرون ألف ريال و اثنتا عشرة هللة
      BigDecimal[] part = subunitPart(t, k, currency);
      if (part != null) {
        min = min.add(part[0]);
        k = part[1].intValue();
      }
    }
    if (unreadPart(t, k)) return null;
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> post = postQualifier(t, k);
    if (post != null) {
      q = combine(q, post.value().qualifier());
      k = post.end();
    }
    if (k < n && t.gapBefore(k) == Gap.SPACE && t.kind(k) == TokenKind.NUMBER && t.length(k) <= 2) {
      return null; // $20 43: a number goes on after the figure, and what it adds is unknown
    }
    if (max == null && a.scale() == null && a.end() == j + 1 && t.kind(j) == TokenKind.ARABIC
        && FRACTION_OR_UNIT.contains(t.term(j).substring(atStart ? skip : 0))
        && cur != null && cur.end() == a.end() + 1 && !plural(t.term(a.end()))) {
      return null; // خمس دولار: a fifth of a dollar, or a careless five; which is unknown
    }
    Money money = max != null ? Money.range(min, max, currency, Qualifier.RANGE) : Money.of(min, currency, q);
    int minus = minusBefore(t, lead, k);
    if (minus == REFUSE) return null;
    if (minus == NEGATIVE_SIGN) {
      if (max != null) return null; // -5 إلى 5: a range across zero is left unread
      money = money.negated();
    }
    if (k < n && t.gapBefore(k).joins() && lexicon.perShare.longest(t, k) != null) money = money.asPerShare();
    return new MoneyMatch(i, skip, k, money, null);
  }

  /** A currency word that is its own amount: دولاران (2), دولار واحد (1); or null. */
  private MoneyMatch unit(TokenizedText t, int i, int j, int skip, Qualifier q) {
    if (q == Qualifier.RANGE) return null;
    if (j == i && j > 0 && t.gapBefore(j).joins()
        && (t.kind(j - 1) == TokenKind.NUMBER || t.kind(j - 1) == TokenKind.ARABIC && isNumberStart(t.term(j - 1)))) {
      return null; // مليونين مائتين وخمسون ألف ريال قطري فقط: the noun counts a number that was not read
    }
    int n = t.size();
    BigDecimal value;
    int k;
    PhraseTable.Hit<String> dual = lexicon.currencyDual.longest(t, j);
    String currency;
    int wordSkip;
    if (dual != null) {
      value = BigDecimal.TWO;
      currency = dual.value();
      k = dual.end();
      wordSkip = dual.skip();
      if (k < n && t.gapBefore(k).joins() && dualAdjective(t.term(k))) {
        return null; // ريالان برونايان: a country the table does not know, not the usual riyal
      }
      if (k < n && t.gapBefore(k).joins() && TWO_WORDS.contains(t.term(k))) k++; // جنيهان اثنان
    } else {
      PhraseTable.Hit<String> c = lexicon.currencyAfter.longest(t, j);
      if (c == null || c.value().equals(MoneyLexicon.NOT_MONEY) || c.end() >= n || !t.gapBefore(c.end()).joins()) {
        return null;
      }
      String w = t.term(c.end());
      boolean one = w.equals(ONE) || w.equals(ONE_F);
      if (!one && !onlyOne(t, c) && !(singular(t, c) && subunitPart(t, c.end(), c.value()) != null)) {
        return null; // a noun alone is one before فقط or its subunits: ارتفع دولارا و20 سنتا = 1.20
      }
      value = BigDecimal.ONE;
      currency = c.value();
      k = one ? c.end() + 1 : c.end();
      wordSkip = c.skip();
    }
    BigDecimal[] part = subunitPart(t, k, currency); // ريال سعودي واحد وخمسون هللة
    if (part != null) {
      value = value.add(part[0]);
      k = part[1].intValue();
    }
    if (unreadPart(t, k)) return null;
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> post = postQualifier(t, k);
    if (post != null) {
      q = combine(q, post.value().qualifier());
      k = post.end();
    }
    return new MoneyMatch(i, j == i ? wordSkip : skip, k, Money.of(value, currency, q), null);
  }

  private static final java.util.List<String> DUAL_ADJECTIVE_ENDINGS =
      java.util.List.of(Scales.fold("يان"), Scales.fold("يين"), Scales.fold("يتان"), Scales.fold("يتين"));

  /** One or two units of {@code code} written as the noun, ending before token {@code end}. */
  private record EmbeddedUnit(BigDecimal count, String code, int end) {}

  /**
   * One or two units written as the currency noun itself after a round amount and و, as a
   * tafqit writes them (ثلاثمئة وجنيهان اثنان = 302، مليون، ومئتا ألف، وجنيه واحد = 1,200,001):
   * or null.
   */
  private EmbeddedUnit embeddedUnit(TokenizedText t, Amount a) {
    if (a.value().remainder(HUNDRED).signum() != 0) return null;
    int k = a.end();
    int[] w = Numerals.afterWaw(t, k);
    if (w == null) w = commaWaw(t, k);
    if (w == null || t.kind(w[0]) != TokenKind.ARABIC) return null;
    String first = t.term(w[0]).substring(w[1]);
    int n = t.size();
    PhraseTable.Hit<String> dual = lexicon.currencyDual.longestAs(t, w[0], first);
    if (dual != null) {
      int e = dual.end();
      if (e < n && t.gapBefore(e).joins() && TWO_WORDS.contains(t.term(e))) e++;
      return new EmbeddedUnit(BigDecimal.TWO, dual.value(), e);
    }
    PhraseTable.Hit<String> c = lexicon.currencyAfter.longestAs(t, w[0], first);
    if (c == null || c.value().equals(MoneyLexicon.NOT_MONEY) || c.end() >= n || !t.gapBefore(c.end()).joins()) return null;
    String one = t.term(c.end());
    if (!one.equals(ONE) && !one.equals(ONE_F)) return null;
    return new EmbeddedUnit(BigDecimal.ONE, c.value(), c.end() + 1);
  }

  /** Whether w is an adjective in the dual (عمانيان، إسترلينيين، لبنانيتان), as a country's is. */
  private static boolean dualAdjective(String w) {
    if (w.length() < 5) return false;
    for (String e : DUAL_ADJECTIVE_ENDINGS) if (w.endsWith(e)) return true;
    return false;
  }

  /**
   * Whether the currency phrase c is one unit by itself: a singular noun without the article
   * before فقط or فحسب (بريال فقط: for a riyal only; بالدولار فقط is "in dollars only").
   */
  private static boolean onlyOne(TokenizedText t, PhraseTable.Hit<String> c) {
    return ONLY.contains(t.term(c.end())) && singular(t, c);
  }

  /** Whether the currency phrase c begins with a singular noun without the article (ريال، دولارا). */
  private static boolean singular(TokenizedText t, PhraseTable.Hit<String> c) {
    if (t.kind(c.start()) != TokenKind.ARABIC) return false;
    String noun = t.term(c.start()).substring(c.skip());
    return !noun.startsWith(Scales.ARTICLE) && !plural(noun);
  }

  private static final Set<String> ONLY = Set.of(Scales.fold("فقط"), Scales.fold("فحسب"));

  /**
   * A subunit noun of one currency that is its own amount (هللة واحدة = 0.01 SAR، هللتان =
   * 0.02 SAR), or null.
   */
  private MoneyMatch subunitAlone(TokenizedText t, int i, int j, int skip, Qualifier q) {
    if (t.kind(j) != TokenKind.ARABIC) return null;
    PhraseTable.Hit<MoneyLexicon.Subunit> sub = lexicon.subunits.longest(t, j);
    if (sub == null || sub.value().alone() == null || sub.start() != j) return null;
    String currency = sub.value().alone();
    BigDecimal[] count = subunitCount(t, sub, sub.skip());
    if (count == null) return null;
    int k = count[1].intValue();
    if (unreadPart(t, k)) return null;
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> post = postQualifier(t, k);
    if (post != null) {
      q = combine(q, post.value().qualifier());
      k = post.end();
    }
    BigDecimal value = count[0].divide(MoneyLexicon.perUnit(sub.value(), currency));
    return new MoneyMatch(i, j == i ? sub.skip() : skip, k, Money.of(value, currency, q), null);
  }

  /** Duals of subunit nouns that are also ordinary words: سنتان، سنتين (two years). */
  private static final Set<String> DUAL_WORDS = Set.of(Scales.fold("سنتان"), Scales.fold("سنتين"));

  /**
   * How many subunits a subunit noun without a number names: one before واحد or واحدة (هللة
   * واحدة), two in the dual (هللتان، قرشين); as {count, end token}, or null.
   */
  private static BigDecimal[] subunitCount(TokenizedText t, PhraseTable.Hit<?> sub, int lead) {
    int e = sub.end();
    if (e < t.size() && t.gapBefore(e).joins() && (t.term(e).equals(ONE) || t.term(e).equals(ONE_F))) {
      return new BigDecimal[] {BigDecimal.ONE, BigDecimal.valueOf(e + 1)};
    }
    String w = t.term(e - 1).substring(e - 1 == sub.start() ? lead : 0);
    boolean dual = w.length() > 4 && (w.endsWith(DUAL_NOMINATIVE) || w.endsWith(DUAL_OBLIQUE)) && !DUAL_WORDS.contains(w);
    return dual ? new BigDecimal[] {BigDecimal.TWO, BigDecimal.valueOf(e)} : null;
  }

  private static final String DUAL_NOMINATIVE = Scales.fold("ان");
  private static final String DUAL_OBLIQUE = Scales.fold("ين");

  /** Whether the figure at token i begins with the conjunction و, attached or alone before it. */
  private static boolean afterAnd(TokenizedText t, int i, int skip) {
    if (skip > 0 && t.charAt(i, 0) == ArabicLetters.WAW) return true;
    if (t.charAt(i, 0) == ArabicLetters.WAW && i > 0 && gapHasAny(t, i, ",\u060C")) return true; // ألف، وجنيه واحد، وأحد عشر قرشاً
    return i > 0 && t.gapBefore(i).joins() && t.length(i - 1) == 1 && t.charAt(i - 1, 0) == ArabicLetters.WAW;
  }

  /** اثنان in both genders and cases, as a tafqit writes it after a dual noun. */
  private static final Set<String> TWO_WORDS =
      Set.of(Scales.fold("اثنان"), Scales.fold("اثنتان"), Scales.fold("اثنين"), Scales.fold("اثنتين"));

  /** واحد and اثنان in both genders: the units a tafqit writes after the currency. */
  private static final Set<String> UNITS_AFTER_CURRENCY =
      Set.of(ONE, ONE_F, Scales.fold("اثنان"), Scales.fold("اثنتان"), Scales.fold("اثنين"), Scales.fold("اثنتين"));

  /**
   * Whether the figure ending before token k goes on with a part it has not read: و and a
   * subunit it could not add (وهللة واحدة، و 12 فلسا after a currency the fils does not divide),
   * a number word it cannot read, or و and واحد or اثنان (مئة ريال سعودي وواحد = 101). Reading the figure without that part
   * would be a wrong value.
   */
  private boolean unreadPart(TokenizedText t, int k) {
    int[] w = Numerals.afterWaw(t, k);
    if (w == null) return unreadSubunitAfterComma(t, k);
    String word = t.term(w[0]).substring(w[1]);
    if (UNITS_AFTER_CURRENCY.contains(word) || lexicon.subunits.longestAs(t, w[0], word) != null) return true;
    Numerals.Numeral part = Numerals.read(t, w[0], w[1]);
    if (part == null) return isNumberWord(word); // و إحدى هللة: a number it cannot read
    int e = part.end();
    return e < t.size() && t.gapBefore(e).joins() && lexicon.subunits.longest(t, e) != null;
  }

  /**
   * Whether a comma, و and subunits the figure ending before token k could not add follow it
   * (جنيهان اثنان، وثلاثة قروش when the pounds were read short); a number after the comma may be
   * a figure of its own.
   */
  private boolean unreadSubunitAfterComma(TokenizedText t, int k) {
    int[] w = commaWaw(t, k);
    if (w == null) return false;
    String word = t.term(w[0]).substring(w[1]);
    if (lexicon.subunits.longestAs(t, w[0], word) != null) return true;
    Numerals.Numeral part = Numerals.read(t, w[0], w[1]);
    int e = part == null ? -1 : part.end();
    return e > 0 && e < t.size() && t.gapBefore(e).joins() && lexicon.subunits.longest(t, e) != null;
  }

  private PhraseTable.Hit<MoneyLexicon.QualifierPhrase> postQualifier(TokenizedText t, int k) {
    return k < t.size() && t.gapBefore(k).joins() ? lexicon.qualifierAfter.longest(t, k) : null;
  }

  /** The qualifier of a figure with {@code before} before it and {@code after} after it. */
  static Qualifier combine(Qualifier before, Qualifier after) {
    if (before == Qualifier.RANGE || before == Qualifier.VAGUE) return before;
    if (after == Qualifier.EXACT) return before == Qualifier.AT_MOST ? Qualifier.EXACT : before;
    return before == Qualifier.EXACT ? after : before;
  }

  /** Whether token {@code i} can begin a figure at all: one look-up for most tokens. */
  boolean canStart(TokenizedText t, int i) {
    TokenKind kind = t.kind(i);
    if (kind == TokenKind.NUMBER || kind == TokenKind.SYMBOL) return true;
    if (kind == TokenKind.LATIN && Character.isDigit(t.charAt(i, 0))) return true; // 1e9
    return startsWith(starters, t, i);
  }

  /**
   * Whether the Arabic token {@code i} can begin a figure's amount or currency, so that {@link
   * #body} can match there without a qualifier before it.
   */
  boolean canStartAmount(TokenizedText t, int i) {
    return t.kind(i) != TokenKind.ARABIC || startsWith(amountStarters, t, i);
  }

  /**
   * Whether token {@code i}, as written or after a proclitic of {@link Proclitics#MONEY}, is one
   * of {@code words}; read from the text in place, without making a string of the token.
   */
  private static boolean startsWith(WordMap<Boolean> words, TokenizedText t, int i) {
    String s = t.text().normalized();
    int from = t.start(i);
    int to = t.end(i);
    if (words.contains(s, from, to)) return true;
    if (t.kind(i) != TokenKind.ARABIC || !Proclitics.MONEY.mayStart(s.charAt(from))) return false;
    int[] cuts = new int[Proclitics.MAX_CUTS];
    int n = Proclitics.MONEY.lengths(s, from, to, cuts);
    for (int k = 0; k < n; k++) {
      if (words.contains(s, from + cuts[k], to)) return true;
    }
    return false;
  }

  /**
   * The amount that fills {@code t} entirely (2 مليار، 1.5M، 3.2 bn، ١٠٠٠، 1e9), as read by the
   * same grammar as figures in articles; see {@link Amounts#parse(String)}.
   *
   * @throws IllegalArgumentException with a one-line message when there is none
   */
  static BigDecimal wholeAmount(TokenizedText t) {
    if (t.size() == 0) throw new IllegalArgumentException("no amount: the text is empty");
    Amount a = amount(t, 0, 0);
    if (a == null) throw new IllegalArgumentException("not an amount: '" + t.text().original().strip() + "'");
    if (a.end() < t.size()) {
      throw new IllegalArgumentException("unexpected '" + t.text().original().substring(t.originalStart(a.end())).strip()
          + "' after the amount in '" + t.text().original().strip() + "'");
    }
    if (a.value().signum() <= 0) throw new IllegalArgumentException("the amount must be positive: '" + t.text().original().strip() + "'");
    return a.value();
  }

  /** An amount at token j; at the figure's first token also after an attached proclitic. */
  private static Amount amount(TokenizedText t, int j, boolean proclitic) {
    Amount a = amount(t, j, 0);
    if (a != null || !proclitic || t.kind(j) != TokenKind.ARABIC) return a;
    String w = t.term(j);
    for (int k = 0; k < Proclitics.MONEY.forms().size(); k++) {
      int p = Proclitics.MONEY.cut(w, k);
      if (p > 0 && (a = amount(t, j, p)) != null) return a;
    }
    return null;
  }

  private static Amount amount(TokenizedText t, int j, int skip) {
    int n = t.size();
    if (j >= n) return null;
    Numerals.Numeral num = Numerals.read(t, j, skip);
    BigDecimal value;
    BigDecimal scale = null;
    boolean dualAlone = false;
    int k;
    if (num != null) {
      k = num.end();
      if (num.digits() && !num.isFraction() && Numerals.isHundred(t, k)) { // 3 مئة مليون
        BigDecimal v = num.numerator().multiply(HUNDRED);
        k++;
        int[] w = Numerals.afterWaw(t, k); // 3 مئة و21
        Numerals.Numeral rest = w == null ? null : Numerals.read(t, w[0], w[1]);
        if (rest != null && !rest.isFraction() && rest.value().compareTo(HUNDRED) < 0) {
          v = v.add(rest.value());
          k = rest.end();
        }
        num = new Numerals.Numeral(v, 1, k, true);
      } else if (num.isFraction() && !num.digits() && Numerals.isHundred(t, k)) { // ربع مية = 25
        num = new Numerals.Numeral(num.numerator().multiply(HUNDRED), num.denominator(), k + 1, false);
        k++;
      }
      Scales.Scale s = k < n && t.gapBefore(k).joins() ? Scales.of(t.term(k)) : null;
      Integer dozens = s == null && k < n && t.gapBefore(k).joins() ? DOZENS.get(t.term(k)) : null;
      if (dozens != null) { // ثلاث دزينات، نصف دزينة: the number counts dozens
        if (dozens != 1) return null;
        value = num.times(DOZEN);
        k++;
      } else if (s != null) {
        scale = s.factor();
        value = num.times(scale);
        k++;
      } else {
        value = num.value();
        int[] w = num.isFraction() ? null : Numerals.afterWaw(t, k);
        Numerals.Numeral part = w == null ? null : Numerals.read(t, w[0], w[1]);
        if (part != null && part.isFraction()) { // واحد ونصف، خمسة وربع: the whole and its fraction
          value = value.add(part.value());
          k = part.end();
          Scales.Scale s2 = k < n && t.gapBefore(k).joins() ? Scales.of(t.term(k)) : null;
          if (s2 != null) { // مليار ونصف: see the loop below; واحد ونصف مليون here
            scale = s2.factor();
            value = value.multiply(scale);
            k++;
          }
        }
      }
    } else {
      if (t.kind(j) != TokenKind.ARABIC && t.kind(j) != TokenKind.LATIN) return null;
      String w = skip == 0 ? t.term(j) : t.term(j).substring(skip);
      Integer dozens = DOZENS.get(w);
      if (dozens != null) { // دزينة = 12، دزينتين = 24
        return w.equals(DOZENS_PLURAL) ? null : new Amount(DOZEN.multiply(BigDecimal.valueOf(dozens)), null, skip, j + 1, false);
      }
      Scales.Scale s = Scales.of(w);
      if (s == null || s.form() == Scales.Form.PLURAL) return null;
      scale = s.factor();
      boolean two = s.form() == Scales.Form.DUAL || s.form() == Scales.Form.ACCUSATIVE_OR_DUAL;
      dualAlone = s.form() == Scales.Form.ACCUSATIVE_OR_DUAL;
      value = two ? scale.add(scale) : scale;
      k = j + 1;
    }
    // ألف مليار: a larger scale multiplies
    Scales.Scale bigger;
    while (scale != null && k < n && t.gapBefore(k).joins() && (bigger = Scales.of(t.term(k))) != null
        && bigger.factor().compareTo(scale) > 0) {
      value = value.multiply(bigger.factor());
      scale = scale.multiply(bigger.factor());
      dualAlone = false;
      k++;
    }
    // مليار و200 مليون، 5 ملايين ونصف، مليون ونصف المليون، ألفان وخمسمائة
    while (scale != null) {
      int[] w = Numerals.afterWaw(t, k);
      if (w == null) w = afterCommaWaw(t, j, k);
      if (w == null) w = bareSmallerScale(t, k, scale);
      if (w == null) break;
      Numerals.Numeral part = Numerals.read(t, w[0], w[1]);
      if (part == null) {
        // مليار ومليون، مليونان وألف: a smaller scale alone is one (or, in the dual, two) of it
        Scales.Scale alone = Scales.of(t.term(w[0]).substring(w[1]));
        if (alone != null && alone.factor().compareTo(scale) == 0 && roundHundreds(value, scale)
            && (alone.form() == Scales.Form.SINGULAR || alone.form() == Scales.Form.DUAL)) {
          // مائة ألف وألف = 101,000، مئة مليون ومليونان: hundreds of a scale, then one or two more of it
          value = value.add(alone.form() == Scales.Form.DUAL ? scale.add(scale) : scale);
          dualAlone = false;
          k = w[0] + 1;
          continue;
        }
        if (alone == null || alone.factor().compareTo(scale) >= 0 || alone.form() == Scales.Form.PLURAL) break;
        boolean construct = alone.form() == Scales.Form.ACCUSATIVE_OR_DUAL;
        if (construct && (w[0] + 1 >= n || !t.gapBefore(w[0] + 1).joins() || t.term(w[0] + 1).equals(MIN_FROM))) {
          break; // مليون وألفا من …: one thousand in the accusative, or two? Left unread
        }
        // مليونا و ألفا ريال: before its noun the construct dual is two of the scale
        value = value.add(alone.form() == Scales.Form.DUAL || construct ? alone.factor().add(alone.factor()) : alone.factor());
        scale = alone.factor();
        dualAlone = false;
        k = w[0] + 1;
        continue;
      }
      if (part.isFraction() && part.numerator().compareTo(BigDecimal.valueOf(part.denominator())) > 0) {
        break; // مليون ومائتين وثلاثة أخماس: fifths of what? Left unread
      }
      if (part.isFraction() && Numerals.isHundred(t, part.end())) { // ألف وربع مية = 1025
        value = value.add(part.times(HUNDRED));
        k = part.end() + 1;
        dualAlone = false;
        break;
      }
      if (part.isFraction()) {
        value = value.add(part.times(scale));
        k = part.end();
        Scales.Scale again = k < n && t.gapBefore(k).joins() ? Scales.ofDefinite(t.term(k)) : null;
        if (again != null && again.factor().compareTo(scale) == 0) k++;
        dualAlone = false;
        break;
      }
      int sk = part.end();
      Scales.Scale smaller = sk < n && t.gapBefore(sk).joins() ? Scales.of(t.term(sk)) : null;
      if (smaller == null && part.value().compareTo(scale) < 0) { // ألفان وخمسمائة، 3 آلاف و500
        value = value.add(part.value());
        k = sk;
        dualAlone = false;
        break;
      }
      if (smaller == null || smaller.factor().compareTo(scale) >= 0) break;
      value = value.add(part.times(smaller.factor()));
      scale = smaller.factor();
      dualAlone = false;
      k = sk + 1;
    }
    BigDecimal[] of = partOf(t, j, k);
    if (of != null) { // ستة وثمانون واثنا عشر من مئة = 86.12
      value = value.add(of[0]);
      k = of[1].intValue();
      dualAlone = false;
    }
    return new Amount(value, scale, skip, k, dualAlone);
  }

  /**
   * The decimals a number in words spells as a part of a power of ten, after the whole and و
   * (وخمسون من مئة = .50، وتسعة من عشرة = .9، وثمانية آلاف وتسعمائة وثلاثة من عشرة آلاف =
   * .8903), over words only from token j; as {value, end token}, or null. The part must be below
   * its power of ten and nothing numeric may follow it; a number right before من without و
   * (مئة وواحد وخمسون من مئة: 101.50 or 1.51?) is no such whole and is left unread.
   */
  private static BigDecimal[] partOf(TokenizedText t, int j, int k) {
    for (int x = j; x < k; x++) if (t.kind(x) != TokenKind.ARABIC) return null;
    int[] w = Numerals.afterWaw(t, k);
    if (w == null || t.kind(w[0]) != TokenKind.ARABIC) return null;
    Amount n = amount(t, w[0], w[1]);
    int e = n == null ? -1 : n.end();
    if (e < 0 || e + 1 >= t.size() || !t.gapBefore(e).joins() || !t.term(e).equals(MIN_FROM) || !t.gapBefore(e + 1).joins()) {
      return null;
    }
    for (int x = w[0]; x < e; x++) if (t.kind(x) != TokenKind.ARABIC) return null;
    BigDecimal part = n.value();
    if (part.signum() <= 0 || part.stripTrailingZeros().scale() > 0) return null;
    BigDecimal power = POWERS_OF_TEN.get(t.term(e + 1));
    if (power == null) return null;
    int end = e + 2;
    Scales.Scale s = end < t.size() && t.gapBefore(end).joins() ? Scales.of(t.term(end)) : null;
    if (s != null && s.factor().equals(Scales.THOUSAND) && power.compareTo(HUNDRED) <= 0) { // من عشرة آلاف، من مئة ألف
      power = power.multiply(Scales.THOUSAND);
      end++;
    }
    if (part.compareTo(power) >= 0) return null;
    if (end < t.size() && t.gapBefore(end).joins() && t.kind(end) == TokenKind.ARABIC && isNumberStart(t.term(end))) return null;
    return new BigDecimal[] {part.divide(power), BigDecimal.valueOf(end)};
  }

  /** The powers of ten a part is "of" (خمسون من مئة): عشرة، مئة، ألف، مليون. */
  private static final java.util.Map<String, BigDecimal> POWERS_OF_TEN = java.util.Map.of(
      Scales.fold("عشرة"), BigDecimal.TEN, Scales.fold("مئة"), HUNDRED, Scales.fold("مائة"), HUNDRED,
      Scales.fold("ألف"), Scales.THOUSAND, Scales.fold("مليون"), Scales.MILLION);

  /**
   * Where a number in words goes on after a comma and و, as numbers written out in full are
   * (مائة مليون، ومائة ألف، ومائة = 100,100,100): the word after the و, for an amount of words
   * only from token j to k; or null. The loop reading it takes only a part below the scale
   * before the comma, so a list (مليونان، وثلاثة ملايين) stays two figures.
   */
  private static int[] afterCommaWaw(TokenizedText t, int j, int k) {
    for (int x = j; x < k; x++) if (t.kind(x) != TokenKind.ARABIC) return null;
    int[] w = commaWaw(t, k);
    return w == null || t.kind(w[0]) != TokenKind.ARABIC ? null : w;
  }

  /**
   * Where a part below {@code scale} goes on without و (مليونين مائتين وخمسون ألف، 5 ملايين 200
   * ألف): a number right after the scale with a smaller scale after it, as {token, 0}, or null.
   * A bare number without its own scale (مليون 2016) is no part.
   */
  private static int[] bareSmallerScale(TokenizedText t, int k, BigDecimal scale) {
    if (k >= t.size() || !t.gapBefore(k).joins() || t.kind(k) == TokenKind.ARABIC && t.charAt(k, 0) == ArabicLetters.WAW) return null;
    Numerals.Numeral part = Numerals.read(t, k, 0);
    if (part == null || part.isFraction()) return null;
    int e = part.end();
    Scales.Scale s = e < t.size() && t.gapBefore(e).joins() ? Scales.of(t.term(e)) : null;
    return s != null && s.factor().compareTo(scale) < 0 ? new int[] {k, 0} : null;
  }

  /** Like {@link Numerals#afterWaw} for a و after a comma (، و): where the word after it starts, or null. */
  private static int[] commaWaw(TokenizedText t, int k) {
    if (k >= t.size() || !gapHasAny(t, k, ",\u060C") || !gapOnly(t, k, " ,\u060C")) return null;
    if (t.kind(k) != TokenKind.ARABIC || t.charAt(k, 0) != ArabicLetters.WAW) return null;
    if (t.length(k) > 1) return new int[] {k, 1};
    return k + 1 < t.size() && t.gapBefore(k + 1).joins() ? new int[] {k + 1, 0} : null;
  }

  /** Whether value is a whole number of hundreds (100 … 900) of scale: مائة ألف، ثلاثمائة مليون. */
  private static boolean roundHundreds(BigDecimal value, BigDecimal scale) {
    BigDecimal[] qr = value.divideAndRemainder(scale);
    if (qr[1].signum() != 0) return false;
    int x = qr[0].intValue();
    return qr[0].compareTo(BigDecimal.valueOf(900)) <= 0 && x >= 100 && x % 100 == 0;
  }

  /**
   * The vague amount at token j (مئات الملايين من الدولارات، مليارات الدولارات، عشرات
   * المليارات), or null.
   */
  private MoneyMatch vague(TokenizedText t, int i, int j, int preSkip) {
    if (t.kind(j) != TokenKind.ARABIC) return null;
    String w = t.term(j);
    MoneyMatch m = vague(t, i, j, w, preSkip);
    for (int k = 0; m == null && j == i && k < Proclitics.MONEY.forms().size(); k++) {
      int p = Proclitics.MONEY.cut(w, k);
      if (p > 0) m = vague(t, i, j, w.substring(p), p);
    }
    return m;
  }

  /** The vague amount whose first word, at token j, reads {@code w}; {@code skip} leads token i. */
  private MoneyMatch vague(TokenizedText t, int i, int j, String w, int skip) {
    int n = t.size();
    BigDecimal min;
    BigDecimal max;
    int k = j + 1;
    Scales.Vague v = Scales.vague(w);
    if (v != null) {
      Scales.Scale s = k < n && t.gapBefore(k).joins() ? Scales.ofDefinite(t.term(k)) : null;
      if (s != null && s.form() != Scales.Form.PLURAL) return null;
      BigDecimal f = s == null ? BigDecimal.ONE : s.factor();
      min = v.min().multiply(f);
      max = v.max().multiply(f);
      if (s != null) k++;
    } else {
      Scales.Scale s = Scales.ofDefinite(w);
      if (s == null || s.form() != Scales.Form.PLURAL) return null;
      min = s.factor();
      max = s.factor().multiply(BigDecimal.TEN);
    }
    CurrencyHit cur = currencyAt(t, k);
    if (cur == null || cur.code() == null) return null;
    k = cur.end();
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> post = postQualifier(t, k);
    if (post != null) k = post.end();
    return new MoneyMatch(i, skip, k, Money.range(min, max, cur.code(), Qualifier.VAGUE), null);
  }

  /**
   * The currency at token k, optionally after من (من الدولارات); code null for a phrase that
   * is not money (ريال مدريد); null when there is none.
   */
  private CurrencyHit currencyAt(TokenizedText t, int k) {
    int n = t.size();
    if (k >= n || !t.gapBefore(k).joins()) return null;
    boolean afterMin = false;
    if (t.length(k) == MIN_FROM.length() && t.term(k).equals(MIN_FROM)) {
      if (k + 1 >= n || !t.gapBefore(k + 1).joins()) return null;
      afterMin = true;
      k++;
    }
    PhraseTable.Hit<String> hit = lexicon.currencyAfter.longest(t, k);
    if (hit == null && !afterMin && t.kind(k) != TokenKind.NUMBER) {
      CurrencyHit abbr = abbreviation(t, k);
      if (abbr != null) return abbr;
      String w = t.term(k);
      PhraseTable.Hit<MoneyLexicon.Subunit> sub = lexicon.subunits.longestAs(t, k, w);
      if (sub != null) {
        String alone = sub.value().alone();
        return alone == null ? null : new CurrencyHit(alone, sub.end(), false, MoneyLexicon.perUnit(sub.value(), alone));
      }
      String fixed = t.kind(k) == TokenKind.ARABIC ? lexicon.misspelt(w) : null;
      if (fixed != null) hit = lexicon.currencyAfter.longestAs(t, k, fixed); // دولاار: hurried copy
    }
    if (hit == null) return null;
    String code = hit.value().equals(MoneyLexicon.NOT_MONEY) ? null : hit.value();
    return new CurrencyHit(code, hit.end(), afterMin);
  }

  /**
   * A currency abbreviation at token k: single letters joined by dots (ج.م، د.إ، ج.م.ع), read
   * as written so that د.إ (AED) and د.أ (JOD) stay apart; or null.
   */
  private CurrencyHit abbreviation(TokenizedText t, int k) {
    int n = t.size();
    if (t.kind(k) != TokenKind.ARABIC || t.length(k) != 1) return null;
    String original = t.text().original();
    StringBuilder letters = new StringBuilder().append(original, t.originalStart(k), t.originalEnd(k));
    String code = null;
    int end = k + 1;
    for (int j = k + 1; j < n && j < k + 3 && t.kind(j) == TokenKind.ARABIC && t.length(j) == 1
        && t.start(j) - t.end(j - 1) == 1 && t.text().normalized().charAt(t.start(j) - 1) == '.'; j++) {
      letters.append(original, t.originalStart(j), t.originalEnd(j));
      String c = lexicon.abbreviations.get(letters.toString());
      if (c != null) {
        code = c;
        end = j + 1;
      }
    }
    return code == null ? null : new CurrencyHit(code, end, false);
  }

  /** The cent of the dollar and of the currencies that divide like it. */
  private static final MoneyLexicon.Subunit CENT =
      new MoneyLexicon.Subunit("USD", java.util.Map.of("USD", 100, "EUR", 100, "CAD", 100, "AUD", 100));

  /** The cents of a Latin token of one or two digits and c (43c), or null. */
  private static BigDecimal gluedCents(String w) {
    int n = w.length();
    if (n < 2 || n > 3 || w.charAt(n - 1) != 'c') return null;
    for (int p = 0; p < n - 1; p++) if (!Character.isDigit(w.charAt(p))) return null;
    return new BigDecimal(w.substring(0, n - 1));
  }

  /**
   * The subunits after a unit: "و43 سنتا" after 20 دولارا, as {value in units, end token}; only
   * a subunit of {@code currency} counts. Null when there is none.
   */
  private BigDecimal[] subunitPart(TokenizedText t, int k, String currency) {
    int[] w = Numerals.afterWaw(t, k);
    if (w == null) w = commaWaw(t, k); // 15 جنيهاً، و70 قرشاً: the subunits after a comma are still the figure's
    int g = w == null ? k : w[0] + (w[1] == 0 ? 0 : 1);
    if ((w == null || w[1] == 0) && g < t.size() && t.gapBefore(g).joins() && t.kind(g) == TokenKind.LATIN) {
      BigDecimal cents = gluedCents(t.term(g)); // 20$ و 43c
      BigDecimal per = cents == null ? null : MoneyLexicon.perUnit(CENT, currency);
      if (per != null && cents.compareTo(per) < 0) return new BigDecimal[] {cents.divide(per), BigDecimal.valueOf(g + 1)};
    }
    if (w == null) return null;
    Numerals.Numeral part = Numerals.read(t, w[0], w[1]);
    if (part == null) { // ريال سعودي واحد وهللة واحدة، وهللتان
      PhraseTable.Hit<MoneyLexicon.Subunit> sub = lexicon.subunits.longestAs(t, w[0], t.term(w[0]).substring(w[1]));
      BigDecimal per = sub == null ? null : MoneyLexicon.perUnit(sub.value(), currency);
      BigDecimal[] count = per == null ? null : subunitCount(t, sub, w[1]);
      return count == null ? null : new BigDecimal[] {count[0].divide(per), count[1]};
    }
    if (part.isFraction()) return null;
    int e = part.end();
    if (e >= t.size() || !t.gapBefore(e).joins()) return null;
    PhraseTable.Hit<MoneyLexicon.Subunit> sub = lexicon.subunits.longest(t, e);
    BigDecimal per = sub == null ? null : MoneyLexicon.perUnit(sub.value(), currency);
    if (per == null || part.value().compareTo(per) >= 0) return null;
    return new BigDecimal[] {part.value().divide(per), BigDecimal.valueOf(sub.end())};
  }

  /**
   * Where a range's second amount starts after token k-1: {token, proclitic skip}, or null.
   * بين takes و, من takes إلى or حتى; without an opener إلى, حتى and a dash separate.
   */
  private static int[] rangeSeparator(TokenizedText t, int k, boolean opened, boolean fromMin) {
    int n = t.size();
    if (k >= n) return null;
    if (fromMin && t.gapBefore(k).joins() && t.kind(k) == TokenKind.ARABIC) { // من 5 لـ7، من عشرة لعشرين
      String w = t.term(k);
      if (w.equals(LAM) && k + 1 < n && t.gapBefore(k + 1) == Gap.NONE) return new int[] {k + 1, 0};
      if (w.length() > 2 && w.charAt(0) == ArabicLetters.LAM && Numerals.isNumberWord(w.substring(1))) {
        return new int[] {k, 1};
      }
    }
    if (opened && !fromMin) {
      if (t.term(k).equals(AND) && k + 1 < n && t.gapBefore(k + 1).joins()) return new int[] {k + 1, 0};
      return Numerals.afterWaw(t, k);
    }
    if (t.gapBefore(k).joins() && t.kind(k) == TokenKind.ARABIC && t.length(k) <= UNTIL.length()
        && (t.term(k).equals(TO) || t.term(k).equals(UNTIL))) {
      return k + 1 < n && t.gapBefore(k + 1).joins() ? new int[] {k + 1, 0} : null;
    }
    if (!opened && dashBefore(t, k)) return new int[] {k, 0};
    return null;
  }

  /**
   * After a lower bound, where an upper bound's amount starts, after و or أو and a comma at most
   * (أكثر من 5 وأقل من 10 ملايين دولار، أعلى من أو يساوي مائة، أو أخفض أو يساوي ثلاثمائة: a
   * range), or null.
   */
  private int[] upperBound(TokenizedText t, int k) {
    int n = t.size();
    if (k + 1 >= n || t.kind(k) != TokenKind.ARABIC || !t.gapBefore(k).joins() && !gapOnly(t, k, " ,\u060C")) return null;
    String w = t.term(k);
    int j = k;
    int skip = 0;
    if (w.equals(OR) || w.length() == 1 && w.charAt(0) == ArabicLetters.WAW) {
      if (!t.gapBefore(k + 1).joins()) return null;
      j = k + 1;
    } else if (w.charAt(0) == ArabicLetters.WAW) {
      skip = 1;
    } else {
      return null;
    }
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> hit = lexicon.qualifierBefore.longestAs(t, j, t.term(j).substring(skip));
    if (hit == null || hit.end() >= n || !t.gapBefore(hit.end()).joins()) return null;
    Qualifier q = hit.value().qualifier();
    return q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST ? new int[] {hit.end(), 0} : null;
  }

  private static final String OR = Scales.fold("أو");

  /** Whether only spaces and one dash (- – —), or a tilde alone, separate token k from the one before. */
  private static boolean dashBefore(TokenizedText t, int k) {
    String s = t.text().normalized();
    if (t.start(k) - t.end(k - 1) == 1 && s.charAt(t.end(k - 1)) == '~') return true; // ٢٠~١٠٠
    int dashes = 0;
    for (int c = t.end(k - 1); c < t.start(k); c++) {
      char ch = s.charAt(c);
      if (ch == '-' || ch == '\u2013' || ch == '\u2014') dashes++;
      else if (ch != ' ') return false;
    }
    return dashes == 1;
  }

  /**
   * The figure restating {@code m} in another currency right after it: in parentheses, or after
   * أي ("100 مليار ريال، أي ما يعادل 26.7 مليار دولار"); null if there is none.
   */
  private MoneyMatch equivalent(TokenizedText t, MoneyMatch m) {
    int k = m.endToken();
    if (k >= t.size()) return null;
    int at;
    if (gapHas(t, k, '(')) {
      at = k;
    } else if (t.term(k).equals(THAT_IS) && gapOnly(t, k, " ,،(") && k + 1 < t.size() && t.gapBefore(k + 1).joins()) {
      at = k + 1;
    } else {
      return null;
    }
    MoneyMatch e = figure(t, at);
    if (e == null || e.money().currency().equals(m.money().currency())) return null;
    return new MoneyMatch(e.startToken(), e.skip(), e.endToken(), e.money().equivalentOf(m.money()), null);
  }

  private static boolean gapHas(TokenizedText t, int k, char c) {
    String s = t.text().normalized();
    for (int p = t.end(k - 1); p < t.start(k); p++) if (s.charAt(p) == c) return true;
    return false;
  }

  private static boolean gapOnly(TokenizedText t, int k, String allowed) {
    String s = t.text().normalized();
    for (int p = t.end(k - 1); p < t.start(k); p++) if (allowed.indexOf(s.charAt(p)) < 0) return false;
    return true;
  }
}
