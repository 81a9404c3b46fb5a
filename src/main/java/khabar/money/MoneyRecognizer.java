package khabar.money;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;

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
 *   figure      = [qualifier] [sign] quantity [currency] [post] [equivalent]
 *                 (a currency sign or code before the amount, or a currency after it)
 *   quantity    = amount
 *               | amount ("-" | إلى | حتى) amount             → RANGE
 *               | بين amount [currency] و amount               → RANGE
 *               | من amount [currency] (إلى | حتى) amount      → RANGE
 *               | [عشرات | مئات | بضعة | عدة] plural-scale      → VAGUE
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

  private final MoneyLexicon lexicon;
  /** Every folded word that can begin a figure: qualifiers, numbers, scales, currencies, signs. */
  private final Set<String> starters;

  public MoneyRecognizer() {
    this.lexicon = MoneyLexicon.standard();
    Set<String> s = new HashSet<>();
    s.addAll(lexicon.qualifierBefore.firstWords());
    s.addAll(lexicon.currencyBefore.firstWords());
    s.addAll(lexicon.currencyAfter.firstWords());
    s.addAll(lexicon.currencyDual.firstWords());
    s.addAll(Numerals.firstWords());
    s.addAll(Scales.firstWords());
    this.starters = Set.copyOf(s);
  }

  /** The money figure starting at token {@code i} (with its equivalent, if any), or null. */
  public MoneyMatch match(TokenizedText t, int i) {
    MoneyMatch m = figure(t, i);
    if (m == null) return null;
    MoneyMatch eq = equivalent(t, m);
    return eq == null ? m : new MoneyMatch(m.startToken(), m.skip(), m.endToken(), m.money(), eq);
  }

  private record Amount(BigDecimal value, BigDecimal scale, int skip, int end, boolean dualAlone) {}

  private record CurrencyHit(String code, int end, boolean afterMin) {}

  private MoneyMatch figure(TokenizedText t, int i) {
    if (!canStart(t, i)) return null;
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> pre = lexicon.qualifierBefore.longest(t, i);
    if (pre == null) return body(t, i, i, 0, Qualifier.EXACT, false);
    Qualifier q = pre.value().qualifier();
    boolean fromMin = q == Qualifier.RANGE && t.term(pre.end() - 1).endsWith(MIN_FROM);
    // a verb keeps its qualifier across a few words: تتجاوز قيمتها 900 مليار دولار
    for (int j = pre.end(); j <= pre.end() + pre.value().reach() && j < t.size(); j++) {
      if (!t.gapBefore(j).joins()) return null;
      if (canStart(t, j)) return body(t, i, j, pre.skip(), q, fromMin);
      if (t.kind(j) != TokenKind.ARABIC) return null;
    }
    return null;
  }

  /**
   * The figure whose amount (or sign) starts at token j, after the qualifier {@code q} that
   * starts at token i; {@code skip} proclitic characters lead token i.
   */
  private MoneyMatch body(TokenizedText t, int i, int j, int skip, Qualifier q, boolean fromMin) {
    int n = t.size();
    String currency = null;
    PhraseTable.Hit<String> sign = lexicon.currencyBefore.longest(t, j);
    if (sign != null) {
      if (sign.value().equals(MoneyLexicon.NOT_MONEY)) return null;
      currency = sign.value();
      j = sign.end();
      if (j >= n || !t.gapBefore(j).joins()) return null;
    }
    boolean atStart = j == i;
    if (currency == null) {
      MoneyMatch m = vague(t, i, j, skip);
      if (m == null) m = unit(t, i, j, skip, q);
      if (m != null) return m;
    }
    Amount a = amount(t, j, atStart);
    if (a == null) return null;
    if (atStart) skip = a.skip();
    int k = a.end();
    CurrencyHit curA = currency == null ? currencyAt(t, k) : null;
    if (curA != null) {
      if (curA.code() == null) return null;
      k = curA.end();
    }
    // a second amount makes a range
    int[] second = rangeSeparator(t, k, q == Qualifier.RANGE, fromMin);
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
    if (max == null && a.dualAlone() && cur != null && cur.afterMin()) {
      min = a.scale(); // مليارًا من الدولارات: one billion, not the dual
    }
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> post = postQualifier(t, k);
    if (post != null) {
      q = combine(q, post.value().qualifier());
      k = post.end();
    }
    Money money = max != null ? Money.range(min, max, currency, Qualifier.RANGE) : Money.of(min, currency, q);
    return new MoneyMatch(i, skip, k, money, null);
  }

  /** A currency word that is its own amount: دولاران (2), دولار واحد (1); or null. */
  private MoneyMatch unit(TokenizedText t, int i, int j, int skip, Qualifier q) {
    if (q == Qualifier.RANGE) return null;
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
    } else {
      PhraseTable.Hit<String> c = lexicon.currencyAfter.longest(t, j);
      if (c == null || c.value().equals(MoneyLexicon.NOT_MONEY) || c.end() >= n || !t.gapBefore(c.end()).joins()) {
        return null;
      }
      String w = t.term(c.end());
      if (!w.equals(ONE) && !w.equals(ONE_F)) return null;
      value = BigDecimal.ONE;
      currency = c.value();
      k = c.end() + 1;
      wordSkip = c.skip();
    }
    PhraseTable.Hit<MoneyLexicon.QualifierPhrase> post = postQualifier(t, k);
    if (post != null) {
      q = combine(q, post.value().qualifier());
      k = post.end();
    }
    return new MoneyMatch(i, j == i ? wordSkip : skip, k, Money.of(value, currency, q), null);
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
  private boolean canStart(TokenizedText t, int i) {
    TokenKind kind = t.kind(i);
    if (kind == TokenKind.NUMBER || kind == TokenKind.SYMBOL) return true;
    String w = t.term(i);
    if (starters.contains(w)) return true;
    if (kind != TokenKind.ARABIC || !Proclitics.MONEY.mayStart(w.charAt(0))) return false;
    for (int k = 0; k < Proclitics.MONEY.forms().size(); k++) {
      int p = Proclitics.MONEY.cut(w, k);
      if (p > 0 && starters.contains(w.substring(p))) return true;
    }
    return false;
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
      Scales.Scale s = k < n && t.gapBefore(k).joins() ? Scales.of(t.term(k)) : null;
      if (s != null) {
        scale = s.factor();
        value = num.times(scale);
        k++;
      } else {
        value = num.value();
      }
    } else {
      if (t.kind(j) != TokenKind.ARABIC && t.kind(j) != TokenKind.LATIN) return null;
      Scales.Scale s = Scales.of(t.term(j).substring(skip));
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
      if (w == null) break;
      Numerals.Numeral part = Numerals.read(t, w[0], w[1]);
      if (part == null) break;
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
    return new Amount(value, scale, skip, k, dualAlone);
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
    if (t.term(k).equals(MIN_FROM)) {
      if (k + 1 >= n || !t.gapBefore(k + 1).joins()) return null;
      afterMin = true;
      k++;
    }
    PhraseTable.Hit<String> hit = lexicon.currencyAfter.longest(t, k);
    if (hit == null) return null;
    String code = hit.value().equals(MoneyLexicon.NOT_MONEY) ? null : hit.value();
    return new CurrencyHit(code, hit.end(), afterMin);
  }

  /**
   * Where a range's second amount starts after token k-1: {token, proclitic skip}, or null.
   * بين takes و, من takes إلى or حتى; without an opener إلى, حتى and a dash separate.
   */
  private static int[] rangeSeparator(TokenizedText t, int k, boolean opened, boolean fromMin) {
    int n = t.size();
    if (k >= n) return null;
    if (opened && !fromMin) {
      if (t.term(k).equals(AND) && k + 1 < n && t.gapBefore(k + 1).joins()) return new int[] {k + 1, 0};
      return Numerals.afterWaw(t, k);
    }
    if (t.gapBefore(k).joins() && (t.term(k).equals(TO) || t.term(k).equals(UNTIL))) {
      return k + 1 < n && t.gapBefore(k + 1).joins() ? new int[] {k + 1, 0} : null;
    }
    if (!opened && dashBefore(t, k)) return new int[] {k, 0};
    return null;
  }

  /** Whether only spaces and one dash (- – —) separate token k from the one before. */
  private static boolean dashBefore(TokenizedText t, int k) {
    String s = t.text().normalized();
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
