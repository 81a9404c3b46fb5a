package khabar.export;

import java.util.regex.Pattern;

/**
 * Spreadsheet safety for CSV and TSV cells, after the OWASP "CSV Injection" guidance.
 *
 * <ul>
 *   <li>A text cell whose first character is {@code = + - @}, a tab or a carriage return, or whose
 *       first character after leading white space is one of {@code = + - @} (including their
 *       full-width forms ＝ ＋ － ＠), gets a leading apostrophe, so a spreadsheet shows it as text
 *       and never evaluates it as a formula.
 *   <li>Plain numbers ({@code -12}, {@code +3.5}) are left alone: they cannot run anything.
 *   <li>The rest of the guidance — every text cell between double quotes, inner quotes doubled —
 *       is done by {@link TableWriter}, so a separator inside a cell (a {@code ;} read by a
 *       spreadsheet set to another list separator) can never start a new, unquoted cell.
 * </ul>
 */
public final class Cells {
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private Cells() {}

  /** The value to write to a spreadsheet cell: strings neutralised as above, others unchanged. */
  public static Object safe(Object v) {
    if (!(v instanceof String s)) return v;
    return safe(s);
  }

  public static String safe(String s) {
    if (s.isEmpty()) return s;
    char first = s.charAt(0);
    if (first == '\t' || first == '\r') return "'" + s;
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    if (i == s.length() || !isTrigger(s.charAt(i))) return s;
    if (i == 0 && NUMBER.matcher(s).matches()) return s;
    return "'" + s;
  }

  private static boolean isTrigger(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
