package khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import khabar.index.ArticleIndex;
import khabar.ingest.Documents;
import khabar.ingest.IngestOptions;
import khabar.ingest.IngestReport;
import khabar.ingest.Ingester;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;

/**
 * End-to-end ingest rate: generates N HTML pages (default 20,000; 30–80 KB each, most of it site
 * chrome: navigation, inline scripts and styles, related links, comments, footer) into a folder,
 * then ingests the folder into a fresh index with the project's gazetteers and prints pages/s,
 * MB/s and the share of thread time per stage. Run after {@code mvn package}:
 *
 * <pre>
 * java -Xmx512m -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.IngestBench [N] [DIR] [THREADS]
 * </pre>
 *
 * The folder is kept and reused when it already holds N pages, so the generation is paid once.
 */
public final class IngestBench {
  private static final String[] SENTENCES = {
    "أعلنت إنفيديا عن شريحة جديدة لتدريب نماذج الذكاء الاصطناعي بقيمة 5 مليارات دولار.",
    "وقالت هواوي إن معالجاتها الجديدة ستصل إلى الأسواق الصينية خلال الربع المقبل.",
    "وتسعى شركات الخليج إلى بناء مراكز بيانات ضخمة تعمل بالطاقة الشمسية في الرياض وأبوظبي.",
    "ويرى محللون أن الطلب على الرقائق المتقدمة سيتجاوز العرض حتى نهاية العام.",
    "وجمعت شركة ناشئة في القاهرة تمويلاً بنحو 40 مليون دولار لتوسيع خدماتها في المنطقة.",
    "وأكدت تي إس إم سي أن مصنعها في أريزونا سيبدأ الإنتاج التجاري قبل الموعد المحدد.",
    "وتواجه الشركات الصينية قيوداً متزايدة على تصدير معدات تصنيع أشباه الموصلات.",
    "وأشار التقرير إلى أن الاستثمارات في البنية التحتية الرقمية تضاعفت خلال ثلاث سنوات."
  };

  private IngestBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("java.io.tmpdir"), "khabar-ingest-bench");
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Path pages = dir.resolve("pages");
    long t0 = System.nanoTime();
    long bytes = generate(pages, n);
    System.err.printf(Locale.ROOT, "pages: %d in %s (%.1f MB, %.1f KB each), ready in %.1f s%n",
        n, pages, bytes / 1e6, bytes / 1e3 / n, (System.nanoTime() - t0) / 1e9);

    Path index = dir.resolve("index");
    deleteTree(index);
    Ingester ingester = new Ingester(new Documents(new Tagger(GazetteerLoader.load(Path.of("gazetteers")))),
        IngestOptions.defaults().withThreads(threads));
    IngestReport r;
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      r = ingester.ingest(List.of(pages), idx);
    }
    double secs = r.elapsedMillis() / 1000.0;
    System.out.printf(Locale.ROOT, "ingest: %d pages, %.1f MB in %.1f s with %d workers: %.1f pages/s, %.2f MB/s; added %d, failed %d, %d commits%n",
        r.pages(), r.bytes() / 1e6, secs, threads, r.pages() / secs, r.bytes() / 1e6 / secs, r.added(), r.failed(), r.commits());
    long total = 0;
    for (IngestReport.Stage s : IngestReport.Stage.values()) total += r.millis(s);
    StringBuilder share = new StringBuilder("share of thread time:");
    for (IngestReport.Stage s : IngestReport.Stage.values()) {
      share.append(String.format(Locale.ROOT, " %s %.0f%%", s.name().toLowerCase(Locale.ROOT), 100.0 * r.millis(s) / Math.max(total, 1)));
    }
    System.out.println(share);
  }

  /** Writes pages 0..n-1 unless they are there; returns their total size. */
  static long generate(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    long total = 0;
    Random rnd = new Random(42);
    for (int i = 0; i < n; i++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "%03d/%07d.html", i / 1000, i));
      String html = page(i, rnd);
      if (!Files.exists(f)) {
        Files.createDirectories(f.getParent());
        Files.writeString(f, html, StandardCharsets.UTF_8);
      }
      total += Files.size(f);
    }
    return total;
  }

  static String page(int i, Random rnd) {
    StringBuilder b = new StringBuilder(80_000);
    b.append("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر رقم ").append(i)
        .append(" | موقع الاختبار</title><link rel=\"canonical\" href=\"https://bench.example/news/").append(i).append("\">")
        .append("<meta property=\"article:published_time\" content=\"2025-0").append(1 + i % 9).append("-1").append(i % 10).append("T08:00:00Z\">");
    int chrome = 20_000 + rnd.nextInt(40_000); // inline scripts and styles, as news sites ship them
    b.append("<style>");
    while (b.length() < chrome / 2) b.append(".c").append(b.length()).append("{margin:0 4px;padding:2px;color:#333}");
    b.append("</style><script>var cfg={");
    while (b.length() < chrome) b.append("k").append(b.length()).append(":\"value\",");
    b.append("};</script></head><body><header><nav>");
    for (int k = 0; k < 30; k++) b.append("<a href=\"/s/").append(k).append("\">قسم ").append(k).append("</a> ");
    b.append("</nav></header><div class=\"wrap\"><article><h1>خبر رقم ").append(i).append(" عن سوق الرقائق</h1><div class=\"body\">");
    int paragraphs = 6 + rnd.nextInt(10);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      for (int s = 0; s < 3; s++) b.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append(' ');
      b.append("(").append(i).append('-').append(p).append(")</p>");
    }
    b.append("</div></article><aside class=\"related\">");
    for (int k = 0; k < 10; k++) b.append("<li><a href=\"/n/").append(k).append("\">").append(SENTENCES[k % SENTENCES.length]).append("</a></li>");
    b.append("</aside><section id=\"comments\">");
    for (int k = 0; k < 5; k++) b.append("<p>تعليق القارئ رقم ").append(k).append(": ").append(SENTENCES[(k + i) % SENTENCES.length]).append("</p>");
    b.append("</section></div><footer>جميع الحقوق محفوظة</footer></body></html>");
    return b.toString();
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var s = Files.walk(p)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }
}
