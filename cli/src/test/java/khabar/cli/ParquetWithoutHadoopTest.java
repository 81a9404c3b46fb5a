package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import khabar.export.ParquetRead;
import khabar.export.ParquetTables;
import khabar.export.TestIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code khabar export --format parquet} on the khabar command's class path, which has no Hadoop:
 * run by its own surefire execution (core/pom.xml) with Hadoop left off the class path.
 */
@Tag("without-hadoop")
class ParquetWithoutHadoopTest {
  @TempDir Path dir;

  @Test
  void theExportWritesBothTablesWithoutHadoop() throws Exception {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"),
        "this test must run without Hadoop on the class path");
    Path index = dir.resolve("index");
    TestIndex.write(index, TestIndex.articles());
    Path tables = dir.resolve("tables");
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("export", "--format", "parquet", "--out", tables.toString(), "--index", index.toString(),
        "--gazetteers", "src/test/resources/gazetteers");
    assertEquals(0, code, err.toString());
    assertEquals(
        List.of(Map.of("articles", 3L, "months", 3L)),
        ParquetRead.duckdb("SELECT count(*) AS articles, count(DISTINCT month) AS months FROM "
            + ParquetRead.table(tables, ParquetTables.ARTICLES)));
    assertEquals(
        List.of(Map.of("mentions", 13L)),
        ParquetRead.duckdb("SELECT count(*) AS mentions FROM " + ParquetRead.table(tables, ParquetTables.MENTIONS)));
  }
}
