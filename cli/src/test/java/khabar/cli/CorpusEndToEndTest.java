package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import khabar.export.ParquetRead;
import khabar.export.ParquetTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole path as a user walks it: the sample corpus ingested with the real gazetteers into a
 * fresh index, then searched and exported through the command line. Expectations come from
 * corpus/README.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEEPSEEK_01 =
      "https://techalyawm.example/2025/01/28/deepseek-shakes-silicon-valley/";
  private static final String AMD_05 = "https://chipsworld.example/processors/amd-mi350-lisa-su/";
  private static final String CAMPUS_06 = "https://techeconomy.example/2025/05/23/uae-us-ai-campus-g42/";
  private static final String CAMPUS_12 = "https://gulftech.example/2025/05/24/uae-ai-campus-g42/";

  @TempDir static Path dir;
  Path index;
  Run firstIngest;

  record Run(int code, String out, String err) {}

  @BeforeAll
  void ingestCorpus() {
    index = dir.resolve("index");
    firstIngest = run("ingest", "corpus");
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  JsonNode json(String... args) throws IOException {
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  /** The hit URLs, with the corpus's plain-text files (file: URLs) named by their number. */
  Set<String> urls(JsonNode result) {
    Set<String> urls = new TreeSet<>();
    for (JsonNode hit : result.get("hits")) {
      String url = hit.get("url").asText();
      urls.add(url.startsWith("file:") ? url.substring(url.lastIndexOf('/') + 1, url.lastIndexOf('/') + 3) : url);
    }
    return urls;
  }

  @Test
  void everyFileIsIndexedOnceAndASecondRunChangesNothing() throws IOException {
    assertEquals(0, firstIngest.code(), firstIngest.err());
    assertTrue(firstIngest.err().contains("added 21"), firstIngest.err());
    Run again = run("ingest", "corpus");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("added 0"), again.err());
    assertEquals(21, json("stats", "--json").get("documents").asInt());
  }

  @Test
  void aChipWrittenInArabicLettersFindsBothScripts() throws IOException {
    JsonNode r = json("search", "--json", "--entity", "إتش 800");
    assertEquals(Set.of(DEEPSEEK_01, "13"), urls(r));
  }

  @Test
  void aPersonFilterFindsTheArticleAndItsEntities() throws IOException {
    JsonNode r = json("search", "--json", "--entity", "ليزا سو");
    assertEquals(Set.of(AMD_05), urls(r));
    Set<String> entities = new TreeSet<>();
    r.get("hits").get(0).get("entities").forEach(e -> entities.add(e.asText()));
    assertTrue(entities.containsAll(Set.of("amd", "lisa-su", "sam-altman", "mi350x", "mi300x", "b200")), entities.toString());
  }

  @Test
  void theSyndicatedAndRepublishedCopiesPointAtTheirOriginals() throws IOException {
    JsonNode stats = json("stats", "--json");
    assertEquals(1, stats.get("duplicates").get("EXACT").asInt(), "12 repeats 06 word for word");
    assertEquals(1, stats.get("duplicates").get("NEAR").asInt(), "11 rewrites one sentence of 03");
    assertEquals(19, stats.get("originals").asInt());
    JsonNode all = json("search", "--json", "--include-duplicates", "--limit", "30");
    java.util.Map<String, String> idByUrl = new java.util.HashMap<>();
    java.util.Map<String, String> copyOf = new java.util.TreeMap<>();
    for (JsonNode h : all.get("hits")) {
      idByUrl.put(h.get("url").asText(), h.get("id").asText());
      if (!h.get("duplicate_of").isNull()) copyOf.put(h.get("url").asText(), h.get("duplicate_of").asText());
    }
    assertEquals(
        java.util.Map.of(
            "https://digitalgate.example/semiconductors/2025/04/22/huawei-ascend-910c",
            idByUrl.get("https://techalyawm.example/2025/04/22/huawei-ascend-910c-shipments/"),
            CAMPUS_12, idByUrl.get(CAMPUS_06)),
        copyOf);
  }

  @Test
  void aDollarFloorFindsOnlyTheTrillionDollarArticles() throws IOException {
    JsonNode r = json("search", "--json", "--min-usd", "1e12");
    assertEquals(Set.of(CAMPUS_06), urls(r), "12 republishes 06 word for word, so it is hidden as a copy");
    JsonNode all = json("search", "--json", "--min-usd", "1e12", "--include-duplicates");
    assertEquals(Set.of(CAMPUS_06, CAMPUS_12), urls(all));
  }

  @Test
  void aPhraseAndAWordFindTheirArticlesWithHighlights() throws IOException {
    JsonNode r = json("search", "--json", "\"الذكاء الاصطناعي\" AND تايوان");
    assertEquals(Set.of("https://chipsworld.example/foundry/tsmc-arizona-expansion/", "18"), urls(r));
    for (JsonNode hit : r.get("hits")) {
      assertTrue(hit.get("snippet").asText().contains("تايوان"), hit.toString());
    }
  }

  @Test
  void theDollarFiguresOfAnArticleComeOutWithValuesAndQualifiers() throws IOException {
    Run r = run("export", "--from", "2025-01-28", "--to", "2025-01-28", "--type", "MONEY", "--only-filtered");
    assertEquals(0, r.code(), r.err());
    List<String> rows = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      JsonNode row = JSON.readTree(line);
      assertEquals(DEEPSEEK_01, row.get("url").asText());
      rows.add(row.get("usd").decimalValue().toPlainString() + " " + row.get("qualifier").asText());
    }
    assertEquals(List.of("5600000 EXACT", "100000000 MORE_THAN", "590000000000 APPROX"), rows);
  }

  @Test
  void theParquetTablesHoldEveryArticleWithItsCopyMarkAndEveryMention() throws Exception {
    java.nio.file.Path tables = dir.resolve("tables");
    Run r = run("export", "--format", "parquet", "--include-duplicates", "--out", tables.toString());
    assertEquals(0, r.code(), r.err());
    String articles = ParquetRead.table(tables, ParquetTables.ARTICLES);
    String mentions = ParquetRead.table(tables, ParquetTables.MENTIONS);
    Run jsonl = run("export", "--include-duplicates");
    long mentionRows = jsonl.out().lines().count();
    assertEquals(
        List.of(java.util.Map.of("articles", 21L, "copies", 2L, "mentions", mentionRows)),
        ParquetRead.duckdb("SELECT (SELECT count(*) FROM " + articles + ") AS articles,"
            + " (SELECT count(duplicate_of) FROM " + articles + ") AS copies, (SELECT count(*) FROM " + mentions + ") AS mentions"));
    assertEquals(
        List.of(java.util.Map.of("copy", CAMPUS_12, "original", CAMPUS_06, "month", "2025-05")),
        ParquetRead.duckdb("SELECT c.url AS copy, o.url AS original, c.month FROM " + articles + " c JOIN " + articles
            + " o ON o.id = c.duplicate_of WHERE c.url = '" + CAMPUS_12 + "'"));
    assertEquals(
        List.of(java.util.Map.of("text", "5.6\u00a0ملايين دولار فقط", "usd", 5.6e6, "qualifier", "EXACT", "month", "2025-01")),
        ParquetRead.duckdb("SELECT m.text, m.usd, m.qualifier, m.month FROM " + mentions + " m JOIN " + articles
            + " a ON a.id = m.article_id WHERE a.url = '" + DEEPSEEK_01 + "' AND m.type = 'MONEY' ORDER BY m.start LIMIT 1"));
  }
}
