package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import khabar.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code khabar search} and {@code khabar stats} on three small plain-text articles written for
 * this test (the second republishes the first with a credit line), ingested with the project's
 * gazetteers: output shapes, duplicate handling and the one-line errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String STORY =
      "إنفيديا تكشف رقاقة جديدة\n\n"
          + "كشفت إنفيديا عن رقاقة جديدة لمراكز البيانات، وقالت إن الشحنات الأولى تصل إلى العملاء في الخريف. "
          + "وأضافت الشركة أن الرقاقة تستهلك طاقة أقل بكثير من الجيل السابق، وأن سعرها لم يُحدد بعد. "
          + "ويتوقع محللون أن ترفع الرقاقة إيرادات الشركة في العام المقبل إذا استمر الطلب على الحوسبة.\n";

  Path dir;
  Path index;

  record Run(int code, String out, String err) {}

  @BeforeAll
  void ingest() throws IOException {
    dir = Files.createTempDirectory("khabar-search-cli");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("1-story.txt"), STORY, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("2-copy.txt"), STORY + "\nنُشر هذا الخبر بالاتفاق مع موقع شريك.\n", StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("3-other.txt"),
        "هواوي توسّع مصانعها\n\nقالت هواوي إنها ستبني مصنعاً جديداً في الجنوب، ولم تذكر كلفة المشروع.\n",
        StandardCharsets.UTF_8);
    index = dir.resolve("index");
    Run r = run("ingest", in.toString());
    assertEquals(0, r.code(), r.err());
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
  }

  JsonNode json(String... args) throws IOException {
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void textOutputMarksTheMatchedWords() {
    Run r = run("search", "انفيديا");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("1 hit(s)\n"), r.out());
    assertTrue(r.out().contains("كشفت ⟦إنفيديا⟧ عن رقاقة"), r.out());
    assertTrue(r.out().contains("facet company: nvidia 1"), r.out());
  }

  @Test
  void estimatedFacetCountsAreMarked() {
    SearchResult sampled = new SearchResult(
        95_156, List.of(), Map.of("company", Map.of("nvidia", 1_900), "source", Map.of("بوابة الرقائق", 19_030)), 10_000,
        List.of(), List.of());
    StringWriter out = new StringWriter();
    SearchCommand.print(new PrintWriter(out, true), sampled);
    assertTrue(out.toString().startsWith("95156 hit(s)\n"), out.toString());
    assertTrue(out.toString().contains("facets estimated from 10,000 of the 95,156 matches (--exact-facets counts them all)\n"), out.toString());
    assertTrue(out.toString().contains("facet company: nvidia ≈1900\n"), out.toString());
    assertTrue(out.toString().contains("facet source: بوابة الرقائق ≈19030\n"), out.toString());

    StringWriter exact = new StringWriter();
    SearchCommand.print(new PrintWriter(exact, true), new SearchResult(3, List.of(), Map.of("company", Map.of("nvidia", 3))));
    assertTrue(exact.toString().contains("facet company: nvidia 3\n"), exact.toString());
    assertTrue(!exact.toString().contains("estimated") && !exact.toString().contains("≈"), exact.toString());
  }

  @Test
  void exactFacetsCountEveryMatch() throws IOException {
    JsonNode r = json("search", "--json", "--exact-facets", "إنفيديا");
    assertEquals("{\"approximate\":false,\"sample\":1}", r.get("facet_counts").toString());
    assertEquals(1, r.get("facets").get("company").get("nvidia").asInt());
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    JsonNode r = json("search", "--json", "--include-duplicates", "--entity", "Nvidia", "--sort", "date");
    assertEquals(2, r.get("total").asInt());
    List<String> keys = new ArrayList<>();
    r.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("total", "hits", "facets", "facet_counts", "expanded", "did_you_mean"), keys);
    assertEquals("{\"approximate\":false,\"sample\":2}", r.get("facet_counts").toString(), "two matches: counted exactly");
    JsonNode hit = r.get("hits").get(0);
    List<String> hitKeys = new ArrayList<>();
    hit.fieldNames().forEachRemaining(hitKeys::add);
    assertEquals(
        List.of("id", "url", "title", "published", "source", "score", "snippet", "entities", "duplicate_of", "matched"),
        hitKeys);
    List<String> facets = new ArrayList<>();
    r.get("facets").fieldNames().forEachRemaining(facets::add);
    assertEquals(List.of("company", "chip", "person", "source", "month", "year"), facets);
    assertEquals(2, r.get("facets").get("company").get("nvidia").asInt());
    int copies = 0;
    for (JsonNode h : r.get("hits")) {
      assertTrue(h.get("snippet").asText().contains("<mark>إنفيديا</mark>"), h.get("snippet").asText());
      if (!h.get("duplicate_of").isNull()) copies++;
    }
    assertEquals(1, copies);
  }

  @Test
  void copiesAreHiddenByDefaultAndCountedInStats() throws IOException {
    assertEquals(1, json("search", "--json", "رقاقة").get("total").asInt());
    assertEquals(2, json("search", "--json", "--include-duplicates", "رقاقة").get("total").asInt());
    JsonNode stats = json("stats", "--json");
    assertEquals(3, stats.get("documents").asInt());
    assertEquals(2, stats.get("originals").asInt());
    assertEquals(1, stats.get("duplicates").get("NEAR").asInt() + stats.get("duplicates").get("EXACT").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          --entity=فلانكو      | 2 | khabar search: no entity named 'فلانكو' in the gazetteers
          إنفيديا )            | 2 | khabar search: cannot parse query 'إنفيديا )' at column 9: unexpected ')'
          --from=2025-13-01    | 2 | khabar search: bad date '2025-13-01' (expected YYYY-MM-DD, YYYY-MM, YYYY, an ISO instant, or a time back from now: 24h, 7d, 2w)
          --sort=newest        | 2 | khabar search: unknown sort 'newest' (expected relevance or date)
          --min-usd=9 --max-usd=1 | 2 | khabar search: min-usd 9.0 exceeds max-usd 1.0
          /[ac]*a[ac]{50,200}/ | 2 | khabar search: cannot parse query '/[ac]*a[ac]{50,200}/': the regular expression is too complex to run; simplify it or search for words
          --entity=cand:company:nothing | 2 | khabar search: no entity named 'cand:company:nothing' in the gazetteers
          """)
  void errorsAreOneLine(String args, int code, String message) {
    Run r = run(("search " + args).split(" (?=--)|(?<=search) "));
    assertEquals(code, r.code(), r.out());
    assertEquals(message + "\n", r.err());
  }

  @Test
  void aMissingIndexSaysSo() {
    List<String> args = List.of("search", "x", "--index", dir.resolve("none").toString());
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertEquals(1, cl.execute(args.toArray(String[]::new)));
    assertEquals(
        "khabar search: no index found: run 'khabar ingest' first (no index folder at " + dir.resolve("none") + ")\n",
        err.toString());
  }
}
