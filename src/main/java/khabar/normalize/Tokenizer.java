package khabar.normalize;

/**
 * Splits a {@link NormalizedText} into the tokens that the tagger and the money recognizer walk.
 *
 * <ul>
 *   <li>{@link TokenKind#ARABIC}: a run of Arabic letters.
 *   <li>{@link TokenKind#LATIN}: a run of other letters, possibly with digits (h800, gpt, 910b).
 *   <li>{@link TokenKind#NUMBER}: digits, with '.' or ',' kept between two digits (5.6, 1,300).
 *   <li>{@link TokenKind#SYMBOL}: one currency or percent sign ($ € £ ¥ ¢ %).
 * </ul>
 *
 * <p>A run of Latin letters followed by digits stays one token (h800), as do digits followed by
 * Latin letters (910b, 4o); Arabic letters and digits are split (آر1 → ار, 1). Everything else is
 * a separator, recorded per token as a {@link Gap} so that multi-word names never match across
 * punctuation; an ampersand glued between Latin letters (AT&amp;T) joins like a hyphen.
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static TokenizedText tokenize(String text) {
    return tokenize(ArabicNormalizer.normalize(text));
  }

  public static TokenizedText tokenize(NormalizedText nt) {
    String s = nt.normalized();
    int n = s.length();
    TokenizedText.Builder b = new TokenizedText.Builder(nt, Math.max(16, n / 5));
    int i = 0;
    int prevEnd = 0;
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      TokenKind kind;
      if (isArabicLetter(c)) {
        while (i < n && isArabicLetter(s.charAt(i))) i++;
        kind = TokenKind.ARABIC;
      } else if (isDigit(c)) {
        i = scanNumber(s, i);
        if (i < n && isLatinLetter(s.charAt(i))) {
          while (i < n && (isLatinLetter(s.charAt(i)) || isDigit(s.charAt(i)))) i++;
          kind = TokenKind.LATIN;
        } else {
          kind = TokenKind.NUMBER;
        }
      } else if (isLatinLetter(c)) {
        while (i < n && (isLatinLetter(s.charAt(i)) || isDigit(s.charAt(i)))) i++;
        kind = TokenKind.LATIN;
      } else if (isSymbol(c)) {
        i++;
        kind = TokenKind.SYMBOL;
      } else {
        i++;
        continue;
      }
      b.add(start, i, kind, gap(s, prevEnd, start));
      prevEnd = i;
    }
    return b.build();
  }

  private static int scanNumber(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',') && i + 1 < n && isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  static Gap gap(String s, int from, int to) {
    if (from >= to) return Gap.NONE;
    // AT&T, S&P, H&M: an ampersand between letters joins one name; with spaces (Apple & Google) it
    // joins two names, so it stays a break
    if (to - from == 1 && s.charAt(from) == '&' && from > 0 && to < s.length()
        && isLatinLetter(s.charAt(from - 1)) && isLatinLetter(s.charAt(to))) {
      return Gap.JOINER;
    }
    Gap g = Gap.SPACE;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == ' ') continue;
      if (c == '-' || c == '.' || c == '_' || c == '/' || c == '\u2010' || c == '\u2011') {
        g = Gap.JOINER;
      } else {
        return Gap.BREAK;
      }
    }
    return g;
  }

  public static boolean isArabicLetter(char c) {
    return ((c >= '\u0620' && c <= '\u064A')
            || (c >= '\u066E' && c <= '\u06D3')
            || (c >= '\u06FA' && c <= '\u06FF')
            || (c >= '\u0750' && c <= '\u077F')
            || (c >= '\u08A0' && c <= '\u08C9'))
        && c != '\u0640';
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isLatinLetter(char c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return Character.isLetter(c) && !isArabicLetter(c);
  }

  static boolean isSymbol(char c) {
    return c == '$' || c == '%' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\u00A2';
  }
}
