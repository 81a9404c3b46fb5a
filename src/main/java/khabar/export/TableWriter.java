package khabar.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import khabar.tag.MentionJson;

/**
 * Writes rows with fixed columns as JSON Lines, CSV or TSV, one row at a time, so an export of
 * any size streams in bounded memory. Cell values are typed as {@link RowSink} lists.
 *
 * <ul>
 *   <li>JSONL: one object per row with every column as a key; lists are arrays, null is null,
 *       decimals are written plain (5600000, never 5.6E+6).
 *   <li>CSV/TSV: a header row, then every text cell quoted (RFC 4180, inner quotes doubled) and
 *       numbers unquoted and plain (5600000), so spreadsheets read them as numbers; text cells
 *       made {@linkplain Cells safe} for spreadsheets; lists are joined with {@code "; "}; null is
 *       an empty cell. An optional UTF-8 byte order mark lets Excel show Arabic.
 * </ul>
 *
 * The caller owns the {@link Writer}; {@link #close()} flushes it but leaves it open.
 */
public final class TableWriter implements RowSink, Closeable {
  /** Separator of list values inside one CSV/TSV cell. */
  public static final String LIST_SEPARATOR = "; ";

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private final List<String> columns;
  private final Writer out;
  private final SequenceWriter csv;
  private final JsonGenerator json;
  private long rows;

  private TableWriter(List<String> columns, Writer out, SequenceWriter csv, JsonGenerator json) {
    this.columns = columns;
    this.out = out;
    this.csv = csv;
    this.json = json;
  }

  /** Starts a table: for CSV/TSV writes the optional byte order mark and the header row. */
  public static TableWriter open(Format format, List<String> columns, Writer out, boolean bom) throws IOException {
    List<String> cols = List.copyOf(columns);
    Objects.requireNonNull(out, "out");
    if (format == Format.XLSX) throw new IllegalArgumentException("an XLSX workbook is written by XlsxWriter, not as text");
    if (format == Format.JSONL) {
      JsonGenerator g = MentionJson.MAPPER.getFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setRootValueSeparator(null);
      return new TableWriter(cols, out, null, g);
    }
    if (bom) out.write('\uFEFF');
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    if (format == Format.TSV) schema = schema.withColumnSeparator('\t');
    SequenceWriter csv = CSV.writer(schema).writeValues(out);
    csv.write(cols); // the header goes out even when no row follows
    return new TableWriter(cols, out, csv, null);
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public void write(List<?> values) throws IOException {
    RowSink.checkWidth(values, columns);
    if (json != null) {
      json.writeStartObject();
      for (int i = 0; i < values.size(); i++) {
        json.writeFieldName(columns.get(i));
        writeJson(values.get(i));
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } else {
      List<Object> cells = new ArrayList<>(values.size());
      for (Object v : values) cells.add(cell(v));
      csv.write(cells);
    }
    rows++;
  }

  public void write(Object... values) throws IOException {
    write(java.util.Arrays.asList(values));
  }

  @Override
  public long rows() {
    return rows;
  }

  private void writeJson(Object v) throws IOException {
    if (v == null) {
      json.writeNull();
    } else if (v instanceof List<?> list) {
      json.writeStartArray();
      for (Object o : list) writeJson(o);
      json.writeEndArray();
    } else if (v instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (v instanceof Integer i) {
      json.writeNumber(i);
    } else if (v instanceof Long l) {
      json.writeNumber(l);
    } else if (v instanceof Double d) {
      json.writeNumber(d);
    } else if (v instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (v instanceof Structured st) {
      json.writeStartObject();
      for (var e : st.fields().entrySet()) {
        json.writeFieldName(e.getKey());
        writeJson(e.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeString(v.toString());
    }
  }

  private static Object cell(Object v) {
    if (v == null) return "";
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder();
      for (Object o : list) {
        if (!b.isEmpty()) b.append(LIST_SEPARATOR);
        b.append(o instanceof BigDecimal d ? d.toPlainString() : String.valueOf(o));
      }
      return Cells.safe(b.toString());
    }
    if (v instanceof Number) return v; // unquoted, so a spreadsheet reads a number (BigDecimal written plain)
    return Cells.safe(v.toString());
  }

  /** Flushes what is buffered to the writer; the writer stays open. */
  @Override
  public void close() throws IOException {
    if (json != null) json.flush();
    else csv.flush();
    out.flush();
  }
}
