package khabar.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP exchange as the fetcher saw it, ready for the WARC file and the crawl's decisions.
 *
 * @param url the requested URL
 * @param status the HTTP status
 * @param requestHeaders the headers sent, in order
 * @param headers the response headers, in order, names as received
 * @param body the body read (at most the configured limit; empty when skipped for its type)
 * @param truncated the body was longer than the limit and was cut
 * @param bodySkipped the body was not read because its media type is not wanted
 * @param started when the request was sent
 * @param ended when the body was read
 */
public record Fetched(
    String url,
    int status,
    List<Map.Entry<String, String>> requestHeaders,
    List<Map.Entry<String, String>> headers,
    byte[] body,
    boolean truncated,
    boolean bodySkipped,
    Instant started,
    Instant ended) {

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  public Fetched {
    Objects.requireNonNull(url, "url");
    requestHeaders = List.copyOf(requestHeaders);
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** The first value of header {@code name} (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
    }
    return null;
  }

  public String contentType() {
    String t = header("Content-Type");
    return t == null ? "" : t;
  }

  /** The media type of the Content-Type header, lower case, without parameters ("" when none). */
  public String mediaType() {
    return mediaType(contentType());
  }

  /** The charset parameter of the Content-Type header, or null. */
  public String charset() {
    Matcher m = CHARSET.matcher(contentType());
    return m.find() ? m.group(1) : null;
  }

  /** The media type of a Content-Type header value, lower case, without parameters. */
  public static String mediaType(String contentType) {
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  public boolean isRedirect() {
    return status >= 300 && status < 400 && status != 304 && header("Location") != null;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d %s (%d bytes)", status, url, body.length);
  }
}
