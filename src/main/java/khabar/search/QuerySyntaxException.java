package khabar.search;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;

/** A query the parser cannot read; the message says where and why, in one line. */
public final class QuerySyntaxException extends IllegalArgumentException {
  /** The parser's token kind for the end of the query. */
  private static final int EOF = 0;

  /** Unicode first-strong isolate and pop: keep a query's own direction inside a sentence. */
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  private final int column;
  private final String arabic;

  public QuerySyntaxException(String query, Throwable cause) {
    this(query, column(query, cause), reason(cause), cause);
  }

  private QuerySyntaxException(String query, int column, String reason, Throwable cause) {
    super("cannot parse query '" + query + "'" + where(query, column) + ": " + reason, cause);
    this.column = column;
    this.arabic = arabic(query, column, cause);
  }

  /**
   * The same message in Arabic, for the page: the query and any token in it are wrapped in
   * Unicode isolates, so a Latin query or a bracket does not reorder the Arabic sentence around it.
   */
  public String arabicMessage() {
    return arabic;
  }

  private static String isolate(String s) {
    return FSI + s + PDI;
  }

  private static String arabic(String query, int column, Throwable t) {
    String head = "تعذّر فهم البحث «" + isolate(query) + "»";
    String at = column <= 0 ? "" : column > query.length() ? " عند نهايته" : " عند الحرف " + column;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof org.apache.lucene.util.automaton.TooComplexToDeterminizeException) {
        return head + ": التعبير النمطي أعقد من أن يُنفَّذ؛ بسّطه أو ابحث بالكلمات";
      }
      if (c instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
        return head + ": يتوسع البحث إلى كلمات كثيرة جداً؛ أطِل البادئة أو قلّل علامات *";
      }
      if (c instanceof UnknownEntityException u) {
        return head + ": لا يوجد كيان باسم «" + isolate(u.name().strip()) + "»";
      }
    }
    Token tok = offending(t);
    if (tok != null) {
      return head + at + (tok.kind == EOF
          ? ": انتهى البحث قبل أوانه (علامة تنصيص أو قوس أو عامل لم يُغلق؟)"
          : ": «" + isolate(tok.image) + "» في غير موضعه");
    }
    return head + at + ": " + isolate(reason(t));
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
