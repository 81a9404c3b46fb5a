package khabar.normalize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The analyzer for Arabic news text, in two sides that differ only in compound expansion:
 *
 * <ul>
 *   <li>{@link #forIndexing()}: {@link KhabarTokenizer} (folded tokens, offsets into the
 *       original) → {@link ProcliticFilter} (وإنفيديا also as انفيديا, at the same position) →
 *       {@link CompoundPartsFilter} (gpt-4o also as gpt and 4o) → stop words.
 *   <li>{@link #forQueries()}: {@link KhabarTokenizer} → {@link ProcliticFilter} → stop words. The
 *       stripped forms of a query word are its synonyms, so الرقائق and والرقائق also find a bare
 *       رقائق (a researcher types the article out of habit, and a search must not lose the
 *       indefinite form), while the word as typed still ranks its exact form first. Compounds are
 *       not split on the query side: GPT-4o finds the compound only.
 * </ul>
 *
 * <p>Stop words are Lucene's Arabic list, folded by {@link ArabicNormalizer} (Lucene's list is
 * not normalized, so its هى and هي become one entry). No suffix is stemmed; docs/ANALYSIS.md
 * explains why. Wildcard and prefix queries are normalized with {@link KhabarNormalizationFilter}.
 *
 * <p>The same chain can be assembled from configuration through Lucene's SPI names: tokenizer
 * {@value KhabarTokenizerFactory#NAME}, filters {@value ProcliticFilterFactory#NAME}, {@value
 * CompoundPartsFilterFactory#NAME} and {@code stop}.
 */
public final class NewsAnalyzer extends Analyzer {

  /** Lucene's Arabic stop words, normalized. */
  public static final CharArraySet STOP_WORDS = foldedStopWords();

  private final boolean indexing;
  private final Proclitics proclitics = Proclitics.INDEX;

  /** The index-side analyzer; the same as {@link #forIndexing()}. */
  public NewsAnalyzer() {
    this(true);
  }

  private NewsAnalyzer(boolean indexing) {
    this.indexing = indexing;
  }

  /** The analyzer that writes the index: expands proclitics and compounds. */
  public static NewsAnalyzer forIndexing() {
    return new NewsAnalyzer(true);
  }

  /** The analyzer for query text: proclitic forms as synonyms, compounds kept whole. */
  public static NewsAnalyzer forQueries() {
    return new NewsAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KhabarTokenizer source = new KhabarTokenizer();
    TokenStream ts = source;
    ts = new ProcliticFilter(ts, proclitics);
    if (indexing) ts = new CompoundPartsFilter(ts);
    ts = new StopFilter(ts, STOP_WORDS);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new KhabarNormalizationFilter(in);
  }

  private static CharArraySet foldedStopWords() {
    CharArraySet out = new CharArraySet(ArabicAnalyzer.getDefaultStopSet().size(), false);
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      out.add(ArabicNormalizer.normalize(new String((char[]) w)).normalized());
    }
    return CharArraySet.unmodifiableSet(out);
  }
}
