package khabar.money;

import java.util.Currency;
import java.util.Locale;

/**
 * The word lists of money figures, read from the data files next to this class: {@code
 * currencies.tsv} (currency phrases and signs) and {@code qualifiers.tsv} (the words that
 * qualify a figure). See {@link PhraseTable} for the format.
 */
final class MoneyLexicon {

  /** The currency column value for phrases that look like money and are not (ريال مدريد). */
  static final String NOT_MONEY = "-";

  private static final MoneyLexicon STANDARD = new MoneyLexicon();

  /** Currency phrases written after the amount (5 ملايين دولار، 5$). */
  final PhraseTable<String> currencyAfter;
  /** Currency signs and codes written before the amount ($5، US$ 5، USD 5). */
  final PhraseTable<String> currencyBefore;
  /** Qualifiers before the amount (أكثر من، نحو، بين). */
  final PhraseTable<Qualifier> qualifierBefore;
  /** Qualifiers after the currency (تقريبا، فقط، على الأقل). */
  final PhraseTable<Qualifier> qualifierAfter;

  private MoneyLexicon() {
    currencyAfter = PhraseTable.load("currencies.tsv", 2, c -> currency(c, true));
    currencyBefore = PhraseTable.load("currencies.tsv", 2, c -> currency(c, false));
    qualifierBefore = PhraseTable.load("qualifiers.tsv", 2, c -> qualifier(c, "before"));
    qualifierAfter = PhraseTable.load("qualifiers.tsv", 2, c -> qualifier(c, "after"));
  }

  static MoneyLexicon standard() {
    return STANDARD;
  }

  private static String currency(String[] cols, boolean after) {
    String code = cols[0].strip();
    if (!code.equals(NOT_MONEY)) {
      try {
        Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
      }
    }
    String where = cols[1].strip();
    return switch (where) {
      case "after" -> after ? code : null;
      case "both" -> code;
      default -> throw new IllegalArgumentException("where must be 'after' or 'both', not '" + where + "'");
    };
  }

  private static Qualifier qualifier(String[] cols, String position) {
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
    return where.equals(position) ? q : null;
  }
}
