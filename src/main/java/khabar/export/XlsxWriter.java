package khabar.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an Excel workbook (XLSX) sheet by sheet, streaming: a sheet's rows go out as they are
 * written, so memory does not grow with the rows. Every sheet is laid out for Arabic readers:
 *
 * <ul>
 *   <li>right to left, with the header row frozen and bold, and an auto-filter over the columns;
 *   <li>{@code Instant} cells are date-times (UTC) and {@code LocalDate} cells are dates, with a
 *       date format, so a spreadsheet sorts and groups them as dates;
 *   <li>numbers are numbers; the columns named in {@link #AMOUNT_COLUMNS} get a thousands format;
 *   <li>text longer than a cell holds (32,767 characters) is cut, ending in {@code …};
 *   <li>lists are joined with {@code "; "}; {@link RowSink.Structured} values show their text.
 * </ul>
 *
 * Text is stored as text, never as a formula, so a cell starting with {@code =} is harmless here
 * (the CSV guard of {@link Cells} is not needed).
 */
public final class XlsxWriter implements Closeable {
  /** Largest number of characters an XLSX cell holds. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** Columns holding money, formatted with thousands separators. */
  public static final Set<String> AMOUNT_COLUMNS = Set.of("amount", "min", "max", "usd", "usd_min", "usd_max", "usd_total");

  static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
  static final String DATE_FORMAT = "yyyy-mm-dd";
  static final String AMOUNT_FORMAT = "#,##0.##";

  private final Workbook workbook;
  private Sheet open;

  public XlsxWriter(OutputStream out) {
    this.workbook = new Workbook(Objects.requireNonNull(out, "out"), "Khabar", "1.0");
  }

  /** Starts a sheet and writes its header; the sheet before it is finished first. */
  public Sheet sheet(String name, List<String> columns) throws IOException {
    if (open != null) open.finish();
    open = new Sheet(workbook.newWorksheet(name), columns);
    return open;
  }

  /** Finishes the last sheet and the workbook; the stream stays open. */
  @Override
  public void close() throws IOException {
    if (open != null) open.finish();
    open = null;
    workbook.finish();
  }

  /** One sheet: a {@link RowSink} whose first row is the header. */
  public static final class Sheet implements RowSink {
    private final Worksheet ws;
    private final List<String> columns;
    private final int[] widths;
    private long rows;
    private boolean finished;

    private Sheet(Worksheet ws, List<String> columns) {
      this.ws = ws;
      this.columns = List.copyOf(columns);
      this.widths = new int[this.columns.size()];
      ws.rightToLeft();
      for (int c = 0; c < this.columns.size(); c++) {
        ws.value(0, c, this.columns.get(c));
        ws.style(0, c).bold().set();
        widths[c] = this.columns.get(c).length();
      }
      ws.freezePane(0, 1);
    }

    @Override
    public List<String> columns() {
      return columns;
    }

    @Override
    public long rows() {
      return rows;
    }

    @Override
    public void write(List<?> values) throws IOException {
      RowSink.checkWidth(values, columns);
      int r = (int) (rows + 1);
      for (int c = 0; c < values.size(); c++) put(r, c, values.get(c));
      rows++;
      if (rows % 1000 == 0) ws.flush();
    }

    private void put(int r, int c, Object v) {
      if (v == null) return;
      if (v instanceof Instant t) {
        ws.value(r, c, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        ws.style(r, c).format(DATE_TIME_FORMAT).set();
        widen(c, 16);
      } else if (v instanceof LocalDate d) {
        ws.value(r, c, d);
        ws.style(r, c).format(DATE_FORMAT).set();
        widen(c, 10);
      } else if (v instanceof Boolean b) {
        ws.value(r, c, b);
      } else if (v instanceof Number n) {
        ws.value(r, c, n instanceof BigDecimal d ? d : n);
        if (AMOUNT_COLUMNS.contains(columns.get(c))) {
          ws.style(r, c).format(AMOUNT_FORMAT).set();
          widen(c, 16);
        }
      } else {
        String s = text(v);
        ws.value(r, c, s);
        widen(c, s.length());
      }
    }

    private void widen(int c, int chars) {
      widths[c] = Math.max(widths[c], Math.min(chars, 60));
    }

    private void finish() throws IOException {
      if (finished) return;
      finished = true;
      for (int c = 0; c < widths.length; c++) ws.width(c, Math.max(8, widths[c] + 2));
      if (!columns.isEmpty()) ws.setAutoFilter(0, 0, columns.size() - 1);
      ws.finish();
    }
  }

  /** The text of a non-numeric cell, cut to what a cell holds. */
  static String text(Object v) {
    String s;
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>(list.size());
      for (Object o : list) parts.add(o instanceof BigDecimal d ? d.toPlainString() : String.valueOf(o));
      s = String.join(TableWriter.LIST_SEPARATOR, parts);
    } else if (v instanceof Map<?, ?> m) {
      s = m.toString();
    } else {
      s = v.toString();
    }
    return s.length() <= MAX_CELL_CHARS ? s : s.substring(0, MAX_CELL_CHARS - 1) + "…";
  }
}
