package khabar.money;

/**
 * The letters that attach to the front of an Arabic word a money figure starts with: the
 * conjunctions و (and) and ف (so), the prepositions ب (at, for) and ل (to), and their pairs
 * (وب، ول، فب، فل). "بنحو 101 دولار", "بأكثر من", "وملياري دولار", "لنحو".
 *
 * <p>A proclitic is never part of a mention's span: the span begins after it.
 */
final class Proclitics {

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';

  /** Proclitic sequences, shortest first, so that a tie between readings keeps the shorter. */
  private static final String[] ALL = {
    String.valueOf(WAW), String.valueOf(FEH), String.valueOf(BEH), String.valueOf(LAM),
    "" + WAW + BEH, "" + WAW + LAM, "" + FEH + BEH, "" + FEH + LAM
  };

  /** Letters that must remain after a proclitic for the rest to count as a word. */
  private static final int MIN_STEM = 2;

  private Proclitics() {}

  /** How many readings {@link #at(String, int)} offers for {@code word}. */
  static int count() {
    return ALL.length;
  }

  /**
   * The length of the {@code k}-th proclitic if {@code word} starts with it and keeps a stem of
   * at least two letters, else 0.
   */
  static int at(String word, int k) {
    String p = ALL[k];
    return word.length() - p.length() >= MIN_STEM && word.startsWith(p) ? p.length() : 0;
  }

  /** Whether {@code word} is the conjunction و alone or starts with it (و6 is split by the tokenizer). */
  static boolean isWaw(String word) {
    return word.length() == 1 && word.charAt(0) == WAW;
  }
}
