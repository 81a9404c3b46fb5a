package khabar.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import khabar.discover.CandidateFinder;
import khabar.discover.Patterns;
import khabar.ingest.Documents;
import khabar.money.ExchangeRates;
import khabar.ingest.IngestOptions;
import khabar.ingest.Ingester;
import khabar.search.Searcher;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.SpellingCache;
import khabar.tag.Tagger;

/**
 * The one place the pipeline is put together: every command, the crawler's indexing, the
 * benchmarks and the server get their tagger, ingester and searcher here, so a stage is configured
 * once and every way into the index (ingest, crawl, retag) tags alike.
 *
 * <ul>
 *   <li>The gazetteers are loaded once, from one folder.
 *   <li><b>Candidates</b>: the tagger also finds candidate names exactly when the folder holds
 *       {@code patterns.tsv} ({@link Patterns#FILE}). That is the only rule, so the tagger's
 *       version string (stored with each article, read by {@code retag}) is the same on every path.
 *   <li><b>Rates</b>: non-dollar figures are valued with the shipped exchange-rate table, or
 *       with the table given to {@link #withRates(ExchangeRates)} ({@code --rates FILE}).
 *   <li>{@link #gazetteerTagger()} is the same tagger without candidates: what {@code eval} scores
 *       against a gold set of known entities and what candidate evaluation compares with.
 * </ul>
 *
 * <p>Immutable and thread-safe: the tagger and the gazetteer are shared by every worker.
 */
public final class Pipeline {
  private final Gazetteer gazetteer;
  private final CandidateFinder candidates;
  private final Tagger plain;
  private final Tagger tagger;

  private Pipeline(Gazetteer gazetteer, CandidateFinder candidates) {
    this(gazetteer, candidates, ExchangeRates.standard());
  }

  private Pipeline(Gazetteer gazetteer, CandidateFinder candidates, ExchangeRates rates) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.candidates = candidates;
    this.plain = new Tagger(gazetteer).withRates(rates);
    this.tagger = candidates == null ? plain : plain.withCandidates(candidates);
  }

  /** This pipeline valuing non-dollar figures with {@code rates} instead of the shipped table. */
  public Pipeline withRates(ExchangeRates rates) {
    return new Pipeline(gazetteer, candidates, rates);
  }

  /**
   * Loads the gazetteers of {@code dir}, with candidate discovery when {@code dir} has {@code
   * patterns.tsv}; their generated spellings come from the {@link SpellingCache#standard() spelling
   * cache} when it holds them.
   */
  public static Pipeline load(Path dir) {
    Gazetteer g = GazetteerLoader.load(dir, SpellingCache.standard());
    return new Pipeline(g, Files.isRegularFile(dir.resolve(Patterns.FILE)) ? CandidateFinder.load(dir, g) : null);
  }

  /** A pipeline over a gazetteer already in memory, finding candidates with {@code candidates} (null: none). */
  public static Pipeline of(Gazetteer gazetteer, CandidateFinder candidates) {
    return new Pipeline(gazetteer, candidates);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The candidate finder, when candidates are found. */
  public Optional<CandidateFinder> candidates() {
    return Optional.ofNullable(candidates);
  }

  /** The tagger every path into the index uses: gazetteer, money and (by the rule above) candidates. */
  public Tagger tagger() {
    return tagger;
  }

  /** The tagger without candidates (gazetteer and money only). */
  public Tagger gazetteerTagger() {
    return plain;
  }

  /** What turns an article into the stored record: {@link #tagger()}, the id and the content hash. */
  public Documents documents() {
    return new Documents(tagger);
  }

  public Ingester ingester() {
    return ingester(IngestOptions.defaults());
  }

  /** The ingester of files, dumps and crawled pages. */
  public Ingester ingester(IngestOptions options) {
    return new Ingester(documents(), options);
  }

  /** A searcher over the index at {@code index}, resolving entity names with this gazetteer. */
  public Searcher searcher(Path index) throws IOException {
    return new Searcher(index, gazetteer);
  }
}
