package khabar.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ArabicNormalizer} to each term, in place; offsets are untouched. For chains that
 * start with another tokenizer (Lucene's StandardTokenizer, say); {@link KhabarTokenizer} already
 * emits folded terms. A term that folds to nothing (a lone diacritic) becomes empty.
 */
public final class KhabarNormalizationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public KhabarNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    int len = ArabicNormalizer.normalize(term.buffer(), term.length());
    if (len >= 0) {
      term.setLength(len);
    } else {
      String folded = ArabicNormalizer.normalize(term.toString()).normalized();
      term.setEmpty().append(folded);
    }
    return true;
  }
}
