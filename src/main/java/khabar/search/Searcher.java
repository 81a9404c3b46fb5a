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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Runs {@link SearchRequest}s against an article index: one pass collects the page of hits, the
 * exact total and the facets; then the page's snippets are highlighted.
 *
 * <p>A searcher is a point-in-time view of the index as of one commit; {@link #refresh} gives a
 * view of the newest commit (sharing the unchanged segments) while this one keeps answering.
 */
public final class Searcher implements Closeable {
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
  /** The stored fields a hit shows (not the signature, hash or author). */
  private static final Set<String> HIT_FIELDS =
      Set.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.BODY, Fields.PUBLISHED, Fields.SOURCE, Fields.MENTIONS,
          Fields.DUPLICATE_OF);
  private static final Set<String> ENTITY_FIELDS = Set.of(Fields.ENTITY, Fields.COMPANY, Fields.CHIP, Fields.PERSON);

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Gazetteer gazetteer;
  private final Analyzer analyzer = queryAnalyzer();

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

  public long documentCount() {
    return reader.numDocs();
  }

  public IndexSearcher indexSearcher() {
    return searcher;
  }

  public SearchResult search(SearchRequest r) throws IOException {
    Query text = parse(r.query());
    Query query = withFilters(text, r);
    int n = r.offset() + r.limit();
    CollectorManager<?, ? extends TopDocs> top =
        r.sort() == SearchRequest.Sort.DATE
            ? new TopFieldCollectorManager(NEWEST_FIRST, n, Integer.MAX_VALUE)
            : new TopScoreDocCollectorManager(n, Integer.MAX_VALUE);
    Object[] both = searcher.search(query, new MultiCollectorManager(top, new Facets()));
    TopDocs docs = (TopDocs) both[0];
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Integer>> facets = (Map<String, Map<String, Integer>>) both[1];
    ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, Math.min(r.offset(), docs.scoreDocs.length), docs.scoreDocs.length);
    return new SearchResult(docs.totalHits.value(), hits(page, text, entityIds(r, text)), facets);
  }

  private List<Hit> hits(ScoreDoc[] page, Query text, Set<String> entities) throws IOException {
    int[] ids = new int[page.length];
    String[] bodies = new String[page.length];
    List<List<Mention>> mentions = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int k = 0; k < page.length; k++) {
      ids[k] = page[k].doc;
      Document d = stored.document(page[k].doc, HIT_FIELDS);
      docs.add(d);
      bodies[k] = d.get(Fields.BODY);
      mentions.add(StoredArticle.mentions(d));
    }
    Snippet[] snippets = new Highlights(searcher, analyzer).snippets(text, ids, bodies, mentions, entities);
    List<Hit> hits = new ArrayList<>();
    for (int k = 0; k < page.length; k++) {
      float score = Float.isNaN(page[k].score) ? 0f : page[k].score;
      hits.add(toHit(docs.get(k), mentions.get(k), score, snippets[k]));
    }
    return hits;
  }

  /** Parses query text ({@link NewsQueryParser}); blank text matches every article. */
  Query parse(String q) {
    if (q.isBlank()) return new MatchAllDocsQuery();
    try {
      return new NewsQueryParser(analyzer, gazetteer).parse(q);
    } catch (ParseException | IllegalArgumentException e) {
      throw new QuerySyntaxException(q, e);
    }
  }

  /** The Lucene query for a request: its text query with every filter, as search and export use it. */
  public Query query(SearchRequest r) {
    return withFilters(parse(r.query()), r);
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
    return NewsQueryParser.entityId(gazetteer, name);
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

  private static Hit toHit(Document d, List<Mention> mentions, float score, Snippet snippet) {
    String pub = d.get(Fields.PUBLISHED);
    Instant published = pub == null ? null : Instant.ofEpochMilli(Long.parseLong(pub));
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.MONEY) ids.add(m.id());
    }
    return new Hit(
        d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.TITLE), published, d.get(Fields.SOURCE), score, snippet,
        new ArrayList<>(ids), d.get(Fields.DUPLICATE_OF));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
