package khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
final class NewsQueryParser extends MultiFieldQueryParser {
  private static final String[] TEXT_FIELDS = {Fields.TITLE, Fields.BODY};
  /** Title words weigh twice body words. */
  private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 2f);
  private static final Set<String> ENTITY_FIELDS = Set.of(Fields.ENTITY, Fields.COMPANY, Fields.CHIP, Fields.PERSON);

  private final Gazetteer gazetteer;

  NewsQueryParser(Analyzer analyzer, Gazetteer gazetteer) {
    super(TEXT_FIELDS, analyzer, BOOSTS);
    this.gazetteer = gazetteer;
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null || isTextField(field)) return super.getFieldQuery(field, text, quoted);
    if (ENTITY_FIELDS.contains(field)) {
      try {
        return new TermQuery(new Term(field, entityId(gazetteer, text)));
      } catch (UnknownEntityException e) {
        throw new ParseException(e.getMessage());
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
    if (field == null || isTextField(field)) return super.getFieldQuery(field, text, slop);
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
