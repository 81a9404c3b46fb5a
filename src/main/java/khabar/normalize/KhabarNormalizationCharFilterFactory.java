package khabar.normalize;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link KhabarNormalizationCharFilter}, registered with Lucene's SPI as {@value
 * #NAME}. Takes no parameters.
 */
public final class KhabarNormalizationCharFilterFactory extends CharFilterFactory {
  public static final String NAME = "khabarNormalization";

  public KhabarNormalizationCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For the service loader only. */
  public KhabarNormalizationCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new KhabarNormalizationCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
