package khabar.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The Lucene face of {@link Tokenizer}: the index sees exactly the tokens the tagger walks, already
 * folded by {@link ArabicNormalizer}, with offsets into the original text.
 *
 * <ul>
 *   <li>Arabic runs, Latin/alphanumeric runs (h800, 910b, 4o), numbers and currency signs are
 *       tokens, typed {@link #ARABIC}, {@link #LATIN}, {@link #NUMBER} and {@link #SYMBOL}.
 *   <li>Latin and number tokens joined by a single hyphen are one {@link #COMPOUND} token
 *       (gpt-4o, deepseek-r1, 2024-2025); {@link CompoundPartsFilter} adds the parts at index time.
 *   <li>Thousands separators are dropped from numbers written in groups of three (10,000 and
 *       ١٠٬٠٠٠ → 10000); a decimal point stays (5.6).
 *   <li>Offsets cover the original characters, including diacritics and tatweel inside and right
 *       after the word (الذَّكاءُ), so highlights mark what the article says.
 * </ul>
 *
 * <p>The whole field is read before the first token; article fields are small, and the tagger
 * needs the same look-ahead.
 */
public final class KhabarTokenizer extends org.apache.lucene.analysis.Tokenizer {

  public static final String ARABIC = "<ARABIC>";
  public static final String LATIN = "<LATIN>";
  public static final String NUMBER = "<NUMBER>";
  public static final String SYMBOL = "<SYMBOL>";
  public static final String COMPOUND = "<COMPOUND>";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final StringBuilder read = new StringBuilder();
  private final char[] chunk = new char[8192];

  private TokenizedText tokens;
  private int next;

  public KhabarTokenizer() {}

  public KhabarTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    read.setLength(0);
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) read.append(chunk, 0, n);
    tokens = Tokenizer.tokenize(read.toString());
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (next >= tokens.size()) return false;
    int first = next;
    int last = next;
    while (joinsNext(last)) last++;
    next = last + 1;
    String folded = tokens.text().normalized();
    int start = tokens.start(first);
    int end = tokens.end(last);
    TokenKind kind = tokens.kind(first);
    if (last > first) {
      type.setType(COMPOUND);
      term.append(folded, start, end);
    } else if (kind == TokenKind.NUMBER && isGrouped(folded, start, end)) {
      type.setType(NUMBER);
      for (int k = start; k < end; k++) {
        if (folded.charAt(k) != ',') term.append(folded.charAt(k));
      }
    } else {
      type.setType(typeOf(kind));
      term.append(folded, start, end);
    }
    offset.setOffset(
        correctOffset(tokens.originalStart(first)), correctOffset(tokens.originalEnd(last)));
    return true;
  }

  /** Whether token {@code i} and the next are alphanumeric and separated by exactly one '-'. */
  private boolean joinsNext(int i) {
    if (i + 1 >= tokens.size() || !isAlphanumeric(i) || !isAlphanumeric(i + 1)) return false;
    int gapStart = tokens.end(i);
    return tokens.start(i + 1) == gapStart + 1 && tokens.text().normalized().charAt(gapStart) == '-';
  }

  private boolean isAlphanumeric(int i) {
    return tokens.kind(i) == TokenKind.LATIN || tokens.kind(i) == TokenKind.NUMBER;
  }

  /** Digits in groups of three after a first group of one to three: 1,300 or 10,000.5. */
  static boolean isGrouped(CharSequence s, int start, int end) {
    int comma = -1;
    int groups = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == ',') {
        if ((comma == -1 ? k - start > 3 : k - comma != 4)) return false;
        comma = k;
        groups++;
      } else if (c == '.') {
        return groups > 0 && k - comma == 4;
      }
    }
    return groups > 0 && end - comma == 4;
  }

  private static String typeOf(TokenKind kind) {
    return switch (kind) {
      case ARABIC -> ARABIC;
      case LATIN -> LATIN;
      case NUMBER -> NUMBER;
      case SYMBOL -> SYMBOL;
    };
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(read.length());
    offset.setOffset(last, last);
  }

  @Override
  public void close() throws IOException {
    super.close();
    read.setLength(0);
    tokens = null;
  }
}
