package khabar.normalize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzer for Arabic news text, used at index and query time alike. */
public final class NewsAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream ts = new KhabarNormalizationFilter(source);
    ts = new ArabicStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new KhabarNormalizationFilter(in);
  }
}
