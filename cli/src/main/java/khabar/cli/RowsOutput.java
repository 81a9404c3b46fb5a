package khabar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import khabar.export.Format;
import khabar.export.TableWriter;
import khabar.export.XlsxWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the rows of an aggregate as an aligned table or in an export {@link Format}. */
final class RowsOutput {
  private RowsOutput() {}

  static void write(String format, List<String> columns, List<List<Object>> rows, OutputOptions output, CommandSpec spec)
      throws IOException {
    write(format, "rows", columns, rows, output, spec);
  }

  /** As {@link #write(String, List, List, OutputOptions, CommandSpec)}; {@code sheet} names the XLSX sheet. */
  static void write(
      String format, String sheet, List<String> columns, List<List<Object>> rows, OutputOptions output, CommandSpec spec)
      throws IOException {
    if (!format.strip().equalsIgnoreCase("table") && Format.parse(format) == Format.XLSX) {
      try (OutputStream o = output.openFile("xlsx");
          XlsxWriter x = new XlsxWriter(o)) {
        XlsxWriter.Sheet s = x.sheet(sheet, columns);
        for (List<Object> r : rows) s.write(r);
      }
      return;
    }
    Writer w = output.open(spec);
    try {
      if (format.strip().toLowerCase(Locale.ROOT).equals("table")) {
        PrintWriter p = w instanceof PrintWriter pw ? pw : new PrintWriter(w);
        TextTable.print(p, columns, rows);
      } else {
        try (TableWriter t = TableWriter.open(Format.parse(format), columns, w, output.bom)) {
          for (List<Object> r : rows) t.write(r);
        }
      }
    } finally {
      output.close(w);
    }
  }
}
