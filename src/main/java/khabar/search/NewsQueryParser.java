package khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query language: Lucene's classic syntax over title and body (words, "phrases", AND / OR /
 * NOT, +/-, prefix*, grouping), all words required unless OR says otherwise, with these fields:
 *
 * <ul>
 *   <li>{@code title:} and {@code body:} search one of the two;
 *   <li>{@code source:} the site name or host (exact);
 *   <li>{@code entity:}, {@code company:}, {@code chip:}, {@code person:} an entity by id or by any
 *       name in any script or spelling, resolved through the gazetteer ({@code entity:إنفيديا} is
 *       {@code entity:nvidia});
 *   <li>{@code type:} articles mentioning an entity type (COMPANY, CHIP, PERSON, MONEY).
 * </ul>
 *
 * Arabic و and أو are words, not operators. An unknown field or entity is a syntax error.
 *
 * <p>With expansion on, plain words and quoted phrases that name an entity ({@link QueryEntities})
 * become "the text OR a mention of the entity": {@code Samsung} is {@code (title:samsung^2
 * body:samsung) entity:samsung-electronics}, both clauses scored.
 */
final class NewsQueryParser extends MultiFieldQueryParser {
  private static final String[] TEXT_FIELDS = {Fields.TITLE, Fields.BODY};
  /** Title words weigh twice body words. */
  private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 2f);
  private static final Set<String> ENTITY_FIELDS = Set.of(Fields.ENTITY, Fields.COMPANY, Fields.CHIP, Fields.PERSON);

  /**
   * Whether a word has an ordinary sense in the index: some article has {@code text} without
   * mentioning the entity {@code entityId}.
   */
  interface Senses {
    boolean ordinary(Query text, String entityId);
  }


  private final Gazetteer gazetteer;
  private final QueryEntities names;
  private final Senses senses;
  private final boolean expand;
  private final Set<String> expanded = new LinkedHashSet<>();
  private final List<String> typed = new ArrayList<>();

  NewsQueryParser(Analyzer analyzer, Gazetteer gazetteer) {
    this(analyzer, gazetteer, false, null);
  }

  /**
   * @param expand whether names of entities widen the query to the entity's mentions
   * @param senses answers rule 2 of {@link QueryEntities} for ambiguous names; null: they never
   *     expand without a cue
   */
  NewsQueryParser(Analyzer analyzer, Gazetteer gazetteer, boolean expand, Senses senses) {
    super(TEXT_FIELDS, analyzer, BOOSTS);
    this.gazetteer = gazetteer;
    this.names = new QueryEntities(gazetteer);
    this.expand = expand && gazetteer != null;
    this.senses = senses;
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(false);
  }

  /** The plain words (not phrases, not under a field) of the last parsed query, as typed. */
  List<String> plainWords() {
    return typed;
  }

  /** Ids of the entities the last parsed query was widened to, in query order. */
  Set<String> expanded() {
    return expanded;
  }

  @Override
  public Query parse(String query) throws ParseException {
    expanded.clear();
    typed.clear();
    return super.parse(query);
  }

  /**
   * The text query for a run of plain words (the parser hands over a run between operators as
   * one text) or a phrase, with each part that names an entity widened: a phrase as a whole; in a
   * run, the longest names first, left to right.
   */
  private Query expandText(String text, boolean quoted) throws ParseException {
    if (quoted) {
      Query q = super.getFieldQuery(null, text, true);
      if (!expand) return q;
      QueryEntities.Match m = names.match(text);
      return q == null || m == null || !allowed(m, List.of(), q) ? q : either(q, m);
    }
    List<String> w = List.of(text.strip().split("\\s+"));
    typed.addAll(w);
    if (!expand) return super.getFieldQuery(null, text, false);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    int plainFrom = 0; // start of the words not yet added, which name no entity
    int i = 0;
    while (i < w.size()) {
      int taken = 0;
      for (int len = Math.min(w.size() - i, QueryEntities.MAX_WORDS); len >= 1 && taken == 0; len--) {
        String name = String.join(" ", w.subList(i, i + len));
        QueryEntities.Match m = names.match(name);
        if (m == null) continue;
        // a name of several words is a phrase: its words next to each other, in order
        Query q = super.getFieldQuery(null, name, len > 1);
        if (q == null || !allowed(m, w.subList(0, i), q)) continue;
        addText(b, w.subList(plainFrom, i));
        b.add(either(q, m), BooleanClause.Occur.MUST);
        taken = len;
        plainFrom = i + len;
        any = true;
      }
      i += Math.max(1, taken);
    }
    if (!any) return super.getFieldQuery(null, text, false);
    addText(b, w.subList(plainFrom, w.size()));
    BooleanQuery all = b.build();
    return all.clauses().size() == 1 ? all.clauses().getFirst().query() : all;
  }

  private void addText(BooleanQuery.Builder b, List<String> words) throws ParseException {
    if (words.isEmpty()) return;
    Query q = super.getFieldQuery(null, String.join(" ", words), false);
    if (q != null) b.add(q, BooleanClause.Occur.MUST);
  }

  /** Rule 2 of {@link QueryEntities}: an ambiguous name widens only when cued or without ordinary sense. */
  private boolean allowed(QueryEntities.Match m, List<String> before, Query text) {
    if (!m.ambiguous()) return true;
    if (names.cuedBy(before, m.entity().type())) return true;
    return senses != null && !senses.ordinary(text, m.entity().id());
  }

  private Query either(Query text, QueryEntities.Match m) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(text, BooleanClause.Occur.SHOULD);
    either.add(new TermQuery(new Term(Fields.ENTITY, m.entity().id())), BooleanClause.Occur.SHOULD);
    expanded.add(m.entity().id());
    return either.build();
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null) return expandText(text, quoted);
    if (isTextField(field)) return super.getFieldQuery(field, text, quoted);
    if (ENTITY_FIELDS.contains(field)) {
      try {
        return new TermQuery(new Term(field, entityId(gazetteer, text)));
      } catch (UnknownEntityException e) {
        ParseException pe = new ParseException(e.getMessage());
        pe.initCause(e);
        throw pe;
      }
    }
    if (field.equals(Fields.SOURCE)) return source(text);
    if (field.equals(Fields.TYPE)) {
      try {
        return new TermQuery(new Term(Fields.TYPE, EntityType.parse(text).name()));
      } catch (IllegalArgumentException e) {
        throw new ParseException(e.getMessage());
      }
    }
    throw unknownField(field);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (field == null) return slop == 0 ? expandText(text, true) : super.getFieldQuery(null, text, slop);
    if (isTextField(field)) return super.getFieldQuery(field, text, slop);
    return getFieldQuery(field, text, true);
  }


  /**
   * A prefix goes through the whole analyzer when it stays one token, so that it meets the
   * indexed terms: «الشرك*» loses its article as «الشركات» did and finds «شركة» and «للشركات».
   */
  @Override
  protected Query getPrefixQuery(String field, String text) throws ParseException {
    checkTextField(field);
    if (field == null) return super.getPrefixQuery(field, text); // expanded per text field below
    String stem = singleToken(field, text);
    return stem == null ? super.getPrefixQuery(field, text) : newPrefixQuery(new Term(field, stem));
  }

  private String singleToken(String field, String text) {
    try (TokenStream ts = getAnalyzer().tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      if (!ts.incrementToken()) return null;
      String first = term.toString();
      boolean more = ts.incrementToken();
      ts.end();
      return more || first.isEmpty() ? null : first;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Query getWildcardQuery(String field, String text) throws ParseException {
    checkTextField(field);
    return super.getWildcardQuery(field, text);
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    checkTextField(field);
    return super.getFuzzyQuery(field, text, similarity);
  }

  @Override
  protected Query getRangeQuery(String field, String a, String b, boolean startIncl, boolean endIncl)
      throws ParseException {
    throw new ParseException("ranges are not supported in queries; use --from/--to or --min-usd/--max-usd");
  }

  /** The filter for a site name or host: either matches. */
  static Query source(String text) {
    String s = text.strip();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.SOURCE, s)), BooleanClause.Occur.SHOULD);
    String host = s.contains("://") ? StoredArticle.host(s) : StoredArticle.host("http://" + s);
    if (!host.isEmpty()) b.add(new TermQuery(new Term(Fields.HOST, host)), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /**
   * The id of the entity a user names: resolved through the gazetteer in any spelling or script;
   * without a gazetteer the name is taken as an id.
   */
  static String entityId(Gazetteer gazetteer, String name) throws UnknownEntityException {
    if (gazetteer == null) return name.strip().toLowerCase(Locale.ROOT);
    Entity e = gazetteer.resolve(name);
    if (e == null) throw new UnknownEntityException(name);
    return e.id();
  }

  private static boolean isTextField(String field) {
    return field.equals(Fields.TITLE) || field.equals(Fields.BODY);
  }

  private void checkTextField(String field) throws ParseException {
    if (field != null && !isTextField(field)) {
      throw new ParseException("wildcards and fuzzy terms work on title: and body: only, not " + field + ":");
    }
  }

  private static ParseException unknownField(String field) {
    return new ParseException(
        "unknown field '" + field + "' (known: title, body, source, entity, company, chip, person, type)");
  }
}
