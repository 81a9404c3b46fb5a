import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import khabar.pipeline.Pipeline;
import khabar.search.SearchRequest;
import khabar.search.Searcher;

/**
 * CPU time per request of each kind of the search suite (khabar.bench.SearchSuite), through
 * Searcher.search and through Lucene's top 10 of the same query, round after round on one index:
 * steadier than wall time on a shared machine. Counts the search helper threads too. Not part of
 * the build; a line per round, "kind search/lucene" in ms.
 *
 * <p>javac -cp target/khabar.jar -d /tmp/sc tools/SearchCpu.java; java -cp target/khabar.jar:/tmp/sc
 * SearchCpu gazetteers target/bench/search-index-5000-seed1 25 (-Dkind=NAME for one kind only;
 * -Dkhabar.search.alone=true for no helper thread; add -XX:StartFlightRecording=... to profile)
 */
public class SearchCpu {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  static long cpu() {
    long sum = MX.getCurrentThreadCpuTime();
    for (ThreadInfo t : MX.getThreadInfo(MX.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(Searcher.HELPER_THREADS)) sum += MX.getThreadCpuTime(t.getThreadId());
    }
    return sum;
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] a) throws Exception {
    Method kindsOf = Class.forName("khabar.bench.SearchSuite").getDeclaredMethod("requestsByKind");
    kindsOf.setAccessible(true);
    Map<String, List<SearchRequest>> kinds = (Map<String, List<SearchRequest>>) kindsOf.invoke(null);
    String only = System.getProperty("kind");
    Pipeline p = Pipeline.load(Path.of(a[0]));
    try (Searcher s = p.searcher(Path.of(a[1]))) {
      for (int r = 0, rounds = Integer.parseInt(a[2]); r < rounds; r++) {
        StringBuilder line = new StringBuilder("round " + r + ":");
        long ours = 0;
        long lucene = 0;
        int n = 0;
        for (var k : kinds.entrySet()) {
          if (only != null && !k.getKey().equals(only)) continue;
          long t0 = cpu();
          for (SearchRequest q : k.getValue()) s.search(q);
          long t1 = cpu();
          for (SearchRequest q : k.getValue()) s.indexSearcher().search(s.query(q), 10);
          long t2 = cpu();
          ours += t1 - t0;
          lucene += t2 - t1;
          n += k.getValue().size();
          line.append(String.format(Locale.ROOT, " [%s] %.2f/%.2f", k.getKey(), (t1 - t0) / 1e6 / k.getValue().size(),
              (t2 - t1) / 1e6 / k.getValue().size()));
        }
        line.append(String.format(Locale.ROOT, " | all %.2f/%.2f ms, %.1f%%", ours / 1e6 / n, lucene / 1e6 / n, 100.0 * lucene / ours));
        System.out.println(line);
      }
    }
  }
}
