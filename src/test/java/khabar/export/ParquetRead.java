package khabar.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/** Reads the Parquet tables back for tests: with parquet-java (no Hadoop) and with DuckDB. */
public final class ParquetRead {
  private ParquetRead() {}

  /** One file read with parquet-java: its schema and its records. */
  public record ParquetFile(MessageType schema, List<Group> rows) {}

  /** Reading with the JDK's GZIP (parquet-java's read options load Hadoop classes, unlike its writer). */
  static ParquetReadOptions options() {
    return ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(GzipCodecs.INSTANCE).build();
  }

  public static ParquetFile read(Path file) throws IOException {
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file), options())) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      List<Group> rows = new ArrayList<>();
      for (PageReadStore pages = r.readNextRowGroup(); pages != null; pages = r.readNextRowGroup()) {
        RecordReader<Group> records =
            new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) rows.add(records.read());
      }
      return new ParquetFile(schema, rows);
    }
  }

  /** The {@code .parquet} files under {@code dir}, in path order. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
  }

  /** A table of the export as DuckDB reads it: {@code read_parquet('DIR/TABLE/**}{@code /*.parquet', hive_partitioning=true)}. */
  public static String table(Path dir, ParquetTables.Table t) {
    return "read_parquet('" + dir.resolve(t.name()) + "/**/*.parquet', hive_partitioning=true)";
  }

  /** The rows of a DuckDB query, each as column name → value (JDBC types). */
  public static List<Map<String, Object>> duckdb(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
        rows.add(row);
      }
      return rows;
    }
  }
}
