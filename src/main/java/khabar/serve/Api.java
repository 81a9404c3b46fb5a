package khabar.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.search.DateBounds;
import khabar.search.QuerySyntaxException;
import khabar.search.ResultJson;
import khabar.search.SearchRequest;
import khabar.search.SearchResult;
import khabar.search.Searcher;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The JSON API: each method turns request parameters into the same JSON shapes the command line
 * prints with {@code --json} (docs/API.md). No HTTP here; {@link Server} does the plumbing.
 */
final class Api {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT).withZone(ZoneOffset.UTC);
  static final int MAX_LIMIT = 100;

  private Api() {}

  /** Builds the search request shared by search, facets and export. */
  static SearchRequest request(Params p, Gazetteer g, int defaultLimit) {
    List<String> entities = new ArrayList<>();
    for (String e : p.all("entity")) {
      if (e.strip().startsWith(Mention.CANDIDATE_PREFIX)) { // a candidate's key; unknown keys find nothing
        entities.add(e.strip());
        continue;
      }
      Entity resolved = g.resolve(e);
      if (resolved == null) throw new ApiException(400, "لا يوجد كيان بهذا الاسم: " + e);
      entities.add(resolved.id());
    }
    List<EntityType> types = new ArrayList<>();
    for (String t : p.all("type")) {
      try {
        types.add(EntityType.parse(t));
      } catch (IllegalArgumentException ex) {
        throw new ApiException(400, ex.getMessage());
      }
    }
    String sort = p.get("sort", "relevance").toUpperCase(Locale.ROOT);
    if (!sort.equals("RELEVANCE") && !sort.equals("DATE")) throw new ApiException(400, "sort must be relevance or date");
    return new SearchRequest(
        p.get("q", ""), entities, types, date(p.get("from"), false), date(p.get("to"), true), p.get("source"),
        p.decimal("min_usd"), p.decimal("max_usd"), SearchRequest.Sort.valueOf(sort),
        p.integer("limit", defaultLimit, 1, MAX_LIMIT), p.integer("offset", 0, 0, 10_000))
        .withExpansion(flag(p, "expand", true))
        .withExactFacets(flag(p, "exact_facets", false));
  }

  static ObjectNode search(Searcher s, Params p, Gazetteer g) throws IOException {
    SearchResult r = run(s, request(p, g, 10));
    return withNames(ResultJson.of(r), r, s, g, true);
  }

  static ObjectNode facets(Searcher s, Params p, Gazetteer g) throws IOException {
    SearchResult r = run(s, request(p, g, 1));
    ObjectNode o = withNames(ResultJson.of(r), r, s, g, false);
    o.remove("hits");
    return o;
  }

  /**
   * Adds {@code names}: for each entity id the result shows (in hits and entity facets), its type
   * and canonical names, so a page can label ids in Arabic without one request per entity. A
   * candidate's entry has its name as the articles write it and {@code "candidate": true}.
   */
  private static ObjectNode withNames(ObjectNode o, SearchResult r, Searcher s, Gazetteer g, boolean hits) {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    if (hits) r.hits().forEach(h -> ids.addAll(h.entities()));
    for (String f : List.of(Fields.COMPANY, Fields.CHIP, Fields.PERSON)) {
      ids.addAll(r.facets().getOrDefault(f, Map.of()).keySet());
    }
    ObjectNode names = o.putObject("names");
    for (String id : ids) {
      Entity e = g.entity(id);
      Searcher.Candidate c = e == null ? s.candidate(id) : null;
      if (e == null && c == null) continue;
      ObjectNode n = names.putObject(id);
      n.put("type", e != null ? e.type().name() : c.type().name());
      n.put("name", e != null ? e.en() : c.name());
      n.put("name_ar", e != null ? e.ar() : c.nameAr());
      if (c != null) n.put("candidate", true);
    }
    return o;
  }

  private static SearchResult run(Searcher s, SearchRequest r) throws IOException {
    try {
      return s.search(r);
    } catch (QuerySyntaxException e) {
      throw new ApiException(400, e.arabicMessage());
    }
  }

  static ObjectNode article(Searcher s, String id) throws IOException {
    Document d = byId(s.indexSearcher(), id);
    ObjectNode o = MentionJson.MAPPER.createObjectNode();
    o.put("id", d.get(Fields.ID));
    o.put("url", d.get(Fields.URL));
    o.put("title", d.get(Fields.TITLE));
    String pub = d.get(Fields.PUBLISHED);
    o.put("published", pub == null ? null : Instant.ofEpochMilli(Long.parseLong(pub)).toString());
    o.put("source", d.get(Fields.SOURCE));
    o.put("author", d.get(Fields.AUTHOR));
    o.put("language", d.get(Fields.LANGUAGE));
    o.put("text", d.get(Fields.BODY));
    o.set("mentions", MentionJson.toJson(StoredArticle.mentions(d)));
    return o;
  }

  /**
   * An entity of the gazetteers by id or any name, or a candidate by its key ({@code
   * cand:company:…}: then {@code candidate} is true, and aliases, wikidata and attributes are
   * empty).
   */
  static ObjectNode entity(Searcher s, Gazetteer g, String id) throws IOException {
    ObjectNode o = MentionJson.MAPPER.createObjectNode();
    String entityId;
    if (id.strip().startsWith(Mention.CANDIDATE_PREFIX)) {
      Searcher.Candidate c = s.candidate(id.strip());
      if (c == null) throw new ApiException(404, "لا يوجد كيان بهذا المعرّف: " + id);
      entityId = c.id();
      o.put("id", c.id());
      o.put("type", c.type().name());
      o.put("name", c.name());
      o.put("name_ar", c.nameAr());
      o.put("candidate", true);
      o.putArray("aliases");
      o.put("wikidata", "");
      o.putObject("attributes");
    } else {
      Entity e = g.resolve(id);
      if (e == null) throw new ApiException(404, "لا يوجد كيان بهذا المعرّف: " + id);
      entityId = e.id();
      o.put("id", e.id());
      o.put("type", e.type().name());
      o.put("name", e.en());
      o.put("name_ar", e.ar());
      o.put("candidate", false);
      ArrayNode aliases = o.putArray("aliases");
      e.aliases().forEach(aliases::add);
      o.put("wikidata", e.wikidata());
      ObjectNode attrs = o.putObject("attributes");
      e.attributes().forEach(attrs::put);
    }

    // the co-occurring entities are counted over every article of the entity, never on a sample
    SearchRequest all = new SearchRequest("", List.of(entityId), null, null, null, null, null, null,
        SearchRequest.Sort.DATE, 5, 0).withExactFacets(true);
    SearchResult r = s.search(all);
    o.put("articles", r.total());
    o.set("mentions_per_month", mentionsPerMonth(s.indexSearcher(), entityId));
    ArrayNode co = o.putArray("cooccurring");
    List<Map.Entry<String, Integer>> pairs = new ArrayList<>();
    for (String f : List.of(Fields.COMPANY, Fields.CHIP, Fields.PERSON)) {
      for (Map.Entry<String, Integer> c : r.facets().getOrDefault(f, Map.of()).entrySet()) {
        if (!c.getKey().equals(entityId)) pairs.add(c);
      }
    }
    pairs.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Integer> c : pairs.subList(0, Math.min(10, pairs.size()))) {
      Entity other = g.entity(c.getKey());
      Searcher.Candidate cand = other == null ? s.candidate(c.getKey()) : null;
      ObjectNode n = co.addObject();
      n.put("id", c.getKey());
      n.put("type", other != null ? other.type().name() : cand != null ? cand.type().name() : "");
      n.put("name", other != null ? other.en() : cand != null ? cand.name() : c.getKey());
      n.put("name_ar", other != null ? other.ar() : cand != null ? cand.nameAr() : "");
      n.put("candidate", cand != null);
      n.put("articles", c.getValue());
    }
    o.set("latest", ResultJson.of(r).get("hits"));
    withNames(o, r, s, g, true);
    return o;
  }

  /** Mentions of the entity per month of publication, over every article that names it. */
  private static ObjectNode mentionsPerMonth(IndexSearcher s, String id) throws IOException {
    Map<String, Integer> months = new TreeMap<>();
    TopDocs top = s.search(new TermQuery(new Term(Fields.ENTITY, id)), Math.max(1, s.getIndexReader().maxDoc()));
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = s.storedFields().document(sd.doc);
      String pub = d.get(Fields.PUBLISHED);
      if (pub == null) continue;
      int n = 0;
      for (Mention m : StoredArticle.mentions(d)) if (m.id().equals(id)) n++;
      months.merge(MONTH.format(Instant.ofEpochMilli(Long.parseLong(pub))), n, Integer::sum);
    }
    ObjectNode o = MentionJson.MAPPER.createObjectNode();
    months.forEach(o::put);
    return o;
  }

  private static Document byId(IndexSearcher s, String id) throws IOException {
    TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) throw new ApiException(404, "لا توجد مقالة بهذا المعرّف");
    return s.storedFields().document(top.scoreDocs[0].doc);
  }

  /** A true/false parameter, {@code otherwise} when absent. */
  private static boolean flag(Params p, String name, boolean otherwise) {
    return switch (p.get(name, Boolean.toString(otherwise)).strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new ApiException(400, name + " must be true or false");
    };
  }

  private static Instant date(String s, boolean endOfDay) {
    try {
      return endOfDay ? DateBounds.end(s) : DateBounds.start(s);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "تاريخ غير صالح: " + s + " (الصيغة YYYY-MM-DD)");
    }
  }
}
