package khabar.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import khabar.search.SearchRequest;

/**
 * A bounded load test of {@code /api/search} on a running {@code khabar serve}: {@code clients}
 * threads each send requests one after another (a closed loop: at most {@code clients} in flight)
 * until {@code requests} have been answered, cycling through the search suite's request mix
 * ({@link SearchSuite#requests}) as URL parameters, after a warm-up pass. Prints the latency
 * percentiles (wall time from sending to the last byte of the body) and the throughput.
 *
 * <pre>
 * java -cp target/khabar.jar khabar.bench.ServeLoad http://127.0.0.1:8080 2000 4
 * </pre>
 */
public final class ServeLoad {
  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ServeLoad BASE_URL REQUESTS CLIENTS");
      System.exit(2);
    }
    String base = args[0].replaceAll("/+$", "");
    int total = Integer.parseInt(args[1]);
    int clients = Integer.parseInt(args[2]);
    List<String> paths = new ArrayList<>();
    for (SearchRequest r : SearchSuite.requests()) paths.add(path(r));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String p : paths) send(http, base + p); // warm-up
    for (String p : paths) send(http, base + p);
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < total; ) {
            long t0 = System.nanoTime();
            if (!send(http, base + paths.get(i % paths.size()))) failures.incrementAndGet();
            nanos[i] = System.nanoTime() - t0;
          }
          return null;
        }));
      }
      for (Future<?> f : running) f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT,
        "requests %d, clients %d, failures %d, %.1f requests/s; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
        total, clients, failures.get(), total / seconds, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
        nanos[total - 1] / 1e6);
  }

  /** Nearest-rank percentile in milliseconds. */
  static double ms(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  static String path(SearchRequest r) {
    StringBuilder b = new StringBuilder("/api/search?limit=10");
    if (!r.query().isEmpty()) b.append("&q=").append(enc(r.query()));
    for (String e : r.entities()) b.append("&entity=").append(enc(e));
    if (r.minUsd() != null) b.append("&min_usd=").append(r.minUsd());
    if (r.sort() == SearchRequest.Sort.DATE) b.append("&sort=date");
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static boolean send(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> r =
          http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }
}
