package khabar.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of money figures, read from the data files next to this class: {@code
 * currencies.tsv} (currency phrases, signs, codes and abbreviations), {@code subunits.tsv}
 * (cents, fils, halalas … and how many make a unit) and {@code qualifiers.tsv} (the words that
 * qualify a figure, and the negations that turn one around). See {@link PhraseTable} for the
 * format.
 */
final class MoneyLexicon {

  /** The currency column value for phrases that look like money and are not (ريال مدريد). */
  static final String NOT_MONEY = "-";

  private static final MoneyLexicon STANDARD = new MoneyLexicon();

  /** Currency phrases written after the amount (5 ملايين دولار، 5$). */
  final PhraseTable<String> currencyAfter;
  /** Currency signs and codes written before the amount ($5، US$ 5، USD 5). */
  final PhraseTable<String> currencyBefore;
  /** Currency nouns in the dual, which are the amount themselves (دولاران: two dollars). */
  final PhraseTable<String> currencyDual;
  /** Abbreviations (ج.م، د.إ) by their letters as written, dots left out: جم → EGP. */
  final Map<String, String> abbreviations;
  /** Subunit words (سنت، هللة، فلس) and the currencies they divide. */
  final PhraseTable<Subunit> subunits;
  /** Every currency code the tables name. */
  final Set<String> codes;
  /** Single currency words of five letters or more, for the misspelling guard. */
  private final Set<String> longWords;
  /** The first and the last letters of the long words, and the longest's length. */
  private final String firstLetters;
  private final String lastLetters;
  private final int maxLong;
  /**
   * Each long word with one letter dropped, one letter added or two neighbouring letters swapped
   * → the word: a misspelling is one look-up.
   */
  private final Map<String, String> variants;
  /** Words that negate the qualifier after them (لا، لم، لن): "لا يمكن أن تتجاوز" is AT_MOST. */
  final Set<String> negations;
  /** Qualifiers before the amount (أكثر من، نحو، بين). */
  final PhraseTable<QualifierPhrase> qualifierBefore;
  /** Phrases after a figure that make it a price per share (للسهم، لكل سهم). */
  final PhraseTable<Boolean> perShare;
  /** Words right before a number that make it no amount (عام 2025، هاتف 15، رقم 0501234567). */
  final Set<String> notMoneyBefore;
  /** Words right before a year (عام 2025): a four-digit number from 1900 to 2100 after them is no amount. */
  final Set<String> yearBefore;
  /** Qualifiers after the currency (تقريبا، فقط، على الأقل). */
  final PhraseTable<QualifierPhrase> qualifierAfter;

  /**
   * A qualifier phrase and how many words may stand between it and the amount: a verb keeps
   * its qualifier across its subject ("تتجاوز قيمتها 900 مليار دولار", "لا تتجاوز قيمة الواحدة
   * منها 150 ألف دولار").
   */
  record QualifierPhrase(Qualifier qualifier, int reach) {}

  /**
   * A subunit word: the currency it means alone (null when it names no one currency) and how
   * many of it make one unit of each currency it divides.
   */
  record Subunit(String alone, Map<String, Integer> perUnit) {}

