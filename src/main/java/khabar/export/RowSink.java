package khabar.export;

import java.io.IOException;
import java.util.List;

/**
 * A table being written row by row: CSV, TSV or JSON Lines ({@link TableWriter}) or one sheet of
 * a workbook ({@link XlsxWriter}). Cell values are typed; each sink writes them as its format
 * types them:
 *
 * <ul>
 *   <li>{@code String}: text;
 *   <li>{@code Number} ({@code Integer}, {@code Long}, {@code Double}, {@code BigDecimal}): a number;
 *   <li>{@code Boolean}: true or false;
 *   <li>{@code Instant}: a timestamp (ISO 8601 text in CSV and JSON, a date-time cell in XLSX);
 *   <li>{@code LocalDate}: a date (ISO text, a date cell in XLSX);
 *   <li>{@code List}: several values (a JSON array; joined with {@code "; "} in one cell);
 *   <li>{@link Structured}: an object in JSON, its {@code toString()} in one cell;
 *   <li>{@code null}: nothing (JSON null, an empty cell).
 * </ul>
 */
public interface RowSink {
  List<String> columns();

  /** Writes one row; {@code values} are in column order, one per column. */
  void write(List<?> values) throws IOException;

  /** Rows written so far. */
  long rows();

  /** A value with fields of its own: a JSON object in JSON Lines, one readable cell elsewhere. */
  interface Structured {
    /** The fields, in order; values are typed as for cells (no nested {@code Structured}). */
    java.util.Map<String, Object> fields();
  }

  /** Checks that a row has one value per column. */
  static void checkWidth(List<?> values, List<String> columns) {
    if (values.size() != columns.size()) {
      throw new IllegalArgumentException("row has " + values.size() + " values for " + columns.size() + " columns");
    }
  }
}
