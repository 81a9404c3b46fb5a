package khabar.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import khabar.tag.MentionJson;

/**
 * A {@link SearchResult} as JSON, the one shape {@code khabar search --json} prints and the API
 * returns (docs/SEARCH.md, docs/API.md): {@code total}, {@code hits} (id, url, title, published,
 * source, score, snippet as HTML with {@code <mark>}, entities, duplicate_of, matched), {@code
 * facets}, {@code facet_counts} ({@code approximate}: whether the facet counts are estimates from a
 * sample; {@code sample}: the matches they were counted on), {@code expanded} (entity ids the
 * words were widened to) and {@code did_you_mean}.
 */
public final class ResultJson {
  private ResultJson() {}

  public static ObjectNode of(SearchResult r) {
    ObjectNode o = MentionJson.MAPPER.createObjectNode();
    o.put("total", r.total());
    ArrayNode hits = o.putArray("hits");
    for (Hit h : r.hits()) {
      ObjectNode j = hits.addObject();
      j.put("id", h.id());
      j.put("url", h.url());
      j.put("title", h.title());
      j.put("published", h.published() == null ? null : h.published().toString());
      j.put("source", h.source());
      j.put("score", h.score());
      j.put("snippet", h.snippet().html());
      ArrayNode e = j.putArray("entities");
      h.entities().forEach(e::add);
      j.put("duplicate_of", h.duplicateOf());
      j.put("matched", h.matched() == null ? null : h.matched().label());
    }
    ObjectNode facets = o.putObject("facets");
    for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
      ObjectNode fo = facets.putObject(f.getKey());
      f.getValue().forEach(fo::put);
    }
    ObjectNode counts = o.putObject("facet_counts");
    counts.put("approximate", r.facetsApproximate());
    counts.put("sample", r.facetsCounted());
    ArrayNode expanded = o.putArray("expanded");
    r.expanded().forEach(expanded::add);
    ArrayNode suggestions = o.putArray("did_you_mean");
    r.suggestions().forEach(suggestions::add);
    return o;
  }
}
