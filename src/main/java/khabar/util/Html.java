package khabar.util;

/**
 * Escapes text for HTML element content and attribute values (either quote): {@code < > & " '}
 * become {@code &lt; &gt; &amp; &quot; &#39;}; everything else is kept as it is.
 */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(b, s, 0, s.length());
    return b.toString();
  }

  /** Appends {@code s[from, to)} escaped to {@code b}. */
  public static void escape(StringBuilder b, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
  }
}
