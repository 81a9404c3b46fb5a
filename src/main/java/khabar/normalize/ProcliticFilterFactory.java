package khabar.normalize;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link ProcliticFilter}, registered with Lucene's SPI as {@value #NAME}. Index side
 * only. Parameters:
 *
 * <ul>
 *   <li>{@code protected}: a word list resource (one per line, '#' comments) that replaces the
 *       built-in protected words;
 *   <li>{@code minStem}: letters left at least after a prefix without the article (default
 *       {@value Proclitics#DEFAULT_MIN_STEM}).
 * </ul>
 */
public final class ProcliticFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  public static final String NAME = "khabarProclitics";

  private final String protectedFile;
  private final int minStem;
  private Proclitics proclitics;

  public ProcliticFilterFactory(Map<String, String> args) {
    super(args);
    protectedFile = get(args, "protected");
    minStem = getInt(args, "minStem", Proclitics.DEFAULT_MIN_STEM);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    proclitics = new Proclitics(Proclitics.defaultProtectedWords(), minStem);
  }

  /** For the service loader only. */
  public ProcliticFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (protectedFile == null) return;
    CharArraySet words = getWordSet(loader, protectedFile, false);
    Set<String> protectedWords = new java.util.HashSet<>();
    for (Object w : words) protectedWords.add(new String((char[]) w));
    proclitics = new Proclitics(protectedWords, minStem);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ProcliticFilter(input, proclitics);
  }
}
