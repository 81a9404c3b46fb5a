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
  /** Currency nouns in the dual, which are the amount themselves (دولاران: two dollars). */
  final PhraseTable<String> currencyDual;
  /** Qualifiers before the amount (أكثر من، نحو، بين). */
  final PhraseTable<QualifierPhrase> qualifierBefore;
  /** Qualifiers after the currency (تقريبا، فقط، على الأقل). */
  final PhraseTable<QualifierPhrase> qualifierAfter;

  /**
   * A qualifier phrase and how many words may stand between it and the amount: a verb keeps
   * its qualifier across its subject ("تتجاوز قيمتها 900 مليار دولار", "لا تتجاوز قيمة الواحدة
   * منها 150 ألف دولار").
   */
  record QualifierPhrase(Qualifier qualifier, int reach) {}

  private MoneyLexicon() {
    currencyAfter = PhraseTable.load("currencies.tsv", 2, c -> currency(c, "after"));
    currencyBefore = PhraseTable.load("currencies.tsv", 2, c -> currency(c, "before"));
    currencyDual = PhraseTable.load("currencies.tsv", 2, c -> currency(c, "dual"));
    qualifierBefore = PhraseTable.load("qualifiers.tsv", 2, c -> qualifier(c, "before"));
    qualifierAfter = PhraseTable.load("qualifiers.tsv", 2, c -> qualifier(c, "after"));
  }

  static MoneyLexicon standard() {
    return STANDARD;
  }

  private static String currency(String[] cols, String position) {
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
      case "after", "dual" -> where.equals(position) ? code : null;
      case "both" -> position.equals("dual") ? null : code;
      default -> throw new IllegalArgumentException("where must be after, both or dual, not '" + where + "'");
    };
  }

  private static QualifierPhrase qualifier(String[] cols, String position) {
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
