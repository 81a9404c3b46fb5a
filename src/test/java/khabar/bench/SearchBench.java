package khabar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import khabar.extract.Article;
import khabar.index.ArticleIndex;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.money.Qualifier;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Entity;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Query latency on a generated index: builds N short synthetic Arabic articles (default 100,000;
 * about 90 words from a word list of our own, four gazetteer entities by their Arabic names and a
 * dollar figure each, eight sources, three years of dates), then times searches of each kind,
 * every one with the facets over the whole result set and a page of ten highlighted hits:
 * one word, two words, a phrase, an entity filter, and an entity filter with a word. Prints
 * p50/p95/p99 per kind, the build rate and the index size per article. Run after {@code mvn
 * test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:'target/lib/*' khabar.bench.SearchBench [N] [QUERIES] [DIR]
 * </pre>
 *
 * Given a DIR that already holds an index, it times the searches on that index and keeps it;
 * without DIR it builds in a temporary folder and deletes it.
 */
public final class SearchBench {
  /** Words of ordinary tech-news prose, to fill the articles and to query. */
  private static final String[] WORDS = (
      "أعلنت قالت أضاف أكد كشف أوضح يتوقع تخطط تسعى تواجه ارتفعت تراجعت بلغت تجاوزت سجلت "
          + "الشركة الشركات السوق الأسواق المستثمرين المحللين الحكومة الوزارة الهيئة المصادر المسؤولين "
          + "الرقائق الشرائح المعالجات الخوادم البيانات الحوسبة السحابة النماذج الذكاء الاصطناعي التدريب "
          + "الاستدلال الأداء الطاقة الكهرباء التبريد المصنع المصانع الإنتاج التصنيع التصدير الاستيراد "
          + "القيود العقوبات التراخيص الرسوم الضرائب الاستثمار التمويل الجولة الصفقة الاستحواذ الشراكة "
          + "الاتفاق العقد العقود الإيرادات الأرباح الخسائر المبيعات الطلب العرض الأسعار التكلفة "
          + "الميزانية الربع العام الماضي المقبل الحالي الأول الثاني الثالث الجديد الجديدة الأولى "
          + "الأميركية الصينية الأوروبية الخليجية السعودية الإماراتية التايوانية الكورية اليابانية الهندية "
          + "مركز مراكز مختبر منصة تطبيق خدمة خدمات منتج منتجات جهاز أجهزة هاتف حاسوب شبكة شبكات "
          + "المستخدمين العملاء المطورين الباحثين المهندسين الموظفين الإدارة المدير الرئيس التنفيذي "
          + "بحسب وفقاً خلال بعد قبل منذ حتى نحو أكثر أقل حوالي قرابة أيضاً كذلك لكن بينما فيما "
          + "رغم بسبب نتيجة إطار ضمن عبر لدى عند حول بين على إلى من في عن مع").split(" ");
  private static final String[] SOURCES = {
    "مرصد التقنية", "بوابة الرقائق", "الخليج الرقمي", "اقتصاد المستقبل", "عالم الحوسبة", "تقنية الشرق",
    "نبض السوق", "المختبر",
  };
  private static final long START = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
  private static final long SPAN = 3L * 365 * 24 * 3600 * 1000;

  /** CPU time of the measuring thread: on a shared machine, wall time also counts other people's work. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SearchBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("khabar-search-bench");
    Gazetteer g = GazetteerLoader.load(Path.of("gazetteers"));
    List<Entity> entities =
        g.entities().stream().filter(e -> !e.ar().isBlank()).sorted(Comparator.comparing(Entity::id)).toList();

    if (hasIndex(dir)) {
      System.out.println("reusing the index in " + dir);
    } else {
      build(dir, n, entities);
    }
    try (Searcher s = new Searcher(dir, g)) {
      SplittableRandom q = new SplittableRandom(7);
      for (int round = 0; round < 3; round++) { // warm-up: let the JIT compile the search path
        time(s, "warm-up", queries, () -> new SearchRequest.Builder().query(word(q) + " " + word(q)).build());
        time(s, "warm-up", queries, () -> new SearchRequest.Builder().entity(entities.get(q.nextInt(entities.size())).id()).build());
      }
      time(s, "one word", queries, () -> new SearchRequest.Builder().query(word(q)).build());
      time(s, "two words", queries, () -> new SearchRequest.Builder().query(word(q) + " " + word(q)).build());
      time(s, "phrase", queries, () -> new SearchRequest.Builder().query("\"" + word(q) + " " + word(q) + "\"").build());
      time(s, "entity", queries, () -> new SearchRequest.Builder().entity(entities.get(q.nextInt(entities.size())).ar()).build());
      time(s, "entity + word", queries,
          () -> new SearchRequest.Builder().query(word(q)).entity(entities.get(q.nextInt(entities.size())).id()).build());
      time(s, "word, by date", queries,
          () -> new SearchRequest.Builder().query(word(q)).sort(SearchRequest.Sort.DATE).build());
    }
    if (args.length <= 2) delete(dir);
  }

  private static void build(Path dir, int n, List<Entity> entities) throws IOException {
    SplittableRandom rnd = new SplittableRandom(42);
    long t0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    int copies = 0;
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (int i = 0; i < n; i++) {
        if (index.upsert(article(i, rnd, entities)).copyOf().isPresent()) copies++;
        if ((i + 1) % 25_000 == 0) index.commit();
      }
      index.commit();
    }
    double buildSeconds = (System.nanoTime() - t0) / 1e9;
    double buildCpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    long bytes;
    try (Stream<Path> s = Files.list(dir)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT,
        "built %,d articles in %.1f s wall, %.1f s cpu of this thread (%,.0f/s cpu), %d flagged as copies; index %,d bytes = %,.0f bytes/article%n",
        n, buildSeconds, buildCpu, n / buildCpu, copies, bytes, bytes / (double) n);
  }

  private static boolean hasIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  private interface Requests {
    SearchRequest next();
  }

  private static void time(Searcher s, String kind, int count, Requests requests) throws IOException {
    long[] nanos = new long[count];
    long[] cpu = new long[count];
    long hits = 0;
    for (int i = 0; i < count; i++) {
      SearchRequest r = requests.next();
      long c = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      hits += s.search(r).total();
      nanos[i] = System.nanoTime() - t;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
    }
    if (kind.equals("warm-up")) return;
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT,
        "%-14s wall p50 %6.1f  p95 %6.1f  p99 %6.1f ms | cpu p50 %6.1f  p99 %6.1f ms  (mean %,d hits)%n",
        kind, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), ms(cpu, 0.50), ms(cpu, 0.99), hits / count);
  }

  private static double ms(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static String word(SplittableRandom r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  /** About 90 words in three sentences, with four entities by their Arabic names and one dollar figure. */
  static TaggedArticle article(int i, SplittableRandom r, List<Entity> entities) {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    for (int sentence = 0; sentence < 3; sentence++) {
      for (int w = 0; w < 28; w++) {
        if (w == 3 && sentence < 2 || w == 17) {
          Entity e = entities.get(r.nextInt(entities.size()));
          int at = text.length();
          text.append(e.ar());
          mentions.add(Mention.entity(e, e.ar(), at, text.length()));
        } else {
          text.append(WORDS[r.nextInt(WORDS.length)]);
        }
        text.append(' ');
      }
      if (sentence == 1) {
        String figure = (1 + r.nextInt(900)) + " مليون دولار";
        int at = text.length();
        text.append(figure);
        BigDecimal value = new BigDecimal(figure.substring(0, figure.indexOf(' '))).multiply(BigDecimal.valueOf(1_000_000));
        mentions.add(Mention.money(Money.of(value, "USD", Qualifier.EXACT), figure, at, text.length()));
        text.append(' ');
      }
      text.setCharAt(text.length() - 1, '.');
      text.append(' ');
    }
    String body = text.toString().strip();
    String source = SOURCES[i % SOURCES.length];
    String url = "https://site" + (i % SOURCES.length) + ".example/" + i;
    Instant published = Instant.ofEpochMilli(START + (long) (r.nextDouble() * SPAN));
    Article a = new Article(url, source, WORDS[r.nextInt(WORDS.length)] + " " + mentions.get(0).text(), body, published, "", "ar", null);
    return new TaggedArticle("b" + i, a, mentions, Integer.toHexString(body.hashCode()) + "-" + i, "bench");
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
