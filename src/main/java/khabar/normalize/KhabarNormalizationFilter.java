package khabar.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link ArabicNormalizer} to each term; offsets are untouched. */
public final class KhabarNormalizationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public KhabarNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String folded = ArabicNormalizer.normalize(term.toString()).normalized();
    term.setEmpty().append(folded);
    return true;
  }
}
