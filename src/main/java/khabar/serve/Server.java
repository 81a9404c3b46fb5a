package khabar.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import khabar.export.Format;
import khabar.export.Level;
import khabar.export.MentionExporter;
import khabar.export.MentionFilter;
import khabar.export.TableWriter;
import khabar.tag.MentionJson;

/**
 * The search page and the JSON API over one index, on the JDK's own HTTP server: small, always
 * there, and enough for a research tool on one machine. Read-only; follows new commits.
 *
 * <p>Assets come from a fixed list of classpath resources, so no path ever reaches the file
 * system. Every response forbids inline scripts (Content-Security-Policy) and MIME sniffing.
 */
public final class Server implements AutoCloseable {

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The only files served: path → (resource, content type). */
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
          "/app.css", new String[] {"app.css", "text/css; charset=utf-8"});

  /** Seconds a client has to send a whole request (line and headers) before it is cut off. */
  public static final int REQUEST_SECONDS = 10;
  /** Seconds an idle keep-alive connection (or one that sends nothing) stays open. */
  public static final int IDLE_SECONDS = 30;
  /** Connections open at once; more wait in the accept queue. */
  public static final int MAX_CONNECTIONS = 1000;
  /** Request header bytes at most (names and values). */
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  static {
    // The JDK server reads these once, when it is first used; a value the user set wins.
    setDefault("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
    setDefault("sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS));
    setDefault("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
    setDefault("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));
    // The JDK server writes a response's headers and body separately; with Nagle's algorithm on
    // (its default) the body waits for the client's delayed ACK of the headers on a kept-alive
    // connection: about 40 ms added to every request after a connection's first (p50 52 ms over
    // HTTP against 3 ms in process at 100,000 articles; 12.5 ms with this off).
    setDefault("sun.net.httpserver.nodelay", "true");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) System.setProperty(key, value);
  }

  private final HttpServer http;
  private final ExecutorService pool;
  private final LiveIndex index;
  private final HostCheck hosts;
  private final java.util.concurrent.Semaphore working;

  private Server(HttpServer http, ExecutorService pool, LiveIndex index, LiveIndexConfig cfg) {
    this.http = http;
    this.pool = pool;
    this.index = index;
    this.hosts = new HostCheck(cfg.allowedHosts());
    this.working = new java.util.concurrent.Semaphore(cfg.threads());
  }

  /**
   * Starts serving; port 0 picks a free port (see {@link #port()}). Each connection runs on a
   * virtual thread, so clients that send slowly or not at all hold no request thread; they are cut
   * off after {@value #REQUEST_SECONDS} s (request) or {@value #IDLE_SECONDS} s (idle). At most
   * {@code threads} requests are worked on at once.
   */
  public static Server start(LiveIndexConfig cfg) throws IOException {
    LiveIndex index = new LiveIndex(cfg.index(), cfg.pipeline());
    HttpServer http = HttpServer.create(new InetSocketAddress(cfg.host(), cfg.port()), 64);
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    Server s = new Server(http, pool, index, cfg);
    http.createContext("/", s::handle);
    http.setExecutor(pool);
    http.start();
    return s;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public String host() {
    return http.getAddress().getHostString();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Headers.secure(ex);
      String host = ex.getRequestHeaders().getFirst("Host");
      if (!hosts.allows(host)) {
        sendJson(ex, 403, error("host not allowed: " + host + " (start serve with --allow-host NAME to answer this name)"));
        return;
      }
      working.acquireUninterruptibly();
      try {
        route(ex);
      } finally {
        working.release();
      }
    }
  }

  private void route(HttpExchange ex) throws IOException {
    {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        sendJson(ex, 405, error("method not allowed"));
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      if (path.length() > 512) {
        sendJson(ex, 414, error("path too long"));
        return;
      }
      try {
        if (path.startsWith("/api/")) api(ex, path);
        else asset(ex, path);
      } catch (ApiException e) {
        sendJson(ex, e.status(), error(e.getMessage()));
      } catch (IllegalArgumentException e) {
        sendJson(ex, 400, error(e.getMessage()));
      } catch (RuntimeException | IOException e) {
        sendJson(ex, 500, error("internal error: " + e.getClass().getSimpleName()));
      }
    }
  }

  private void api(HttpExchange ex, String path) throws IOException {
    Params p = Params.parse(ex.getRequestURI().getRawQuery());
    try (LiveIndex.Handle h = index.acquire()) {
      var g = index.gazetteer();
      if (path.equals("/api/search")) {
        sendJson(ex, 200, Api.search(h.searcher, p, g));
      } else if (path.equals("/api/facets")) {
        sendJson(ex, 200, Api.facets(h.searcher, p, g));
      } else if (path.startsWith("/api/article/")) {
        sendJson(ex, 200, Api.article(h.searcher, segment(path, "/api/article/")));
      } else if (path.startsWith("/api/entity/")) {
        sendJson(ex, 200, Api.entity(h.searcher, g, segment(path, "/api/entity/")));
      } else if (path.equals("/api/export")) {
        export(ex, h, p);
      } else {
        sendJson(ex, 404, error("no such API endpoint"));
      }
    }
  }

  private void export(HttpExchange ex, LiveIndex.Handle h, Params p) throws IOException {
    String f = p.get("format", "csv").toUpperCase(Locale.ROOT);
    if (!f.equals("CSV") && !f.equals("JSONL")) throw new ApiException(400, "format must be csv or jsonl");
    Format format = Format.valueOf(f);
    var request = Api.request(p, index.gazetteer(), 1);
    ex.getResponseHeaders()
        .set("Content-Type", format == Format.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ex.getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"khabar-mentions." + f.toLowerCase(Locale.ROOT) + "\"");
    ex.sendResponseHeaders(200, 0);
    Writer w = new OutputStreamWriter(ex.getResponseBody(), StandardCharsets.UTF_8);
    try (TableWriter t = TableWriter.open(format, MentionExporter.columns(Level.MENTION), w, format == Format.CSV)) {
      new MentionExporter().export(h.searcher, request, Level.MENTION, MentionFilter.ALL, t);
    }
    w.flush();
  }

  private static String segment(String path, String prefix) {
    String s = java.net.URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
    if (s.isEmpty() || s.contains("/")) throw new ApiException(404, "not found");
    return s;
  }

  private void asset(HttpExchange ex, String path) throws IOException {
    String[] a = ASSETS.get(path);
    if (a == null) {
      sendJson(ex, 404, error("not found"));
      return;
    }
    byte[] body;
    try (InputStream in = Server.class.getResourceAsStream(a[0])) {
      if (in == null) throw new UncheckedIOException(new IOException("asset " + a[0] + " missing from the jar"));
      body = in.readAllBytes();
    }
    ex.getResponseHeaders().set("Content-Type", a[1]);
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    send(ex, 200, body);
  }

  static ObjectNode error(String message) {
    ObjectNode o = MentionJson.MAPPER.createObjectNode();
    o.put("error", message);
    return o;
  }

  private static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    send(ex, status, MentionJson.MAPPER.writeValueAsBytes(body));
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() throws IOException {
    http.stop(0);
    pool.shutdownNow();
    index.close();
  }

  /** Security headers sent with every response. */
  static final class Headers {
    private Headers() {}

    static void secure(HttpExchange ex) {
      var h = ex.getResponseHeaders();
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("X-Frame-Options", "DENY");
    }
  }
}
