package khabar.normalize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;

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
 * <p>Both sides end by cutting a token to its first {@value #MAX_TOKEN_CHARS} characters: a
 * 40,000-letter "word" (a base64 blob, a run of one letter) would otherwise exceed Lucene's
 * 32,766-byte term limit and fail the whole document. No real word comes near the limit, so the cut
 * costs nothing for search; {@link #overlongTokens} counts the cut tokens for the ingest report.
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

  /**
   * The longest token kept whole, in characters. At most 4 UTF-8 bytes a character, a cut token
   * stays far below Lucene's 32,766-byte term limit.
   */
  public static final int MAX_TOKEN_CHARS = 255;

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
    ts = new TruncateTokenFilter(ts, MAX_TOKEN_CHARS);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new KhabarNormalizationFilter(in);
  }

  /**
   * How many tokens of {@code text} are longer than {@value #MAX_TOKEN_CHARS} characters and so cut
   * by this analyzer. Only runs of more than that many non-space characters are tokenized (a token
   * never spans white space), so ordinary text costs one scan.
   */
  public static int overlongTokens(String text) {
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      if (i - start > MAX_TOKEN_CHARS) count += overlongIn(text.substring(start, i));
    }
    return count;
  }

  private static int overlongIn(String run) {
    int count = 0;
    try (KhabarTokenizer t = new KhabarTokenizer()) {
      var term = t.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      t.setReader(new java.io.StringReader(run));
      t.reset();
      while (t.incrementToken()) if (term.length() > MAX_TOKEN_CHARS) count++;
      t.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringReader does not fail
    }
    return count;
  }

  private static CharArraySet foldedStopWords() {
    CharArraySet out = new CharArraySet(ArabicAnalyzer.getDefaultStopSet().size(), false);
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      out.add(ArabicNormalizer.normalize(new String((char[]) w)).normalized());
    }
    return CharArraySet.unmodifiableSet(out);
  }
}
