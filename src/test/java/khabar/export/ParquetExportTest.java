package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet export of {@link TestIndex}'s three articles (January, February, undated), read back
 * with parquet-java and with DuckDB, as a user's tools would read it.
 */
class ParquetExportTest {
  @TempDir static Path dir;
  static Path out;
  static Searcher searcher;
  static ParquetExport.Result result;

  @BeforeAll
  static void export() throws IOException {
    searcher = TestIndex.build(dir.resolve("index"));
    out = dir.resolve("tables");
    ParquetExport.prepare(out, false);
    result = new ParquetExport(out).export(searcher, SearchRequest.of(""), MentionFilter.ALL);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static final String A1_MONEY = "5.6 ملايين دولار";

  @Test
  void eachTableHasOneFilePerMonthInSparksLayout() throws IOException {
    assertEquals(3, result.articles());
    assertEquals(13, result.mentions());
    assertEquals(Map.of("2025-01", 1L, "2025-02", 1L, "unknown", 1L), result.months());
    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of(
            out.resolve("articles/month=2025-01/part-00000.parquet"),
            out.resolve("articles/month=2025-02/part-00000.parquet"),
            out.resolve("articles/month=unknown/part-00000.parquet"),
            out.resolve("mentions/month=2025-01/part-00000.parquet"),
            out.resolve("mentions/month=2025-02/part-00000.parquet"),
            out.resolve("mentions/month=unknown/part-00000.parquet")),
        ParquetRead.files(out));
  }

  @Test
  void parquetJavaReadsTheSchemaAndTypedValuesBack() throws IOException {
    ParquetRead.ParquetFile articles = ParquetRead.read(ParquetExport.file(out, ParquetTables.ARTICLES, "2025-01"));
    assertEquals(ParquetTables.ARTICLES.schema(), articles.schema());
    assertEquals(
        "message articles {\n"
            + "  optional binary id (STRING);\n"
            + "  optional binary url (STRING);\n"
            + "  optional binary title (STRING);\n"
            + "  optional binary text (STRING);\n"
            + "  optional int64 published (TIMESTAMP(MICROS,true));\n"
            + "  optional binary source (STRING);\n"
            + "  optional binary language (STRING);\n"
            + "  optional binary content_hash (STRING);\n"
            + "  optional binary gazetteer_version (STRING);\n"
            + "  optional binary duplicate_of (STRING);\n"
            + "}\n",
        articles.schema().toString());
    assertEquals(1, articles.rows().size());
    Group a1 = articles.rows().get(0);
    assertEquals("a1", a1.getString("id", 0));
    assertEquals("إنفيديا تبيع رقائق H800 لديب سيك", a1.getString("title", 0));
    assertEquals(TestIndex.A1_TEXT, a1.getString("text", 0));
    assertEquals(Instant.parse("2025-01-27T10:00:00Z").toEpochMilli() * 1000, a1.getLong("published", 0));
    assertEquals("h1", a1.getString("content_hash", 0));
    assertEquals(0, a1.getFieldRepetitionCount("duplicate_of"), "an original has no duplicate_of");

    ParquetRead.ParquetFile mentions = ParquetRead.read(ParquetExport.file(out, ParquetTables.MENTIONS, "2025-01"));
    assertEquals(ParquetTables.MENTIONS.schema(), mentions.schema());
    assertEquals(6, mentions.rows().size());
    Group money = mentions.rows().get(4);
    int start = TestIndex.A1_TEXT.indexOf(A1_MONEY);
    assertEquals("a1", money.getString("article_id", 0));
    assertEquals("MONEY", money.getString("type", 0));
    assertEquals("usd:5600000", money.getString("entity_id", 0));
    assertEquals(A1_MONEY, money.getString("text", 0));
    assertEquals(start, money.getInteger("start", 0));
    assertEquals(start + A1_MONEY.length(), money.getInteger("end", 0));
    assertFalse(money.getBoolean("candidate", 0));
    assertEquals(5_600_000d, money.getDouble("amount", 0));
    assertEquals(5_600_000d, money.getDouble("usd", 0));
    assertEquals("USD", money.getString("currency", 0));
    assertEquals("EXACT", money.getString("qualifier", 0));
    Group nvidia = mentions.rows().get(0);
    assertEquals("nvidia", nvidia.getString("entity_id", 0));
    assertEquals(0, nvidia.getFieldRepetitionCount("amount"), "an entity has no money columns");
  }

