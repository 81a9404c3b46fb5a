package khabar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import khabar.search.Hit;
import khabar.search.SearchResult;
import khabar.tag.MentionJson;

/** The documented JSON shapes of command output (docs/OUTPUT.md). */
public final class Json {
  private Json() {}

  public static ObjectNode searchResult(SearchResult r) {
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
    ArrayNode expanded = o.putArray("expanded");
    r.expanded().forEach(expanded::add);
    ArrayNode suggestions = o.putArray("did_you_mean");
    r.suggestions().forEach(suggestions::add);
    return o;
  }

  public static String write(JsonNode n) {
    try {
      return MentionJson.MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String pretty(JsonNode n) {
    try {
      return MentionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
