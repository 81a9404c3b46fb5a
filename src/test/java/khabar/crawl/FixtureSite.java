package khabar.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A small Arabic news site on the loopback interface, written for these tests. Host
 * {@code 127.0.0.1} is the site; host {@code localhost} (same server) answers its robots.txt with
 * 503. Pages answer conditional requests (ETag), and every request is recorded.
 */
final class FixtureSite implements AutoCloseable {
  static final String ROBOTS = """
      User-agent: *
      Disallow: /private/
      Disallow: /*?print=
      Crawl-delay: 0.2
      """;

  /** The article pages, by number: a title and a paragraph each. */
  static final Map<Integer, String[]> ARTICLES = Map.of(
      1, new String[] {"إنفيديا تعلن رقاقة جديدة", "أعلنت شركة إنفيديا اليوم عن رقاقة جديدة لمراكز البيانات بسعر يبدأ من ثلاثين ألف دولار."},
      2, new String[] {"سامسونج توسع مصنعها", "قالت سامسونج إنها ستستثمر عشرة مليارات دولار في مصنع جديد لأشباه الموصلات."},
      3, new String[] {"نسخة للطباعة", "هذه الصفحة لها نسخة للطباعة يحظرها ملف الروبوتات."},
      4, new String[] {"آبل تنقل الإنتاج", "نقلت آبل جزءا من إنتاج هواتفها إلى الهند خلال العام الماضي."},
      5, new String[] {"هواوي تطلق معالجا", "أطلقت هواوي معالجا جديدا للهواتف الذكية مصنوعا محليا."},
      6, new String[] {"مايكروسوفت تستحوذ", "استحوذت مايكروسوفت على شركة ناشئة في مجال الذكاء الاصطناعي."},
      7, new String[] {"إنتل تخفض الأسعار", "خفضت إنتل أسعار معالجاتها المكتبية بنسبة عشرة في المئة."});

  /** What one request looked like. */
  record Hit(String host, String path, String ifNoneMatch) {}

  private final HttpServer server;
  final int port;
  final String base;
  final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile boolean etags = true;

  FixtureSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "fixture-site");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
    base = "http://127.0.0.1:" + port;
  }

  /**
   * One request through the JDK client and the server, so that class loading does not eat into the
   * short time-outs of the first crawl; forgotten afterwards.
   */
  void warmUp() throws IOException {
    try (java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient()) {
      c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/news/1"))).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    hits.clear();
    counts.clear();
  }

  /** The site's URL of {@code path}. */
  String url(String path) {
    return base + path;
  }

  /** The URLs the site answered for host 127.0.0.1, in request order, as path and query. */
  List<String> paths() {
    synchronized (hits) {
      return hits.stream().filter(h -> h.host.equals("127.0.0.1")).map(Hit::path).toList();
    }
  }

  int count(String path) {
    AtomicInteger n = counts.get(path);
    return n == null ? 0 : n.get();
  }

  /** Stop answering conditional requests with 304 (a server without validators). */
  void withoutEtags() {
    etags = false;
  }

  private void handle(HttpExchange ex) throws IOException {
    String host = ex.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", "");
    String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    hits.add(new Hit(host, path, inm));
    int n = counts.computeIfAbsent(host + path, k -> new AtomicInteger()).incrementAndGet();
    try (ex) {
      if (host.equals("localhost")) {
        send(ex, path.equals("/robots.txt") ? 503 : 200, "text/html; charset=utf-8", page("مضيف آخر", "لا ينبغي جلب هذه الصفحة.", ""));
        return;
      }
      switch (path) {
        case "/robots.txt" -> send(ex, 200, "text/plain", utf8(ROBOTS));
        case "/" -> send(ex, 200, "text/html; charset=utf-8", page("الرئيسية", "آخر أخبار التقنية.", home()));
        case "/feed.xml" -> send(ex, 200, "application/rss+xml", utf8(rss()));
        case "/sitemap-index.xml" -> send(ex, 200, "application/xml", utf8(sitemapIndex()));
        case "/sitemap-news.xml.gz" -> send(ex, 200, "application/gzip", gzip(utf8(sitemap(5, 6))));
        case "/old" -> redirect(ex, 301, "/news/4");
        case "/loop-a" -> redirect(ex, 302, url("/loop-b"));
        case "/loop-b" -> redirect(ex, 302, "/loop-a");
        case "/broken" -> send(ex, 500, "text/plain", utf8("boom"));
        case "/busy" -> {
          if (n == 1) {
            ex.getResponseHeaders().add("Retry-After", "1");
            send(ex, 429, "text/plain", utf8("slow down"));
          } else {
            send(ex, 200, "text/html; charset=utf-8", page("صفحة مزدحمة", "عادت الصفحة بعد الانتظار.", ""));
          }
        }
        case "/slow" -> {
          sleep(10_000); // longer than any time-out the tests set
          send(ex, 200, "text/html; charset=utf-8", page("بطيء", "وصلت متأخرة.", ""));
        }
        case "/huge" -> send(ex, 200, "text/html; charset=utf-8", page("ضخم", "كلمة ".repeat(200_000), ""));
        case "/report.pdf" -> send(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'});
        case "/cp1256" -> send(ex, 200, "text/html", page1256());
        default -> {
          if (path.matches("/news/\\d+")) {
            int id = Integer.parseInt(path.substring(6));
            String[] a = ARTICLES.get(id);
            if (a == null) {
              send(ex, 404, "text/plain", utf8("not found"));
              return;
            }
            String etag = "\"v1-" + id + "\"";
            if (etags && etag.equals(inm)) {
              ex.getResponseHeaders().add("ETag", etag);
              ex.sendResponseHeaders(304, -1);
              return;
            }
            if (etags) ex.getResponseHeaders().add("ETag", etag);
            String links = "<a href=\"/\">الرئيسية</a> <a href=\"/news/" + (id % 7 + 1) + "\">التالي</a>";
            send(ex, 200, "text/html; charset=utf-8", utf8(article(id, a[0], a[1], links)));
          } else {
            send(ex, 404, "text/plain", utf8("not found"));
          }
        }
      }
    }
  }

  private String home() {
    return String.join("\n",
        "<a href='/news/1'>1</a>",
        "<a href='/news/2'>2</a>",
        "<a href='/news/2#comments'>2 comments</a>",
        "<a href='/news/2?utm_source=home&amp;utm_medium=web'>2 tracked</a>",
        "<a href='/private/secret'>secret</a>",
        "<a href='/news/3?print=1'>print</a>",
        "<a href='/old'>old</a>",
        "<a href='/loop-a'>loop</a>",
        "<a href='/slow'>slow</a>",
        "<a href='/broken'>broken</a>",
        "<a href='/busy'>busy</a>",
        "<a href='/huge'>huge</a>",
        "<a href='/report.pdf'>pdf</a>",
        "<a href='/cp1256'>cp1256</a>",
        "<a href='/news/99'>missing</a>",
        "<a href='/nofollow' rel='nofollow'>nofollow</a>",
        "<a href='http://example.com/outside'>outside</a>",
        "<a href='mailto:news@example.com'>mail</a>");
  }

  private static byte[] page(String title, String text, String links) {
    return utf8("<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>" + title
        + "</title></head><body><nav>" + links + "</nav><article><h1>" + title + "</h1><p>" + text
        + "</p></article></body></html>");
  }

  private String article(int id, String title, String text, String links) {
    return "<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>" + title
        + "</title><link rel='canonical' href='" + url("/news/" + id) + "'>"
        + "<link rel='alternate' type='application/rss+xml' href='/feed.xml'>"
        + "</head><body><nav>" + links + "</nav><article><h1>" + title + "</h1><p>" + text
        + "</p></article></body></html>";
  }

  private static byte[] page1256() {
    String html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
        + "<title>صفحة بترميز قديم</title></head><body><article><h1>صفحة بترميز قديم</h1>"
        + "<p>كتبت هذه الصفحة بترميز ويندوز العربي.</p></article></body></html>";
    return html.getBytes(Charset.forName("windows-1256"));
  }

  private String rss() {
    return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>أخبار</title>"
        + "<link>" + url("/") + "</link><description>أخبار التقنية</description>"
        + "<item><title>1</title><link>" + url("/news/1") + "</link></item>"
        + "<item><title>7</title><link>" + url("/news/7") + "</link></item>"
        + "</channel></rss>";
  }

  private String sitemapIndex() {
    return "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "<sitemap><loc>" + url("/sitemap-news.xml.gz") + "</loc></sitemap></sitemapindex>";
  }

  private String sitemap(int... ids) {
    StringBuilder b = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>");
    for (int id : ids) b.append("<url><loc>").append(url("/news/" + id)).append("</loc></url>");
    return b.append("</urlset>").toString();
  }

  private void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(status, -1);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // the crawler hung up (size limit, unwanted type): expected
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
