package khabar.normalize;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link KhabarNormalizationFilter}, registered with Lucene's SPI as {@value #NAME}.
 * Takes no parameters; also used for multi-term queries (wildcards, prefixes).
 */
public final class KhabarNormalizationFilterFactory extends TokenFilterFactory {
  public static final String NAME = "khabarNormalization";

  public KhabarNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For the service loader only. */
  public KhabarNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new KhabarNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
