package khabar.normalize;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link CompoundPartsFilter}, registered with Lucene's SPI as {@value #NAME}. Takes
 * no parameters. Index side only.
 */
public final class CompoundPartsFilterFactory extends TokenFilterFactory {
  public static final String NAME = "khabarCompoundParts";

  public CompoundPartsFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For the service loader only. */
  public CompoundPartsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompoundPartsFilter(input);
  }
}
