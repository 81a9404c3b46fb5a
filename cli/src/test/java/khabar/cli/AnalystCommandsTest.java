package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import khabar.export.ParquetRead;
import khabar.export.ParquetTables;
import khabar.export.TestIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The export, entities, cooccur, money and retag commands, run as a user runs them. */
class AnalystCommandsTest {
  @TempDir Path dir;
  Path index;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void build() throws IOException {
    index = dir.resolve("index");
    TestIndex.write(index, TestIndex.articles());
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.get(0).equals("--help")) {
      all.addAll(List.of("--index", index.toString(), "--gazetteers", "src/test/resources/gazetteers"));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void exportWritesACsvFileWithABomAndReportsOnStderr() throws IOException {
    Path file = dir.resolve("mentions.csv");
    Run r = run("export", "--format", "csv", "--bom", "--out", file.toString());
    assertEquals(0, r.code());
    assertEquals("", r.out());
    assertEquals("13 row(s) from 3 article(s) exported\n", r.err());
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', csv.charAt(0));
    assertEquals(14, csv.lines().count());
  }

  @Test
  void exportTakesTheSearchFilters() {
    Run r = run("export", "--level", "article", "--entity", "OpenAI", "--from", "2025-02-01");
    assertEquals(0, r.code());
    assertEquals(1, r.out().lines().count());
    assertTrue(r.out().startsWith("{\"article_id\":\"a2\","), r.out());
  }

  @Test
  void exportWritesTheParquetTablesWithTheSearchFilters() throws Exception {
    Path tables = dir.resolve("tables");
    Run r = run("export", "--format", "parquet", "--entity", "OpenAI", "--out", tables.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("1 article(s) and 4 mention(s) exported to " + tables + " in 1 month partition(s): 2025-02\n", r.err());
    assertEquals(
        List.of(Map.of("id", "a2", "month", "2025-02", "mentions", 4L)),
        ParquetRead.duckdb("SELECT a.id, a.month, count(*) AS mentions FROM " + ParquetRead.table(tables, ParquetTables.ARTICLES)
            + " a JOIN " + ParquetRead.table(tables, ParquetTables.MENTIONS) + " m ON m.article_id = a.id GROUP BY a.id, a.month"));

    Run again = run("export", "--format", "parquet", "--out", tables.toString());
    assertEquals(2, again.code());
    assertEquals("khabar export: " + tables + " is not empty; give --overwrite to replace its articles/ and mentions/ tables\n",
        again.err());
    Run all = run("export", "--format", "parquet", "--overwrite", "--only-filtered", "--type", "MONEY", "--out", tables.toString());
    assertEquals(0, all.code(), all.err());
    assertEquals("3 article(s) and 3 mention(s) exported to " + tables + " in 3 month partition(s): 2025-01, 2025-02, unknown\n",
        all.err());
  }

  @Test
  void aParquetExportOfNothingFailsAndWritesNothing() {
    Path tables = dir.resolve("none");
    Run r = run("export", "--format", "parquet", "--entity", "Intel", "--out", tables.toString());
    assertEquals(1, r.code());
    assertEquals("khabar export: no article matched; nothing written\n", r.err());
    assertFalse(Files.exists(tables));
  }

  @Test
  void parquetNeedsAFolderAndTakesNoRowOptions() {
    assertEquals("khabar export: --format parquet writes a folder of tables: give it with --out DIR\n",
        run("export", "--format", "parquet").err());
    Run level = run("export", "--format", "parquet", "--level", "article", "--out", dir.resolve("t").toString());
    assertEquals(2, level.code());
    assertEquals("khabar export: --level does not apply to --format parquet: it writes both tables, articles with their text\n",
        level.err());
    Run overwrite = run("export", "--format", "csv", "--overwrite");
    assertEquals(2, overwrite.code());
    assertEquals("khabar export: --overwrite is for --format parquet, which writes a folder\n", overwrite.err());
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    Run r = run("export", "--format", "xls");
    assertEquals(2, r.code());
    assertEquals("khabar export: unknown format 'xls' (expected jsonl, csv, tsv, xlsx or parquet)\n", r.err());
    Run book = run("export", "--format", "xlsx");
    assertEquals(2, book.code());
    assertEquals("khabar export: --format xlsx writes a file: give it with --out FILE.xlsx\n", book.err());
    assertEquals(2, run("entities", "--by", "year").code());
    assertEquals(2, run("cooccur", "--window", "paragraph").code());
    assertEquals(2, run("money", "--sort", "size").code());
  }

  @Test
  void entitiesPerMonthAsCsv() {
    Run r = run("entities", "--by", "month", "--type", "PERSON", "--format", "csv");
    assertEquals(0, r.code());
    assertEquals(
        """
        "period","type","entity_id","name","name_ar","articles","mentions"
        "2025-01","PERSON","sam-altman","Sam Altman","سام ألتمان",1,1
        "2025-02","PERSON","sam-altman","Sam Altman","سام ألتمان",1,1
        """,
        r.out());
  }

  @Test
  void entitiesAsATable() {
    Run r = run("entities", "--top", "1", "--type", "CHIP");
    assertEquals(
        """
        period  type  entity_id    name         name_ar       articles  mentions
        all     CHIP  ascend-910b  Ascend 910B  أسيند 910 بي  1         1
        """,
        r.out());
  }

  @Test
  void cooccurAsGexf() {
    Run r = run("cooccur", "--format", "gexf", "--min-weight", "2");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("<edge id=\"e0\" source=\"nvidia\" target=\"sam-altman\" weight=\"2\">"), r.out());
    assertEquals("2 entities, 1 pair(s)\n", r.err());
  }

  @Test
  void moneyNewestFirstAsTsv() {
    Run r = run("money", "--sort", "date", "--limit", "1", "--format", "tsv");
    assertEquals(0, r.code());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).startsWith("\"a2\"\t\"https://other.net/a2\"\t\"'=HYPERLINK("), lines.get(1));
  }

  @Test
  void retagTwiceChangesOnlyTheFirstTime() {
    Run first = run("retag", "--format", "jsonl");
    assertEquals(0, first.code(), first.err());
    assertTrue(
        first.err().startsWith("3 article(s): 0 already current, 3 re-tagged ("), first.err());
    Run second = run("retag");
    assertEquals(
        "3 article(s): 3 already current, 0 re-tagged (0 changed): 0 mention(s) added, 0 removed, 0 relinked\n",
        second.err());
    assertEquals("\"article_id\"\t\"change\"\t\"type\"\t\"start\"\t\"end\"\t\"text\"\t\"old_id\"\t\"new_id\"\n", second.out());
  }

  @Test
  void aMissingIndexIsOneLine() {
    index = dir.resolve("nothing-here");
    Run r = run("entities");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("khabar entities: no index found"), r.err());
  }

  @Test
  void trendByMonthAsCsvWithAChart() throws IOException {
    Path chart = dir.resolve("trend.svg");
    Run r = run("trend", "إنفيديا", "Sam Altman", "--by", "month", "--format", "csv", "--chart", chart.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "\"period\",\"nvidia.articles\",\"nvidia.mentions\",\"nvidia.usd\",\"sam-altman.articles\",\"sam-altman.mentions\"\n"
            + "\"2025-01\",1,2,0,1,1\n"
            + "\"2025-02\",1,1,100000000,1,1\n",
        r.out());
    assertEquals("1 undated article(s) left out of the periods\nchart written to " + chart + "\n", r.err());
    assertTrue(Files.readString(chart).contains("<desc>إنفيديا، سام ألتمان: 2025-01 – 2025-02</desc>"));
  }

  @Test
  void trendUsageErrors() {
    Run unknown = run("trend", "nosuchco");
    assertEquals(2, unknown.code());
    assertEquals("khabar trend: no entity named 'nosuchco' in the gazetteers\n", unknown.err());
    assertEquals(2, run("trend", "nvidia", "--by", "all").code());
    assertEquals(2, run("trend", "nvidia", "--chart", "x.pdf").code());
    assertEquals(2, run("trend").code());
  }

  @Test
  void trendAsAWorkbookSheet() throws IOException {
    Path book = dir.resolve("trend.xlsx");
    Run r = run("trend", "nvidia", "--format", "xlsx", "--out", book.toString());
    assertEquals(0, r.code(), r.err());
    try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile())) {
      var rows = wb.getFirstSheet().read();
      assertEquals("trend", wb.getFirstSheet().getName());
      assertEquals(List.of("period", "nvidia.articles", "nvidia.mentions", "nvidia.usd"),
          rows.get(0).stream().map(c -> c.getText()).toList());
      assertEquals("2025-02", rows.get(2).getCell(0).asString());
      assertEquals(100000000, rows.get(2).getCell(3).asNumber().intValue());
    }
  }

  @Test
  void digestReportsOnceThenNothingNewAndKeepsItsState() throws IOException {
    Path watch = dir.resolve("watch.txt");
    Files.writeString(watch, "entity إنفيديا\nquery OpenAI\n");
    Path html = dir.resolve("digest.html");
    Path md = dir.resolve("digest.md");
    Run first = run("digest", "--watchlist", watch.toString(), "--out", html.toString(), "--markdown", md.toString());
    assertEquals(0, first.code(), first.err());
    assertEquals("2 new article(s) reported in " + html + "\n", first.err());
    assertTrue(Files.readString(html).contains("<mark>إنفيديا</mark>"));
    assertTrue(Files.readString(md).startsWith("# خبر — ملخص ما استجد\n"));
    String state = Files.readString(dir.resolve("watch.txt.state.json"));
    assertTrue(state.contains("\"reported\" : [ \"a1\", \"a2\" ]"), state);
    Run second = run("digest", "--watchlist", watch.toString(), "--out", html.toString());
    assertEquals(0, second.code());
    assertEquals("nothing new since the last report; " + html + " says so\n", second.err());
    assertTrue(Files.readString(html).contains("لا جديد منذ آخر تقرير."));
  }

  @Test
  void digestErrorsNameTheFile() throws IOException {
    Path watch = dir.resolve("bad.txt");
    Files.writeString(watch, "entity nvidia\nwatch openai\n");
    Run r = run("digest", "--watchlist", watch.toString(), "--out", dir.resolve("d.html").toString());
    assertEquals(2, r.code());
    assertEquals("khabar digest: " + watch + ":2: unknown keyword 'watch' (expected entity, query or min-usd)\n", r.err());
    Run missing = run("digest", "--watchlist", dir.resolve("none.txt").toString(), "--out", dir.resolve("d.html").toString());
    assertEquals(2, missing.code());
    Path state = dir.resolve("broken.json");
    Files.writeString(state, "[1,2");
    Files.writeString(watch, "entity nvidia\n");
    Run broken = run("digest", "--watchlist", watch.toString(), "--out", dir.resolve("d.html").toString(), "--state", state.toString());
    assertEquals(2, broken.code());
    assertTrue(broken.err().startsWith("khabar digest: state file " + state + " is not JSON"), broken.err());
  }
}
