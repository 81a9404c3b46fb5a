package khabar.cli;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Text made to fit a terminal column:
 *
 * <ul>
 *   <li>a cell longer than its width keeps its first {@code width - 1} characters (never half a
 *       surrogate pair) and ends with "…"; line breaks become spaces;
 *   <li>a URL is shown decoded (percent-escapes of UTF-8 become the readable Arabic they encode;
 *       escapes that are not valid UTF-8 stay as written) and, when still too long, keeps its
 *       start and its end around a "…".
 * </ul>
 */
final class Cut {
  static final String ELLIPSIS = "…";

  private Cut() {}

  static String cut(String s, int width) {
    if (s == null) return "";
    String t = s.replace('\n', ' ').replace('\r', ' ');
    if (width < 2 || t.codePointCount(0, t.length()) <= width) return t;
    int end = t.offsetByCodePoints(0, width - 1);
    return t.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  static String url(String url, int width) {
    String d = decode(url);
    int n = d.codePointCount(0, d.length());
    if (n <= width) return d;
    int head = width * 2 / 3;
    int tail = width - head - 1;
    return d.substring(0, d.offsetByCodePoints(0, head)) + ELLIPSIS + d.substring(d.offsetByCodePoints(0, n - tail));
  }

  /** The URL with UTF-8 percent-escapes decoded, or as given when they are not UTF-8. */
  static String decode(String url) {
    if (url == null || url.indexOf('%') < 0) return url == null ? "" : url;
    try {
      URI.create(url); // only well-formed URLs are decoded
      String d = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
      return d.indexOf('\uFFFD') >= 0 || d.chars().anyMatch(c -> c < 0x20) ? url : d;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
