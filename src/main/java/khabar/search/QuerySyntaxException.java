package khabar.search;

/** A query the parser cannot read; the message says where. */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String query, Throwable cause) {
    super("cannot parse query '" + query + "': " + firstLine(cause.getMessage()), cause);
  }

  private static String firstLine(String s) {
    if (s == null) return "syntax error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
