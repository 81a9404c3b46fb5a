package khabar.normalize;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link KhabarTokenizer}, registered with Lucene's SPI as {@value #NAME}:
 * {@code CustomAnalyzer.builder().withTokenizer("khabar")}. Takes no parameters.
 */
public final class KhabarTokenizerFactory extends TokenizerFactory {
  public static final String NAME = "khabar";

  public KhabarTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For the service loader only. */
  public KhabarTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public KhabarTokenizer create(AttributeFactory factory) {
    return new KhabarTokenizer(factory);
  }
}
