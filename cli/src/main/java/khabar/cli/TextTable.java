package khabar.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A plain aligned table for the terminal: header, then rows, columns padded with spaces. A cell
 * wider than {@value #CELL_WIDTH} characters (a list of a thousand mentions, a long title) is cut
 * with an ellipsis ({@link Cut}); CSV, JSON Lines and XLSX keep every character.
 */
final class TextTable {
  /** Widest cell shown, in characters. */
  static final int CELL_WIDTH = 60;

  private TextTable() {}

  static void print(PrintWriter out, List<String> columns, List<List<Object>> rows) {
    int[] width = new int[columns.size()];
    for (int i = 0; i < width.length; i++) width[i] = columns.get(i).length();
    for (List<Object> r : rows) {
      for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], text(r.get(i)).length());
    }
    line(out, columns.stream().map(c -> (Object) c).toList(), width);
    for (List<Object> r : rows) line(out, r, width);
    out.flush();
  }

  private static void line(PrintWriter out, List<Object> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String t = text(cells.get(i));
      b.append(t);
      if (i < width.length - 1) b.append(" ".repeat(width[i] - t.length() + 2));
    }
    out.println(b.toString().stripTrailing());
  }

  private static String text(Object v) {
    return Cut.cut(full(v), CELL_WIDTH);
  }

  private static String full(Object v) {
    if (v == null) return "";
    if (v instanceof List<?> l) return String.join(", ", l.stream().map(String::valueOf).toList());
    if (v instanceof java.math.BigDecimal d) return d.toPlainString();
    return String.valueOf(v).replace('\n', ' ');
  }
}
