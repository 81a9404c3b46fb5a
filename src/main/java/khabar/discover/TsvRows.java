package khabar.discover;

import java.util.List;

/**
 * The rows of discovery's data files ({@code given-names.tsv}, {@code patterns.tsv}), with the
 * rules both share, so that their messages cannot drift apart:
 *
 * <ul>
 *   <li>blank lines and lines starting with {@code #} are skipped;
 *   <li>the first other line must be the header, else one error and nothing more is read;
 *   <li>a row must have as many tab-separated columns as the header, else an error and the row is
 *       skipped;
 *   <li>a file with no header at all (and no other error) is an error;
 *   <li>every error starts with {@code file:line: }.
 * </ul>
 */
final class TsvRows {
  /** What a caller does with one well-formed row; {@code at} is the {@code file:line: } prefix for its errors. */
  interface Row {
    void accept(String at, String[] cols);
  }

  private TsvRows() {}

  /** Hands each well-formed row of {@code lines} to {@code row} in order, adding the walk's own errors to {@code errors}. */
  static void forEach(String where, List<String> lines, List<String> header, List<String> errors, Row row) {
    boolean seen = false;
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      if (line.isBlank() || line.startsWith("#")) continue;
      String at = where + ":" + ln + ": ";
      String[] cols = line.split("\t", -1);
      if (!seen) {
        if (!List.of(cols).equals(header)) {
          errors.add(at + "expected the header '" + String.join("\\t", header) + "'");
          return;
        }
        seen = true;
        continue;
      }
      if (cols.length != header.size()) {
        errors.add(at + "expected " + header.size() + " tab-separated columns, found " + cols.length);
        continue;
      }
      row.accept(at, cols);
    }
    if (!seen && errors.isEmpty()) errors.add(where + ": no header line");
  }
}
