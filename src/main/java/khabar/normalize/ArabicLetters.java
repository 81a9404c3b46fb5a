package khabar.normalize;

/**
 * The Arabic letters the project's rules name, defined once: the 36 letters of the Arabic block
 * (U+0621–U+064A) with tatweel, and the Persian, Urdu and Kurdish letters the normalizer folds.
 * Code spells a letter by its Unicode name here rather than as a literal, so that a rule reads the
 * same in any editor and bidirectional text never reorders a character class.
 */
public final class ArabicLetters {

  // the Arabic block, in code-point order
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char THEH = '\u062B';
  public static final char JEEM = '\u062C';
  public static final char HAH = '\u062D';
  public static final char KHAH = '\u062E';
  public static final char DAL = '\u062F';
  public static final char THAL = '\u0630';
  public static final char REH = '\u0631';
  public static final char ZAIN = '\u0632';
  public static final char SEEN = '\u0633';
  public static final char SHEEN = '\u0634';
  public static final char SAD = '\u0635';
  public static final char DAD = '\u0636';
  public static final char TAH = '\u0637';
  public static final char ZAH = '\u0638';
  public static final char AIN = '\u0639';
  public static final char GHAIN = '\u063A';
  public static final char TATWEEL = '\u0640';
  public static final char FEH = '\u0641';
  public static final char QAF = '\u0642';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char MEEM = '\u0645';
  public static final char NOON = '\u0646';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';

  // marks and letters of other languages written in Arabic script, folded by ArabicNormalizer
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  public static final char HIGH_HAMZA = '\u0674';
  public static final char HIGH_HAMZA_ALEF = '\u0675';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char KEHEH = '\u06A9';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_BARREE = '\u06D2';
  public static final char E = '\u06D0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char HEH_YEH = '\u06C0';
  public static final char AE = '\u06D5';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char VEH = '\u06A4';
  public static final char FEH_THREE_DOTS_BELOW = '\u06A5';
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char GAF = '\u06AF';
  public static final char NG = '\u06AD';
  public static final char JEH = '\u0698';
  public static final char QAF_THREE_DOTS_ABOVE = '\u06A8';

  private ArabicLetters() {}
}
