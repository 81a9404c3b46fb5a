package khabar.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

  public String mediaType() {
    return ContentDecoder.mediaType(contentType());
  }

  public boolean isRedirect() {
    return status >= 300 && status < 400 && status != 304 && header("Location") != null;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d %s (%d bytes)", status, url, body.length);
  }
}
