package khabar.export;

/**
 * Spreadsheet safety: a cell that a spreadsheet would read as a formula (starting with = + - @,
 * a tab or a carriage return) gets a leading apostrophe, so opening an export never runs one.
 * Numbers are left alone.
 */
public final class Cells {
  private Cells() {}

  public static Object safe(Object v) {
    if (!(v instanceof String s) || s.isEmpty()) return v;
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      if (isNumber(s)) return s;
      return "'" + s;
    }
    return s;
  }

  private static boolean isNumber(String s) {
    return s.matches("[+-]?[0-9]+(\\.[0-9]+)?");
  }
}
