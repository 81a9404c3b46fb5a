package khabar.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.normalize.NewsAnalyzer;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.Mention;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Runs {@link SearchRequest}s against an article index: one pass finds the page of top hits,
 * skipping documents that cannot make it; a second, without scores, counts the exact total and
 * the facets over every match; then only the page's stored fields are read and its snippets
 * highlighted.
 *
 * <p>A searcher is a point-in-time view of the index as of one commit; {@link #refresh} gives a
 * view of the newest commit (sharing the unchanged segments) while this one keeps answering.
 */
public final class Searcher implements Closeable {
  /** The name prefix of the threads that take part of a search to another core. */
  public static final String HELPER_THREADS = Beside.THREAD_NAME;
  private static final Set<String> ENTITY_FIELDS = Set.of(Fields.ENTITY, Fields.COMPANY, Fields.CHIP, Fields.PERSON);

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Gazetteer gazetteer;
  private final Analyzer analyzer = queryAnalyzer();
  /** What facet counting needs to know about this reader, worked out at the first search. */
  private volatile Facets.Ordinals ordinals;
  /** When facets are counted on a sample of the matches rather than on all of them. */
  private Facets.Sampling sampling = Facets.Sampling.DEFAULT;
  /** Candidates looked up so far: this view of the index never changes. */
  private final Map<String, java.util.Optional<Candidate>> candidates = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Opens the index at {@code index}.
   *
   * @param gazetteer resolves entity names in any spelling; null takes names as ids
   * @throws IndexNotFoundException when there is no index there
   */
  public Searcher(Path index, Gazetteer gazetteer) throws IOException {
    this(open(index), gazetteer);
  }

  private Searcher(DirectoryReader reader, Gazetteer gazetteer) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.gazetteer = gazetteer;
  }

  /** The analyzer of query text; the index side is {@code ArticleIndex}'s. */
  private static Analyzer queryAnalyzer() {
    return NewsAnalyzer.forQueries();
  }

  private static DirectoryReader open(Path index) throws IOException {
    if (!Files.isDirectory(index)) throw new IndexNotFoundException("no index folder at " + index);
    FSDirectory dir = FSDirectory.open(index);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IndexNotFoundException("no index in " + index);
    }
    return DirectoryReader.open(dir);
  }

  /**
   * A searcher on the newest commit, or this one when nothing was committed since it opened. The
   * caller closes this searcher once its requests are done; the two share unchanged segments.
   */
  public Searcher refresh() throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
    return fresh == null ? this : new Searcher(fresh, gazetteer);
  }

  /** This searcher counting facets on a sample as {@code s} says (tests use small samples). */
  Searcher sampling(Facets.Sampling s) {
    this.sampling = s;
    return this;
  }

  public long documentCount() {
    return reader.numDocs();
  }

  public IndexSearcher indexSearcher() {
    return searcher;
  }

  private Facets.Ordinals ordinals() throws IOException {
    Facets.Ordinals o = ordinals;
    if (o == null) {
      synchronized (this) {
        o = ordinals;
        if (o == null) ordinals = o = Facets.Ordinals.of(reader);
      }
    }
    return o;
  }

  /**
   * One search: the page of top hits in a pass that skips what cannot compete, then the exact
   * total and the facets in a pass without scores, then the page's stored fields and snippets.
   */
  public SearchResult search(SearchRequest r) throws IOException {
    Parsed parsed = parse(r.query(), r.expand());
    Query text = parsed.query();
    Query query = withFilters(text, r);
    int n = r.offset() + r.limit();
    // the top hits count no matches beyond the page before they start skipping documents that
    // cannot make it (block-max WAND, or the newest articles first: NewestFirst): the exact total
    // comes from the facet pass, which visits every match anyway (Lucene's own top 10 counts 1,000 first)
    TopDocs docs;
    Facets.Counted counted;
    List<Hit> hits;
    try {
      Query rewritten = searcher.rewrite(query);
      Facets facets = new Facets(ordinals(), r.exactFacets() ? null : sampling);
      Beside<Facets.Counted> counting = Beside.start(() -> searcher.search(rewritten, facets));
      docs =
          r.sort() == SearchRequest.Sort.DATE
              ? NewestFirst.top(searcher, rewritten, n)
              : searcher.search(rewritten, new TopScoreDocCollectorManager(n, n));
      ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, Math.min(r.offset(), docs.scoreDocs.length), docs.scoreDocs.length);
      hits = hits(page, r, parsed, entityIds(r, text));
      counted = counting.join();
    } catch (TooComplexToDeterminizeException | IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(r.query(), e);
    }
    List<String> suggestions =
        counted.matches() == 0 && !r.query().isBlank()
            ? new DidYouMean(reader, gazetteer, analyzer)
                .suggest(r.query(), parsed.words(), q -> hasHits(r, q))
            : List.of();
    return new SearchResult(
        counted.matches(), hits, counted.facets(), counted.counted(), List.copyOf(parsed.expanded()), suggestions);
  }

  private boolean hasHits(SearchRequest r, String q) {
    try {
      return searcher.count(withFilters(parse(q, r.expand()).query(), r)) > 0;
    } catch (QuerySyntaxException | IOException e) {
      return false;
    }
  }

  /**
   * Whether each hit of the page matches the query words' text: the query without expansion
   * matches it. Checked for the page only; null when nothing was expanded (every hit is a text
   * match, or there are no words).
   */
  private boolean[] textMatches(ScoreDoc[] page, Parsed parsed, SearchRequest r) throws IOException {
    if (parsed.expanded().isEmpty() || page.length == 0) return null;
    Query exact = parse(r.query(), false).query();
    Weight w = searcher.createWeight(searcher.rewrite(exact), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = reader.leaves();
    boolean[] out = new boolean[page.length];
    for (int k = 0; k < page.length; k++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[k].doc, leaves));
      int doc = page[k].doc - leaf.docBase;
      Scorer sc = w.scorer(leaf);
      out[k] = sc != null && sc.iterator().advance(doc) == doc;
    }
    return out;
  }

  /** Why a hit matched: text, a mention of an expanded entity, or both; null without query words. */
  private static Hit.Match match(SearchRequest r, Parsed parsed, boolean[] byText, int k, HitMentions mentions) {
    if (r.query().isBlank()) return null;
    if (byText == null) return Hit.Match.TEXT;
    boolean byEntity = mentions.spans().stream().anyMatch(m -> parsed.expanded().contains(m.id()));
    return byText[k] && byEntity ? Hit.Match.BOTH : byText[k] ? Hit.Match.TEXT : Hit.Match.ENTITY;
  }

  /**
   * The hits of a page: its second half beside the first ({@link Beside}) when a helper may find
   * an idle core, else in one piece (each piece builds its own highlighter and query weight).
   */
  private List<Hit> hits(ScoreDoc[] page, SearchRequest r, Parsed parsed, Set<String> entities) throws IOException {
    boolean[] byText = textMatches(page, parsed, r);
    int half = (page.length + 1) / 2;
    Beside<List<Hit>> second =
        page.length < 2 || !Beside.coreFree() ? null : Beside.start(() -> hits(page, half, page.length, r, parsed, byText, entities));
    List<Hit> hits = hits(page, 0, second == null ? page.length : half, r, parsed, byText, entities);
    if (second != null) hits.addAll(second.join());
    return hits;
  }

  /** The hits of {@code page[from, to)}: their stored fields, snippets and why they matched. */
  private List<Hit> hits(
      ScoreDoc[] page, int from, int to, SearchRequest r, Parsed parsed, boolean[] byText, Set<String> entities)
      throws IOException {
    int n = to - from;
    int[] ids = new int[n];
    String[] bodies = new String[n];
    String[] titles = new String[n];
    List<HitMentions> mentions = new ArrayList<>();
    List<HitFields> docs = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int k = 0; k < n; k++) {
      ids[k] = page[from + k].doc;
      HitFields d = HitFields.read(stored, ids[k], r.includeDuplicates());
      docs.add(d);
      bodies[k] = d.body;
      titles[k] = d.title;
      mentions.add(HitMentions.of(d.id, d.spans, d.mentions));
    }
    Snippet[] snippets = new Highlights(searcher, analyzer).snippets(parsed.query(), ids, bodies, mentions, entities, titles);
    List<Hit> hits = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      float score = Float.isNaN(page[from + k].score) ? 0f : page[from + k].score;
      hits.add(toHit(docs.get(k), mentions.get(k), score, snippets[k], match(r, parsed, byText, from + k, mentions.get(k))));
    }
    return hits;
  }

  /** A parsed query, the entities its words were widened to, and its plain words as typed. */
  private record Parsed(Query query, Set<String> expanded, List<String> words) {}

  /**
   * Parses query text ({@link NewsQueryParser}); blank text matches every article. With {@code
   * expand}, words that name an entity also match its mentions.
   */
  private Parsed parse(String q, boolean expand) {
    if (q.isBlank()) return new Parsed(new MatchAllDocsQuery(), Set.of(), List.of());
    NewsQueryParser p = new NewsQueryParser(analyzer, gazetteer, expand, this::ordinarySense);
    try {
      Query query = p.parse(q);
      return new Parsed(query, new LinkedHashSet<>(p.expanded()), List.copyOf(p.plainWords()));
    } catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException | IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(q, e);
    }
  }

  Query parse(String q) {
    return parse(q, true).query();
  }

  /** Whether some article has {@code text} without mentioning the entity: the word has an ordinary sense. */
  private boolean ordinarySense(Query text, String entityId) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.FILTER);
    b.add(new TermQuery(new Term(Fields.ENTITY, entityId)), BooleanClause.Occur.MUST_NOT);
    try {
      return searcher.count(b.build()) > 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The Lucene query for a request: its text query with every filter, as search and export use it. */
  public Query query(SearchRequest r) {
    return withFilters(parse(r.query(), r.expand()).query(), r);
  }

  private Query withFilters(Query text, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.MUST);
    for (String name : r.entities()) {
      b.add(new TermQuery(new Term(Fields.ENTITY, entityId(name))), BooleanClause.Occur.FILTER);
    }
    for (EntityType t : r.types()) {
      b.add(new TermQuery(new Term(Fields.TYPE, t.name())), BooleanClause.Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli();
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    if (r.source() != null) b.add(NewsQueryParser.source(r.source()), BooleanClause.Occur.FILTER);
    if (r.minUsd() != null || r.maxUsd() != null) {
      double lo = r.minUsd() == null ? 0 : r.minUsd();
      double hi = r.maxUsd() == null ? Double.POSITIVE_INFINITY : r.maxUsd();
      b.add(DoubleRange.newIntersectsQuery(Fields.USD_RANGE, new double[] {lo}, new double[] {hi}), BooleanClause.Occur.FILTER);
    }
    if (!r.includeDuplicates()) b.add(new FieldExistsQuery(Fields.DUPLICATE_OF), BooleanClause.Occur.MUST_NOT);
    return b.build();
  }

  /**
   * The id of a requested entity: the gazetteer's entity for any of its names, else the name
   * itself taken as an id (it may name an entity dropped from the gazetteers since indexing).
   * Commands that want an unknown name to be an error check it first ({@link #resolve}).
   */
  private String entityId(String name) {
    if (name.strip().startsWith(Mention.CANDIDATE_PREFIX)) return name.strip();
    try {
      return NewsQueryParser.entityId(gazetteer, name);
    } catch (UnknownEntityException e) {
      return name.strip().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The id of the entity {@code name} means, in any spelling or script.
   *
   * @throws UnknownEntityException when no gazetteer entry has that name or id
   */
  public String resolve(String name) {
    String key = name.strip();
    if (key.startsWith(Mention.CANDIDATE_PREFIX)) {
      if (candidate(key) == null) throw new UnknownEntityException(name);
      return key;
    }
    return NewsQueryParser.entityId(gazetteer, name);
  }

  /**
   * A candidate entity (a name no gazetteer lists, found by a context cue; docs/DISCOVERY.md) as
   * the index knows it.
   *
   * @param id its key, {@code cand:TYPE:TERMS}: made from the name's normalized terms, so the same
   *     name keeps the same id across re-ingests and {@code retag}
   * @param name the name as first written, when Latin; else empty
   * @param nameAr the name as first written, when Arabic; else empty
   * @param articles articles that mention it (copies included)
   */
  public record Candidate(String id, EntityType type, String name, String nameAr, int articles) {}

  /** The candidate with key {@code id}, or null when no article mentions it. */
  public Candidate candidate(String id) {
    if (!id.startsWith(Mention.CANDIDATE_PREFIX)) return null;
    return candidates.computeIfAbsent(id, this::findCandidate).orElse(null);
  }

  private java.util.Optional<Candidate> findCandidate(String id) {
    try {
      TermQuery q = new TermQuery(new Term(Fields.ENTITY, id));
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) return java.util.Optional.empty();
      int articles = searcher.count(q);
      for (Mention m : StoredArticle.mentions(searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.MENTIONS)))) {
        if (m.id().equals(id)) return java.util.Optional.of(new Candidate(id, m.type(), m.name(), m.nameAr(), articles));
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Entity ids a request names, by --entity or by entity fields in the query: what snippets mark. */
  private Set<String> entityIds(SearchRequest r, Query text) {
    Set<String> ids = new LinkedHashSet<>();
    for (String name : r.entities()) ids.add(entityId(name));
    text.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return ENTITY_FIELDS.contains(field);
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) ids.add(t.text());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return ids;
  }

  private static Hit toHit(HitFields d, HitMentions mentions, float score, Snippet snippet, Hit.Match matched) {
    Instant published = d.published == null ? null : Instant.ofEpochMilli(d.published);
    return new Hit(d.id, d.url, d.title, published, d.source, score, snippet, mentions.entityIds(), d.duplicateOf, matched);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
