package khabar.normalize;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link ArabicNormalizer} before tokenization, with offset corrections so that token
 * offsets still point into the original text. For chains whose tokenizer should see folded text
 * (tatweel and ZWNJ gone from inside words, presentation forms decomposed). Reads its whole input
 * on the first read.
 */
public final class KhabarNormalizationCharFilter extends BaseCharFilter {
  private String folded;
  private int pos;

  public KhabarNormalizationCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) fold();
    if (pos >= folded.length()) return -1;
    int n = Math.min(len, folded.length() - pos);
    folded.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private void fold() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) sb.append(chunk, 0, n);
    NormalizedText nt = ArabicNormalizer.normalize(sb.toString());
    folded = nt.normalized();
    int diff = 0;
    for (int i = 0; i < folded.length(); i++) {
      int d = nt.sourceOf(i) - i;
      if (d != diff) {
        addOffCorrectMap(i, d);
        diff = d;
      }
    }
    int end = nt.original().length() - folded.length();
    if (end != diff) addOffCorrectMap(folded.length(), end);
  }
}
