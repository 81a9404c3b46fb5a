package khabar.search;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;

/** A query the parser cannot read; the message says where and why, in one line. */
public final class QuerySyntaxException extends IllegalArgumentException {
  /** The parser's token kind for the end of the query. */
  private static final int EOF = 0;

  private final int column;

  public QuerySyntaxException(String query, Throwable cause) {
    this(query, column(query, cause), reason(cause), cause);
  }

  private QuerySyntaxException(String query, int column, String reason, Throwable cause) {
    super("cannot parse query '" + query + "'" + where(query, column) + ": " + reason, cause);
    this.column = column;
  }

  private static String where(String query, int column) {
    if (column <= 0) return "";
    return column > query.length() ? " at the end" : " at column " + column;
  }

  /**
   * 1-based column (in UTF-16 units) of the first character the parser could not accept, one
   * past the last when the query ends too early, or 0 when unknown.
   */
  public int column() {
    return column;
  }

  private static Token offending(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
        return pe.currentToken.next;
      }
    }
    return null;
  }

  private static int column(String query, Throwable t) {
    Token tok = offending(t);
    if (tok == null) return 0;
    return tok.kind == EOF ? query.length() + 1 : tok.beginColumn + 1; // the parser counts from 0
  }

  private static String reason(Throwable t) {
    Token tok = offending(t);
    if (tok != null) {
      return tok.kind == EOF ? "the query ends too early (an open quote, bracket or operator?)" : "unexpected '" + tok.image + "'";
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof org.apache.lucene.util.automaton.TooComplexToDeterminizeException) {
        return "the regular expression is too complex to run; simplify it or search for words";
      }
      if (c instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
        return "the query expands to too many terms; use fewer wildcards or longer prefixes";
      }
    }
    Throwable inner = t;
    while (inner.getCause() != null && inner.getCause() != inner) inner = inner.getCause();
    String m = inner.getMessage();
    if (m == null) return "syntax error";
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.replaceFirst("^Cannot parse '.*?': ", "");
  }
}
