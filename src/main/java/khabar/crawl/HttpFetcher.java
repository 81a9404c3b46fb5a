package khabar.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The crawler's one edge to the network: a GET with the JDK {@link HttpClient}, redirects not
 * followed (the crawler re-checks scope, robots and address of each hop), connect and response
 * time-outs, no compression asked for, a body cut at the size limit, and given up when it takes
 * longer than the body time-out or arrives slower than the minimum rate ({@link BodyWatch}).
 * Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {
  private final HttpClient client;
  private final CrawlConfig config;
  private final Clock clock;

  public HttpFetcher(CrawlConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /**
   * Fetches {@code url}.
   *
   * @param conditional extra headers such as If-None-Match and If-Modified-Since
   * @param wanted the media types whose body is read; others come back with an empty body
   * @throws IOException on time-out or a failed connection (the message names the URL)
   */
  public Fetched get(String url, List<Map.Entry<String, String>> conditional, Predicate<String> wanted) throws IOException {
    return get(url, conditional, wanted, type -> config.maxBytes());
  }

  /**
   * As {@link #get(String, List, Predicate)}, with the body limit chosen by media type (feeds and
   * sitemaps may be larger than pages).
   */
  public Fetched get(String url, List<Map.Entry<String, String>> conditional, Predicate<String> wanted,
      java.util.function.ToLongFunction<String> limitFor) throws IOException {
    List<Map.Entry<String, String>> sent = new ArrayList<>();
    sent.add(Map.entry("User-Agent", config.userAgent()));
    sent.add(Map.entry("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"));
    sent.add(Map.entry("Accept-Language", "ar,en;q=0.5"));
    sent.addAll(conditional);
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(config.readTimeout()).GET();
    for (Map.Entry<String, String> h : sent) rb.header(h.getKey(), h.getValue());
    Instant started = clock.instant();
    HttpResponse<InputStream> r;
    try {
      r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(url + ": interrupted", e);
    } catch (IOException e) {
      throw new IOException(url + ": " + describe(e), e);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    r.headers().map().forEach((k, vs) -> vs.forEach(v -> headers.add(Map.entry(k, v))));
    String type = Fetched.mediaType(r.headers().firstValue("Content-Type").orElse(""));
    byte[] body = new byte[0];
    boolean truncated = false;
    boolean skipped = false;
    long limit = limitFor.applyAsLong(type);
    BodyWatch watch = null;
    try (InputStream in = r.body()) {
      if (r.statusCode() >= 200 && r.statusCode() < 300 && !wanted.test(type)) {
        skipped = true;
      } else {
        watch = new BodyWatch(config, in);
        body = watch.read((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
          truncated = true;
          body = java.util.Arrays.copyOf(body, (int) limit);
        }
      }
    } catch (IOException e) {
      String why = watch == null ? null : watch.verdict();
      throw new IOException(url + ": " + (why != null ? why : describe(e)), e);
    } finally {
      if (watch != null) watch.stop();
    }
    return new Fetched(url, r.statusCode(), sent, headers, body, truncated, skipped, started, clock.instant());
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + " " + e.getMessage();
  }

  @Override
  public void close() {
    client.close();
  }
}
