package khabar.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import khabar.index.Fields;
import khabar.normalize.NewsAnalyzer;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Runs {@link SearchRequest}s against an article index. */
public final class Searcher implements Closeable {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String[] FACET_FIELDS = {Fields.COMPANY, Fields.CHIP, Fields.PERSON, Fields.SOURCE};

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Gazetteer gazetteer;
  private final Analyzer analyzer = NewsAnalyzer.forQueries();

  public Searcher(Path index, Gazetteer gazetteer) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(index));
    this.searcher = new IndexSearcher(reader);
    this.gazetteer = gazetteer;
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
    TopDocs top =
        r.sort() == SearchRequest.Sort.DATE
            ? searcher.search(query, n, new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true)))
            : searcher.search(query, n);
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length), top.scoreDocs.length);
    String[] snippets = snippets(text, page);
    List<Hit> hits = new ArrayList<>();
    for (int k = 0; k < page.length; k++) {
      Document d = searcher.storedFields().document(page[k].doc);
      hits.add(toHit(d, Float.isNaN(page[k].score) ? 0f : page[k].score, snippets[k]));
    }
    return new SearchResult(top.totalHits.value(), hits, facets(query));
  }

  Query parse(String q) {
    if (q.isBlank()) return new MatchAllDocsQuery();
    MultiFieldQueryParser p =
        new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.BODY}, analyzer, Map.of(Fields.TITLE, 2f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
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
      Entity e = gazetteer == null ? null : gazetteer.resolve(name);
      String id = e != null ? e.id() : name.strip().toLowerCase(Locale.ROOT);
      b.add(new TermQuery(new Term(Fields.ENTITY, id)), BooleanClause.Occur.FILTER);
    }
    for (EntityType t : r.types()) {
      b.add(new TermQuery(new Term(Fields.TYPE, t.name())), BooleanClause.Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli();
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    if (r.source() != null && !r.source().isBlank()) {
      b.add(new TermQuery(new Term(Fields.SOURCE, r.source().strip())), BooleanClause.Occur.FILTER);
    }
    if (r.minUsd() != null || r.maxUsd() != null) {
      double lo = r.minUsd() == null ? Double.NEGATIVE_INFINITY : r.minUsd();
      double hi = r.maxUsd() == null ? Double.POSITIVE_INFINITY : r.maxUsd();
      b.add(DoublePoint.newRangeQuery(Fields.USD, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private String[] snippets(Query text, ScoreDoc[] page) throws IOException {
    String[] out = new String[page.length];
    if (page.length == 0) return out;
    UnifiedHighlighter h =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(1_000_000)
            .build();
    int[] docs = new int[page.length];
    for (int k = 0; k < page.length; k++) docs[k] = page[k].doc;
    Map<String, String[]> m =
        h.highlightFields(new String[] {Fields.BODY}, text, docs, new int[] {2});
    String[] body = m.get(Fields.BODY);
    for (int k = 0; k < page.length; k++) out[k] = body[k] == null ? "" : body[k];
    return out;
  }

  private static Hit toHit(Document d, float score, String snippet) {
    String pub = d.get(Fields.PUBLISHED);
    Instant published = pub == null ? null : Instant.ofEpochMilli(Long.parseLong(pub));
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions(d)) {
      if (m.type() != EntityType.MONEY) ids.add(m.id());
    }
    return new Hit(
        d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.TITLE), published, d.get(Fields.SOURCE), score,
        snippet, new ArrayList<>(ids));
  }

  public static List<Mention> mentions(Document d) {
    String json = d.get(Fields.MENTIONS);
    if (json == null) return List.of();
    try {
      return MentionJson.listFromJson(MentionJson.MAPPER.readTree(json));
    } catch (IOException e) {
      throw new IllegalStateException("stored mentions of " + d.get(Fields.ID) + " are not JSON", e);
    }
  }

  /** Counts facet values over every matching document (not only the page). */
  Map<String, Map<String, Integer>> facets(Query query) throws IOException {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : FACET_FIELDS) counts.put(f, new HashMap<>());
    counts.put("month", new HashMap<>());
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext ctx : reader.leaves()) {
      Scorer s = w.scorer(ctx);
      if (s == null) continue;
      Bits live = ctx.reader().getLiveDocs();
      SortedSetDocValues[] dvs = new SortedSetDocValues[FACET_FIELDS.length];
      for (int k = 0; k < FACET_FIELDS.length; k++) dvs[k] = DocValues.getSortedSet(ctx.reader(), FACET_FIELDS[k]);
      NumericDocValues pub = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
      DocIdSetIterator it = s.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        for (int k = 0; k < FACET_FIELDS.length; k++) {
          if (!dvs[k].advanceExact(doc)) continue;
          for (int v = 0; v < dvs[k].docValueCount(); v++) {
            String term = dvs[k].lookupOrd(dvs[k].nextOrd()).utf8ToString();
            if (!term.isEmpty()) counts.get(FACET_FIELDS[k]).merge(term, 1, Integer::sum);
          }
        }
        if (pub.advanceExact(doc)) {
          counts.get("month").merge(MONTH.format(Instant.ofEpochMilli(pub.longValue())), 1, Integer::sum);
        }
      }
    }
    Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
    counts.forEach((f, m) -> sorted.put(f, sortDesc(m, f.equals("month"))));
    return sorted;
  }

  private static Map<String, Integer> sortDesc(Map<String, Integer> m, boolean byKey) {
    Map<String, Integer> out = new LinkedHashMap<>();
    m.entrySet().stream()
        .sorted(
            byKey
                ? Map.Entry.comparingByKey()
                : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
