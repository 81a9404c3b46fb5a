package khabar.serve;

import static khabar.serve.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import khabar.tag.MentionJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() throws Exception {
    s = new TestServer(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    s.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return MentionJson.MAPPER.readTree(r.body());
  }

  static List<String> urls(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("hits").forEach(h -> out.add(h.get("url").asText()));
    return out;
  }

  /** Nagle's algorithm off: with it, each kept-alive request waited ~40 ms for a delayed ACK. */
  @Test
  void sendsResponsesWithoutNagleDelay() {
    assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
  }

  @Test
  void searchesInAnySpellingAndMarksTheOriginalWords() throws Exception {
    JsonNode r = json(s.get("/api/search?q=" + enc("انفيديا") + "&sort=date"));
    assertEquals(3, r.get("total").asInt());
    JsonNode huawei = r.get("hits").get(1);
    assertEquals("https://test.example/huawei-ascend", huawei.get("url").asText());
    assertTrue(huawei.get("snippet").asText().contains("<mark>إنفيديا</mark>"), huawei.get("snippet").asText());
  }

  @Test
  void filtersByEntityInAnyScriptAndByDollars() throws Exception {
    JsonNode r = json(s.get("/api/search?entity=" + enc("هواوي")));
    assertEquals(List.of("https://test.example/huawei-ascend"), urls(r));
    JsonNode rich = json(s.get("/api/search?entity=Nvidia&min_usd=50000000&sort=date"));
    assertEquals(List.of("https://test.example/huawei-ascend"), urls(rich));
    JsonNode some = json(s.get("/api/search?entity=nvidia&min_usd=1000000&sort=date"));
    assertEquals(List.of("https://test.example/huawei-ascend", "https://test.example/nvidia-chip"), urls(some));
    // amounts as articles write them, as on the command line
    assertEquals(urls(rich), urls(json(s.get("/api/search?entity=Nvidia&min_usd=50M&sort=date"))));
    assertEquals(urls(some), urls(json(s.get("/api/search?entity=nvidia&min_usd=" + enc("مليون") + "&sort=date"))));
  }

  @Test
  void countsFacetsOverTheWholeResultSet() throws Exception {
    JsonNode f = json(s.get("/api/facets?q=")).get("facets");
    assertEquals(3, f.get("company").get("nvidia").asInt());
    assertEquals(1, f.get("company").get("huawei").asInt());
    assertEquals(1, f.get("chip").get("h800").asInt());
    assertEquals(1, f.get("month").get("2025-03").asInt());
    assertEquals("{\"approximate\":false,\"sample\":3}", json(s.get("/api/facets?q=")).get("facet_counts").toString());
    assertEquals(
        json(s.get("/api/facets?q=")).get("facets"), json(s.get("/api/facets?q=&exact_facets=true")).get("facets"),
        "a few matches are counted exactly either way");
    HttpResponse<String> bad = s.get("/api/search?q=&exact_facets=maybe");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("exact_facets must be true or false"), bad.body());
  }

  @Test
  void namesEveryEntityItShowsInArabicAndEnglish() throws Exception {
    JsonNode r = json(s.get("/api/search?entity=h800"));
    JsonNode names = r.get("names");
    assertEquals(List.of("h800", "jensen-huang", "nvidia"), iterableToList(names.fieldNames()));
    assertEquals("إنفيديا", names.get("nvidia").get("name_ar").asText());
    assertEquals("Nvidia", names.get("nvidia").get("name").asText());
    assertEquals("PERSON", names.get("jensen-huang").get("type").asText());
  }

  static List<String> iterableToList(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void returnsAnArticleWithItsMentionsAndValues() throws Exception {
    String id = json(s.get("/api/search?entity=h800")).get("hits").get(0).get("id").asText();
    JsonNode a = json(s.get("/api/article/" + id));
    String text = a.get("text").asText();
    List<String> found = new ArrayList<>();
    for (JsonNode m : a.get("mentions")) {
      assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      found.add(m.get("type").asText() + ":" + m.get("id").asText());
    }
    assertTrue(found.containsAll(List.of("COMPANY:nvidia", "CHIP:h800", "MONEY:usd:5600000", "PERSON:jensen-huang")), found.toString());
    JsonNode money = null;
    for (JsonNode m : a.get("mentions")) if (m.get("type").asText().equals("MONEY")) money = m;
    assertEquals(5600000, money.get("usd").asLong());
  }

  @Test
  void describesAnEntity() throws Exception {
    JsonNode e = json(s.get("/api/entity/" + enc("إنفيديا")));
    assertEquals("nvidia", e.get("id").asText());
    assertEquals("COMPANY", e.get("type").asText());
    assertEquals(3, e.get("articles").asInt());
    assertEquals(2, e.get("mentions_per_month").get("2025-03").asInt());
    assertEquals(1, e.get("mentions_per_month").get("2025-04").asInt());
    assertEquals(3, e.get("latest").size());
  }

  @Test
  void exportsTheFilteredResultSet() throws Exception {
    HttpResponse<String> r = s.get("/api/export?format=csv&entity=huawei");
    assertEquals(200, r.statusCode());
    List<String> lines = r.body().lines().toList();
    assertTrue(lines.get(0).startsWith("\uFEFF\"article_id\""), lines.get(0));
    for (String l : lines.subList(1, lines.size())) assertTrue(l.contains("https://test.example/huawei-ascend"), l);
    assertTrue(lines.size() > 3);
  }

  @Test
  void refusesBadRequestsWithAClearMessage() throws Exception {
    HttpResponse<String> bad = s.get("/api/search?q=" + enc("\"غير مغلق"));
    assertEquals(400, bad.statusCode());
    assertTrue(json(bad).get("error").asText().startsWith("تعذّر فهم البحث"));
    assertEquals(400, s.get("/api/search?q=" + "a".repeat(600)).statusCode());
    assertEquals(400, s.get("/api/search?entity=" + enc("لا يوجد")).statusCode());
    assertEquals(404, s.get("/api/article/nope").statusCode());
    assertEquals(404, s.get("/etc/passwd").statusCode());
    assertEquals(404, s.get("/..%2f..%2fpom.xml").statusCode());
    assertEquals(404, s.get("/api/nothing").statusCode());
  }

  /** Every query error is a 400 with one line, never a 500 or a stack trace. */
  @Test
  void aRegularExpressionTooComplexToRunIsA400WithOneLine() throws Exception {
    HttpResponse<String> r = s.get("/api/search?q=" + enc("/[ac]*a[ac]{50,200}/"));
    assertEquals(400, r.statusCode());
    String error = json(r).get("error").asText();
    assertTrue(error.startsWith("تعذّر فهم البحث") && error.contains("التعبير النمطي"), error);
    assertTrue(!error.contains("\n") && !error.contains("Exception"), error);
  }

  @Test
  void sendsSecurityHeadersAndServesThePage() throws Exception {
    HttpResponse<String> page = s.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("dir=\"rtl\""));
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertFalse(s.get("/app.js").body().contains("innerHTML"));
  }
}
