package khabar.extract;

/**
 * Whether a text is Arabic by its letters alone, so that the language model need not be asked.
 * Many languages are written in the Arabic script (Persian, Urdu, Pashto, Kurdish Sorani, Sindhi,
 * Uyghur, Punjabi Shahmukhi, Malay Jawi...), and each of them uses letters that Arabic does not:
 * Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ہ ے, Kurdish ڕ ڵ ۆ ێ ە, Pashto ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې, Sindhi ٻ ڄ
 * ڃ ڌ ڏ ڙ ڪ ڳ ڻ, Uyghur ۇ ۈ ۋ ې ە, and their own digits ۰ to ۹ (Persian and Urdu). Arabic is written
 * with the 36 letters of {@link #ALPHABET_FIRST}–{@link #ALPHABET_LAST} alone, so every other
 * letter of the Arabic script is evidence of another language.
 *
 * <p>A text is {@link #isArabic surely Arabic} when, in the sample the language model would read:
 *
 * <ol>
 *   <li>it has at least {@link #MIN_LETTERS} letters of the Arabic alphabet (a short text is left
 *       to the model, which is cheap on it);
 *   <li>they are at least {@link #MIN_SHARE_PERCENT} % of all its letters (a Latin brand name in
 *       an Arabic sentence is fine; a bilingual page is not);
 *   <li>letters and digits of the other Arabic-script languages are noise: at most one for every
 *       {@link #NOISE_RATIO} Arabic letters (an Arabic article that writes Volvo ڤولفو or
 *       quotes one Persian name stays Arabic; Persian uses ی in most sentences);
 *   <li>and the Arabic definite article opens at least one word in {@link #ARTICLE_RATIO}
 *       (ال, alone or after و ف ب ك ل, and لل): Persian typed on an Arabic keyboard (ي and ك
 *       for ی and ک, which older Persian sites do) has none of the other letters but rarely the
 *       article; Arabic news has it on about a third of its words.
 * </ol>
 *
 * <p>Anything else is not decided here: the caller asks the language model, exactly as before.
 * The rule never says "not Arabic", only "Arabic" or "ask the model", so it can only be wrong by
 * calling a text Arabic that the model would call something else; the thresholds are set so that
 * on every text we hold the two agree (docs/INGEST.md). Latin-script text has no such shortcut:
 * its letters do not tell English from the other Latin-script languages the model knows.
 *
 * <p>A pure function of its input: no state, no allocation.
 */
public final class ArabicScript {

  /** The Arabic alphabet: hamza to ghain, then feh to yeh (tatweel, U+0640, is no letter). */
  static final char ALPHABET_FIRST = '\u0621';
  static final char ALPHABET_GAP_FIRST = '\u063B';
  static final char ALPHABET_GAP_LAST = '\u0640';
  /** Stretches a word (الـذكاء); Unicode calls it a letter, Arabic headlines use it. */
  static final char TATWEEL = '\u0640';
  static final char ALPHABET_LAST = '\u064A';

  // the definite article and the proclitics that may stand before it
  static final char ALEF = '\u0627';
  static final char LAM = '\u0644';
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char KAF = '\u0643';

  /** The Arabic block: its letters outside the alphabet belong to other languages. */
  static final char BLOCK_FIRST = '\u0600';
  static final char BLOCK_LAST = '\u06FF';
  /** Extended Arabic-Indic digits, ۰ to ۹: Persian and Urdu write these, Arabic writes ٠ to ٩. */
  static final char EXTENDED_DIGIT_ZERO = '\u06F0';
  static final char EXTENDED_DIGIT_NINE = '\u06F9';
  /** Arabic Supplement (U+0750–U+077F): letters of African and Pakistani languages. */
  static final char SUPPLEMENT_FIRST = '\u0750';
  static final char SUPPLEMENT_LAST = '\u077F';
  /** Arabic Extended-B and -A (U+0870–U+08FF). */
  static final char EXTENDED_FIRST = '\u0870';
  static final char EXTENDED_LAST = '\u08FF';
  /**
   * Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF): glyphs, not letters, that text converted
   * from PDF carries; such text is left to the model.
   */
  static final char PRESENTATION_A_FIRST = '\uFB50';
  static final char PRESENTATION_A_LAST = '\uFDFF';
  static final char PRESENTATION_B_FIRST = '\uFE70';
  static final char PRESENTATION_B_LAST = '\uFEFF';

