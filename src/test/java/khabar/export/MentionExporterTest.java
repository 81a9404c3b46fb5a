package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.tag.MentionJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionExporterTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void build() throws IOException {
    searcher = TestIndex.build(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static SearchRequest all() {
    return SearchRequest.of("");
  }

  static String export(SearchRequest r, Level level, MentionFilter rows, Format f, boolean bom) throws IOException {
    StringWriter out = new StringWriter();
    try (TableWriter t = TableWriter.open(f, MentionExporter.columns(level), out, bom)) {
      MentionExporter.Result res = new MentionExporter().export(searcher, r, level, rows, t);
      assertEquals(List.of(), res.problems());
    }
    return out.toString();
  }

  static List<JsonNode> jsonl(String s) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : s.split("\n")) {
      if (!line.isEmpty()) out.add(MentionJson.MAPPER.readTree(line));
    }
    return out;
  }

  /** "type entity_id text [start,end) «sentence»" for each row. */
  static List<String> brief(String jsonl) throws IOException {
    return jsonl(jsonl).stream()
        .map(o -> o.get("article_id").asText() + " " + o.get("entity_id").asText() + " " + o.get("text").asText() + " ["
            + o.get("start").asInt() + "," + o.get("end").asInt() + ") «" + o.get("sentence").asText() + "»")
        .toList();
  }

  @Test
  void mentionRowsCarryTheirSentence() throws IOException {
    assertEquals(
        List.of(
            "a1 nvidia إنفيديا [5,12) «باعت إنفيديا رقائق H800 لشركة ديب سيك.»",
            "a1 h800 H800 [19,23) «باعت إنفيديا رقائق H800 لشركة ديب سيك.»",
            "a1 deepseek ديب سيك [30,37) «باعت إنفيديا رقائق H800 لشركة ديب سيك.»",
            "a1 sam-altman سام ألتمان [43,53) «قال سام ألتمان إن الصفقة بلغت 5.6 ملايين دولار!»",
            "a1 usd:5600000 5.6 ملايين دولار [69,85) «قال سام ألتمان إن الصفقة بلغت 5.6 ملايين دولار!»",
            "a1 nvidia إنفيديا [100,107) «وتراجعت أسهم إنفيديا؟»",
            "a2 openai OpenAI [8,14) «استثمرت OpenAI نحو 100 مليون دولار مع إنفيديا.»",
            "a2 usd:100000000 نحو 100 مليون دولار [15,34) «استثمرت OpenAI نحو 100 مليون دولار مع إنفيديا.»",
            "a2 nvidia إنفيديا [38,45) «استثمرت OpenAI نحو 100 مليون دولار مع إنفيديا.»",
            "a2 sam-altman ألتمان [52,58) «وقال ألتمان شيئا.»",
            "a3 huawei هواوي [0,5) «هواوي تطلق Ascend 910B بسعر 10 آلاف يوان.»",
            "a3 ascend-910b Ascend 910B [11,22) «هواوي تطلق Ascend 910B بسعر 10 آلاف يوان.»",
            "a3 cny:10000 10 آلاف يوان [28,40) «هواوي تطلق Ascend 910B بسعر 10 آلاف يوان.»"),
        brief(export(all(), Level.MENTION, MentionFilter.ALL, Format.JSONL, false)));
  }

  @Test
  void aMoneyRowHasEveryColumn() throws IOException {
    JsonNode money = jsonl(export(all(), Level.MENTION, MentionFilter.ALL, Format.JSONL, false)).get(7);
    assertEquals(
        "{\"article_id\":\"a2\",\"url\":\"https://other.net/a2\",\"title\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"انقر\\\")\","
            + "\"published\":\"2025-02-03T08:30:00Z\",\"date\":\"2025-02-03\",\"source\":\"other.net\",\"type\":\"MONEY\",\"entity_id\":\"usd:100000000\","
            + "\"name\":\"100000000 USD\",\"name_ar\":\"\",\"text\":\"نحو 100 مليون دولار\",\"start\":15,\"end\":34,"
            + "\"sentence\":\"استثمرت OpenAI نحو 100 مليون دولار مع إنفيديا.\",\"amount\":100000000,\"min\":100000000,"
            + "\"max\":100000000,\"currency\":\"USD\",\"usd\":100000000,\"qualifier\":\"APPROX\",\"gazetteer_version\":\"g1\","
            + "\"candidate\":false}",
        MentionJson.MAPPER.writeValueAsString(money));
  }

  @Test
  void csvOpensInACsvParserWithArabicIntactAndFormulasNeutralised() throws IOException {
    String csv = export(all(), Level.MENTION, MentionFilter.ALL, Format.CSV, true);
    assertEquals('\uFEFF', csv.charAt(0));
    CsvMapper mapper = new CsvMapper();
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv.substring(1))) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(13, rows.size());
    assertEquals(MentionExporter.MENTION_COLUMNS, new ArrayList<>(rows.get(0).keySet()));
    Map<String, String> deepseek = rows.get(2);
    assertEquals("ديب سيك", deepseek.get("text"));
    assertEquals("ديب سيك", deepseek.get("name_ar"));
    assertEquals("باعت إنفيديا رقائق H800 لشركة ديب سيك.", deepseek.get("sentence"));
    assertEquals("إنفيديا تبيع رقائق H800 لديب سيك", deepseek.get("title"));
    assertEquals("30", deepseek.get("start"));
    for (int k = 6; k <= 9; k++) assertEquals("'" + TestIndex.A2_TITLE, rows.get(k).get("title"));
    Map<String, String> money = rows.get(7);
    assertEquals("100000000", money.get("usd"));
    assertEquals("APPROX", money.get("qualifier"));
    assertEquals("", rows.get(12).get("usd")); // yuan: no dollar value is guessed
    assertEquals("CNY", rows.get(12).get("currency"));
    assertEquals("", rows.get(12).get("published"));
  }

  @Test
  void articleRowsListTheirEntities() throws IOException {
    assertEquals(
        "\"article_id\",\"url\",\"title\",\"published\",\"date\",\"source\",\"mentions\",\"entity_ids\",\"companies\","
            + "\"chips\",\"people\",\"names_ar\",\"money\",\"usd_total\",\"gazetteer_version\"\n"
            + "\"a1\",\"https://example.com/a1\",\"إنفيديا تبيع رقائق H800 لديب سيك\",\"2025-01-27T10:00:00Z\",\"2025-01-27\","
            + "\"example.com\",6,\"nvidia; h800; deepseek; sam-altman\",\"Nvidia; DeepSeek\",\"H800\",\"Sam Altman\","
            + "\"إنفيديا; ديب سيك; سام ألتمان\",\"5600000 USD\",5600000,\"g1\"\n"
            + "\"a3\",\"https://example.com/a3\",\"هواوي\",\"\",\"\",\"example.com\",3,\"huawei; ascend-910b\",\"Huawei\","
            + "\"Ascend 910B\",\"\",\"هواوي; أسيند 910 بي\",\"10000 CNY\",\"\",\"g1\"\n",
        export(request("", "", "", "", "", "example.com", null, null), Level.ARTICLE, MentionFilter.ALL, Format.CSV, false));
  }

  @Test
  void articleJsonCarriesMoneyAsTypedObjectsAndTheTextOnRequest() throws IOException {
    StringWriter out = new StringWriter();
    MentionExporter withText = new MentionExporter(true);
    try (TableWriter t = TableWriter.open(Format.JSONL, withText.columnsOf(Level.ARTICLE), out, false)) {
      withText.export(searcher, all(), Level.ARTICLE, MentionFilter.ALL, t);
    }
    List<JsonNode> rows = jsonl(out.toString());
    assertEquals(List.of("a1", "a2", "a3"), rows.stream().map(r -> r.get("article_id").asText()).toList());
    assertEquals(
        "[{\"text\":\"نحو 100 مليون دولار\",\"amount\":100000000,\"min\":100000000,\"max\":100000000,"
            + "\"currency\":\"USD\",\"usd\":100000000,\"qualifier\":\"APPROX\"}]",
        MentionJson.MAPPER.writeValueAsString(rows.get(1).get("money")));
    assertEquals(100000000, rows.get(1).get("usd_total").asLong());
    assertEquals("2025-02-03", rows.get(1).get("date").asText());
    assertEquals(TestIndex.A2_TEXT, rows.get(1).get("text").asText());
    // yuan: typed, but no dollar value and so no dollar total
    assertEquals("CNY", rows.get(2).get("money").get(0).get("currency").asText());
    assertTrue(rows.get(2).get("money").get(0).get("usd").isNull());
    assertTrue(rows.get(2).get("usd_total").isNull());
    assertTrue(rows.get(2).get("date").isNull());
  }

  static SearchRequest request(
      String query, String entities, String types, String from, String to, String source, Double minUsd, Double maxUsd) {
    return new SearchRequest(
        query,
        entities == null || entities.isBlank() ? List.of() : Arrays.asList(entities.split(",")),
        types == null || types.isBlank() ? List.of() : Arrays.stream(types.split(",")).map(EntityType::parse).toList(),
        from == null || from.isBlank() ? null : Instant.parse(from),
        to == null || to.isBlank() ? null : Instant.parse(to),
        source, minUsd, maxUsd, null, 1, 0);
  }

  static List<String> articleIds(SearchRequest r) throws IOException {
    return jsonl(export(r, Level.ARTICLE, MentionFilter.ALL, Format.JSONL, false)).stream()
        .map(o -> o.get("article_id").asText())
        .toList();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6} {7}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ''     | ''            | ''    | ''                   | ''                   | ''        |           |           | a1,a2,a3
          ''     | انفيديا       | ''    | ''                   | ''                   | ''        |           |           | a1,a2
          ''     | Sam Altman    | ''    | ''                   | ''                   | other.net |           |           | a2
          ''     | huawei,nvidia | ''    | ''                   | ''                   | ''        |           |           | ''
          ''     | ''            | CHIP  | ''                   | ''                   | ''        |           |           | a1,a3
          ''     | ''            | ''    | 2025-02-01T00:00:00Z | ''                   | ''        |           |           | a2
          ''     | ''            | ''    | ''                   | 2025-01-31T23:59:59Z | ''        |           |           | a1
          ''     | ''            | ''    | ''                   | ''                   | ''        | 1.0E7     |           | a2
          ''     | ''            | ''    | ''                   | ''                   | ''        |           | 1.0E7     | a1
          هواوي  | ''            | ''    | ''                   | ''                   | ''        |           |           | a3
          """)
  void selectsExactlyWhatSearchSelects(
      String query, String entities, String types, String from, String to, String source, Double minUsd, Double maxUsd,
      String expected) throws IOException {
    SearchRequest r = request(query, entities, types, from, to, source, minUsd, maxUsd);
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
    assertEquals(want, articleIds(r));
    assertEquals(want.size(), searcher.search(r).total());
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          nvidia | ''    |       | a1 nvidia 5,a1 nvidia 100,a2 nvidia 38
          ''     | MONEY |       | a1 usd:5600000 69,a2 usd:100000000 15,a3 cny:10000 28
          ''     | ''    | 1.0E7 | a2 usd:100000000 15
          h800   | PERSON|       | a1 h800 19,a1 sam-altman 43
          """)
  void onlyFilteredRowsAreTheNamedMentions(String entities, String types, Double minUsd, String expected) throws IOException {
    SearchRequest r = request("", entities, types, "", "", "", minUsd, null);
    String out = export(r, Level.MENTION, MentionFilter.of(r, TestIndex.GAZETTEER), Format.JSONL, false);
    List<String> rows =
        jsonl(out).stream()
            .map(o -> o.get("article_id").asText() + " " + o.get("entity_id").asText() + " " + o.get("start").asInt())
            .toList();
    assertEquals(List.of(expected.split(",")), rows);
  }

  @Test
  void anEmptySelectionWritesOnlyTheHeader() throws IOException {
    assertEquals(
        String.join(",", MentionExporter.MENTION_COLUMNS.stream().map(c -> "\"" + c + "\"").toList()) + "\n",
        export(SearchRequest.of("غيرموجود"), Level.MENTION, MentionFilter.ALL, Format.CSV, false));
    assertTrue(export(SearchRequest.of("غيرموجود"), Level.MENTION, MentionFilter.ALL, Format.JSONL, false).isEmpty());
  }
}