  @Test
  void pagesAreGzippedSoEveryReaderCanOpenThem() throws IOException {
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(ParquetExport.file(out, ParquetTables.ARTICLES, "2025-02")),
        ParquetRead.options())) {
      r.getFooter().getBlocks().forEach(b -> b.getColumns().forEach(c -> assertEquals(CompressionCodecName.GZIP, c.getCodec())));
      assertEquals(1, r.getRecordCount());
    }
  }

  @Test
  void duckdbReadsColumnTypesAndTheMonthPartition() throws SQLException {
    List<Map<String, Object>> columns = ParquetRead.duckdb("DESCRIBE SELECT * FROM " + ParquetRead.table(out, ParquetTables.ARTICLES));
    assertEquals(
        List.of("id VARCHAR", "url VARCHAR", "title VARCHAR", "text VARCHAR", "published TIMESTAMP WITH TIME ZONE",
            "source VARCHAR", "language VARCHAR", "content_hash VARCHAR", "gazetteer_version VARCHAR", "duplicate_of VARCHAR",
            "month VARCHAR"),
        columns.stream().map(c -> c.get("column_name") + " " + c.get("column_type")).toList());
    List<Map<String, Object>> mentionColumns = ParquetRead.duckdb("DESCRIBE SELECT * FROM " + ParquetRead.table(out, ParquetTables.MENTIONS));
    assertEquals(
        List.of("article_id VARCHAR", "type VARCHAR", "entity_id VARCHAR", "name VARCHAR", "text VARCHAR", "start INTEGER",
            "end INTEGER", "candidate BOOLEAN", "amount DOUBLE", "min DOUBLE", "max DOUBLE", "currency VARCHAR", "usd DOUBLE",
            "qualifier VARCHAR", "month VARCHAR"),
        mentionColumns.stream().map(c -> c.get("column_name") + " " + c.get("column_type")).toList());

    List<Map<String, Object>> rows = ParquetRead.duckdb(
        "SELECT id, title, published, month FROM " + ParquetRead.table(out, ParquetTables.ARTICLES) + " ORDER BY id");
    assertEquals(3, rows.size());
    assertEquals("a2", rows.get(1).get("id"));
    assertEquals(TestIndex.A2_TITLE, rows.get(1).get("title"));
    assertEquals(Instant.parse("2025-02-03T08:30:00Z"), ((OffsetDateTime) rows.get(1).get("published")).toInstant());
    assertEquals("2025-02", rows.get(1).get("month"));
    assertNull(rows.get(2).get("published"));
    assertEquals("unknown", rows.get(2).get("month"));
  }

  @Test
  void duckdbJoinsMentionsToTheirTextByOffsetsAndSumsDollars() throws SQLException {
    String a = ParquetRead.table(out, ParquetTables.ARTICLES);
    String m = ParquetRead.table(out, ParquetTables.MENTIONS);
    // offsets are UTF-16 units; the Arabic of the corpus is all in the BMP, where DuckDB's characters are the same
    List<Map<String, Object>> mismatched = ParquetRead.duckdb(
        "SELECT m.article_id, m.text FROM " + m + " m JOIN " + a + " a ON a.id = m.article_id"
            + " WHERE substring(a.text, m.start + 1, m.\"end\" - m.start) <> m.text");
    assertEquals(List.of(), mismatched);
    List<Map<String, Object>> money = ParquetRead.duckdb(
        "SELECT month, article_id, text, amount, currency, usd, qualifier FROM " + m + " WHERE type = 'MONEY' ORDER BY month");
    assertEquals(3, money.size());
    assertEquals(
        Map.of("month", "2025-02", "article_id", "a2", "text", "نحو 100 مليون دولار", "amount", 1.0e8, "currency", "USD",
            "usd", 1.0e8, "qualifier", "APPROX"),
        money.get(1));
    assertEquals("CNY", money.get(2).get("currency"));
    assertEquals(10_000d, money.get(2).get("amount"));
    assertNull(money.get(2).get("usd"), "no rate is known for the test's yuan");
    assertEquals(
        List.of(Map.of("mentions", 13L, "companies", 6L, "dollars", 1.056e8)),
        ParquetRead.duckdb("SELECT count(*) AS mentions, count(*) FILTER (WHERE type = 'COMPANY') AS companies,"
            + " sum(usd) FILTER (WHERE currency = 'USD') AS dollars FROM " + m));
  }

  @Test
  void aFolderThatHoldsSomethingIsRefusedUnlessOverwriting() throws IOException {
    Path taken = dir.resolve("taken");
    Files.createDirectories(taken.resolve("articles/month=2020-01"));
    Files.writeString(taken.resolve("articles/month=2020-01/old.parquet"), "old");
    Files.writeString(taken.resolve("notes.txt"), "mine");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParquetExport.prepare(taken, false));
    assertEquals(taken + " is not empty; give --overwrite to replace its articles/ and mentions/ tables", e.getMessage());
    ParquetExport.prepare(taken, true);
    assertFalse(Files.exists(taken.resolve("articles")));
    assertTrue(Files.exists(taken.resolve("notes.txt")), "only the tables are replaced");
    Path file = dir.resolve("file.parquet");
    Files.writeString(file, "x");
    assertEquals(file + " is a file; --format parquet writes a folder of tables",
        assertThrows(IllegalArgumentException.class, () -> ParquetExport.prepare(file, true)).getMessage());
  }

  @Test
  void nothingSelectedWritesNothing() throws IOException {
    Path none = dir.resolve("none");
    ParquetExport.Result r = new ParquetExport(none).export(searcher, SearchRequest.of("لاشيءيطابقهذا"), MentionFilter.ALL);
    assertEquals(0, r.articles());
    assertEquals(Map.of(), r.months());
    assertFalse(Files.exists(none));
  }

  @Test
  void theMentionFilterDecidesWhichMentionsAreWritten() throws IOException {
    Path money = dir.resolve("money");
    MentionFilter onlyMoney = new MentionFilter(java.util.Set.of(), java.util.Set.of(khabar.tag.EntityType.MONEY), null, null);
    ParquetExport.Result r = new ParquetExport(money).export(searcher, SearchRequest.of(""), onlyMoney);
    assertEquals(3, r.articles());
    assertEquals(3, r.mentions());
  }
}