  static final int MIN_LETTERS = 60;
  static final int MIN_SHARE_PERCENT = 80;
  static final int NOISE_RATIO = 100;
  static final int ARTICLE_RATIO = 12;

  private ArabicScript() {}

  /** Whether {@code sample} is Arabic by the rules above; false means "ask the language model". */
  public static boolean isArabic(CharSequence sample) {
    int arabic = 0;
    int foreign = 0;
    int otherLetters = 0;
    int words = 0;
    int articles = 0;
    int wordLetters = 0; // letters of the current Arabic word so far
    char first = 0;
    char second = 0;
    char third = 0;
    for (int i = 0, n = sample.length(); i < n; i++) {
      char c = sample.charAt(i);
      if (isAlphabet(c)) {
        arabic++;
        if (wordLetters == 0) first = c;
        else if (wordLetters == 1) second = c;
        else if (wordLetters == 2) third = c;
        wordLetters++;
        continue;
      }
      if (wordLetters > 0 && !isWordMark(c)) {
        words++;
        if (hasArticle(first, second, third, wordLetters)) articles++;
        wordLetters = 0;
      }
      if (isOtherArabicScript(c)) foreign++;
      else if (Character.isLetter(c)) otherLetters++;
    }
    if (wordLetters > 0) {
      words++;
      if (hasArticle(first, second, third, wordLetters)) articles++;
    }
    return arabic >= MIN_LETTERS
        && arabic * 100L >= (long) MIN_SHARE_PERCENT * (arabic + foreign + otherLetters)
        && (long) foreign * NOISE_RATIO <= arabic
        && (long) articles * ARTICLE_RATIO >= words;
  }

  /** One of the 36 letters Arabic is written with. */
  static boolean isAlphabet(char c) {
    return c >= ALPHABET_FIRST && c <= ALPHABET_LAST && (c < ALPHABET_GAP_FIRST || c > ALPHABET_GAP_LAST);
  }

  /**
   * A letter or digit of the Arabic script that Arabic does not use: the letters of the Arabic
   * block outside the alphabet (not its marks, punctuation or Arabic-Indic digits), the extended
   * digits, the Supplement and Extended blocks, and the presentation forms.
   */
  static boolean isOtherArabicScript(char c) {
    if (c >= EXTENDED_DIGIT_ZERO && c <= EXTENDED_DIGIT_NINE) return true;
    if (c >= BLOCK_FIRST && c <= BLOCK_LAST) return Character.isLetter(c) && !isAlphabet(c) && c != TATWEEL;
    return (c >= SUPPLEMENT_FIRST && c <= SUPPLEMENT_LAST)
        || (c >= EXTENDED_FIRST && c <= EXTENDED_LAST && Character.isLetter(c))
        || (c >= PRESENTATION_A_FIRST && c <= PRESENTATION_A_LAST)
        || (c >= PRESENTATION_B_FIRST && c <= PRESENTATION_B_LAST);
  }

  /** Tatweel and the vowel marks: inside a word, not between words. */
  private static boolean isWordMark(char c) {
    return c == TATWEEL || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
  }

  /** Whether a word of {@code length} letters opening with these three starts with the article. */
  private static boolean hasArticle(char first, char second, char third, int length) {
    if (length < 3) return false;
    if (first == ALEF && second == LAM) return true; // ال
    if (first == LAM && second == LAM) return true; // لل: ل + ال
    boolean proclitic = first == WAW || first == FEH || first == BEH || first == KAF;
    return proclitic && length >= 4 && second == ALEF && third == LAM; // وال فال بال كال
  }
}