  private MoneyLexicon() {
    List<String> lines = new ArrayList<>(lines("currencies.tsv"));
    abbreviations = new HashMap<>();
    Set<String> seen = new TreeSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String[] c = lines.get(n).strip().split("\t");
      if (c.length < 3 || c[0].startsWith("#") || c[0].startsWith("@") && c.length < 2) continue;
      if (!c[1].strip().equals(NOT_MONEY)) seen.add(c[1].strip());
      if (c[2].strip().equals("abbr")) {
        String key = c[0].strip().replace(".", "");
        String old = abbreviations.put(key, c[1].strip());
        if (old != null && !old.equals(c[1].strip())) {
          throw new IllegalArgumentException("currencies.tsv:" + (n + 1) + ": abbreviation " + c[0] + " is already " + old);
        }
      }
    }
    codes = Set.copyOf(seen);
    for (String code : codes) lines.add(code.toLowerCase(Locale.ROOT) + "\t" + code + "\tboth"); // 42 KWD، USD 5
    currencyAfter = PhraseTable.parse("currencies.tsv", lines, 2, c -> currency(c, "after"));
    currencyBefore = PhraseTable.parse("currencies.tsv", lines, 2, c -> currency(c, "before"));
    subunits = PhraseTable.load("subunits.tsv", 2, MoneyLexicon::subunit);
    longWords = new HashSet<>();
    variants = new HashMap<>();
    StringBuilder first = new StringBuilder();
    StringBuilder last = new StringBuilder();
    int longest = 0;
    for (String w : currencyAfter.firstWords()) {
      if (w.length() < MIN_MISSPELT || !isArabic(w)) continue;
      longWords.add(w);
      if (first.indexOf(w.substring(0, 1)) < 0) first.append(w.charAt(0));
      if (last.indexOf(w.substring(w.length() - 1)) < 0) last.append(w.charAt(w.length() - 1));
      longest = Math.max(longest, w.length());
      for (int k = 0; k < w.length(); k++) variants.putIfAbsent(w.substring(0, k) + w.substring(k + 1), w);
      char[] c = w.toCharArray();
      for (int k = 0; k + 1 < c.length; k++) {
        if (c[k] == c[k + 1]) continue;
        char x = c[k];
        c[k] = c[k + 1];
        c[k + 1] = x;
        variants.putIfAbsent(new String(c), w);
        c[k + 1] = c[k];
        c[k] = x;
      }
      for (int k = 0; k <= w.length(); k++) {
        for (char x = '\u0621'; x <= '\u064A'; x++) variants.putIfAbsent(w.substring(0, k) + x + w.substring(k), w);
      }
    }
    firstLetters = first.toString();
    lastLetters = last.toString();
    maxLong = longest;
    negations = new HashSet<>();
    Set<String> notMoney = new HashSet<>();
    Set<String> years = new HashSet<>();
    for (String line : lines("qualifiers.tsv")) {
      String[] c = line.strip().split("\t");
      if (c.length >= 2 && c[1].strip().equals("NEGATION")) negations.add(Scales.fold(c[0].strip()));
      if (c.length >= 2 && c[1].strip().equals(NOT_MONEY_WORD)) {
        for (String w : c[0].strip().split("\\|")) notMoney.add(Scales.fold(w));
      }
      if (c.length >= 2 && c[1].strip().equals(YEAR)) {
        for (String w : c[0].strip().split("\\|")) years.add(Scales.fold(w));
      }
    }
    notMoneyBefore = new HashSet<>(notMoney);
    yearBefore = new HashSet<>(years);
    currencyDual = PhraseTable.parse("currencies.tsv", lines, 2, c -> currency(c, "dual"));
    qualifierBefore = PhraseTable.load("qualifiers.tsv", 2, c -> qualifier(c, "before"));
    qualifierAfter = PhraseTable.load("qualifiers.tsv", 2, c -> qualifier(c, "after"));
    perShare = PhraseTable.load("qualifiers.tsv", 2, c -> c[0].strip().equals(PER_SHARE) ? Boolean.TRUE : null);
  }

  static MoneyLexicon standard() {
    return STANDARD;
  }

  private static final String PER_SHARE = "PER_SHARE";
  private static final String NOT_MONEY_WORD = "NOT_MONEY";
  private static final String YEAR = "YEAR";

  /** Words shorter than this are never read as misspelt currency words. */
  static final int MIN_MISSPELT = 5;

  /**
   * The currency word {@code word} misspells by one letter added, dropped or two letters
   * swapped (دولاار، دولرات، دوالر), or null. Both words have five letters or more, and a
   * substituted letter never counts: it turns currency words into ordinary ones (دولاب).
   */
  String misspelt(String word) {
    int n = word.length();
    // one edit keeps the first or the last letter: most words fail here without an allocation
    if (n < MIN_MISSPELT || n > maxLong + 1 || firstLetters.indexOf(word.charAt(0)) < 0 && lastLetters.indexOf(word.charAt(n - 1)) < 0) {
      return null;
    }
    return variants.get(word);
  }

  private static boolean isArabic(String w) {
    for (int k = 0; k < w.length(); k++) if (w.charAt(k) < '\u0600' || w.charAt(k) > '\u06FF') return false;
    return true;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = MoneyLexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource khabar/money/" + resource);
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException("reading khabar/money/" + resource, e);
    }
  }

  private static Subunit subunit(String[] cols) {
    String alone = cols[0].strip();
    if (!alone.equals(NOT_MONEY)) iso(alone);
    Map<String, Integer> per = new LinkedHashMap<>();
    String list = cols.length > 1 ? cols[1].strip() : "";
    if (list.isEmpty()) {
      if (alone.equals(NOT_MONEY)) throw new IllegalArgumentException("a subunit needs currency:count pairs");
      per.put(alone, 100);
    }
    for (String pair : list.isEmpty() ? new String[0] : list.split(" +")) {
      int colon = pair.indexOf(':');
      if (colon < 0) throw new IllegalArgumentException("expected currency:count, not '" + pair + "'");
      String code = iso(pair.substring(0, colon));
      try {
        per.put(code, Integer.parseInt(pair.substring(colon + 1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected currency:count, not '" + pair + "'");
      }
    }
    if (!alone.equals(NOT_MONEY) && !per.containsKey(alone)) {
      throw new IllegalArgumentException(alone + " is not among the currencies the subunit divides");
    }
    return new Subunit(alone.equals(NOT_MONEY) ? null : alone, Map.copyOf(per));
  }

  private static String iso(String code) {
    try {
      Currency.getInstance(code);
      return code;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
    }
  }

  /** Subunits per unit of {@code code}: 100 for the cent of the dollar. */
  static BigDecimal perUnit(Subunit s, String code) {
    Integer n = s.perUnit().get(code);
    return n == null ? null : BigDecimal.valueOf(n);
  }

  private static String currency(String[] cols, String position) {
    String code = cols[0].strip();
    if (!code.equals(NOT_MONEY)) iso(code);
    String where = cols[1].strip();
    return switch (where) {
      case "after", "dual" -> where.equals(position) ? code : null;
      case "both" -> position.equals("dual") ? null : code;
      case "abbr" -> null;
      default -> throw new IllegalArgumentException("where must be after, both, dual or abbr, not '" + where + "'");
    };
  }

  private static QualifierPhrase qualifier(String[] cols, String position) {
    String kind = cols[0].strip();
    if (kind.equals("NEGATION") || kind.equals(PER_SHARE) || kind.equals(NOT_MONEY_WORD) || kind.equals(YEAR)) {
      return null;
    }
    Qualifier q;
    try {
      q = Qualifier.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown qualifier '" + cols[0].strip() + "'");
    }
    String where = cols[1].strip();
    if (!where.equals("before") && !where.equals("after")) {
      throw new IllegalArgumentException("where must be 'before' or 'after', not '" + where + "'");
    }
    int reach = 0;
    if (cols.length > 2) {
      try {
        reach = Integer.parseInt(cols[2].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("reach must be a number of words, not '" + cols[2].strip() + "'");
      }
    }
    return where.equals(position) ? new QualifierPhrase(q, reach) : null;
  }
}
