package khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import khabar.crawl.CrawlConfig;
import khabar.crawl.CrawlReport;
import khabar.crawl.Outcome;
import khabar.crawl.CrawlState;
import khabar.crawl.Crawler;
import khabar.crawl.HttpFetcher;
import khabar.crawl.IndexingSink;
import khabar.crawl.PageSink;
import khabar.crawl.Seeds;
import khabar.crawl.WarcOutput;
import khabar.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "crawl", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar crawl https://news.example/sitemap.xml --max-pages 500 --delay 2",
        "  khabar crawl --seeds seeds.txt --resume"},
    description = {"Fetch news pages politely from seed pages, feeds and sitemaps; write WARC files and index the articles.",
        "Obeys robots.txt, one request per host at a time with a delay; a second run re-checks known pages "
            + "with conditional requests; --resume continues an interrupted run."})
final class CrawlCommand implements Callable<Integer> {
  static final String DEFAULT_AGENT = "khabar/0.1 (Arabic tech-news research crawler)";

  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "Seed URLs: pages, RSS/Atom feeds or sitemaps, told apart by content.")
  List<String> urls = new ArrayList<>();

  @Option(names = "--seeds", paramLabel = "FILE", description = "A file of seed URLs, one a line (# comments).")
  Path seedFile;

  @Option(names = "--state", paramLabel = "DIR", description = "Crawl state (default: INDEX-crawl beside the index).")
  Path stateDir;

  @Option(names = "--warc", paramLabel = "DIR", description = "Folder for the WARC files (default: STATE/warc).")
  Path warcDir;

  @Option(names = "--no-index", description = "Only fetch and write WARC files; index nothing.")
  boolean noIndex;

  @Option(names = "--resume", description = "Continue the last run if it was interrupted.")
  boolean resume;

  @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent with a contact URL (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_AGENT)
  String userAgent;

  @Option(names = "--delay", paramLabel = "SECONDS", description = "Least pause between requests to one host; a larger Crawl-delay wins (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  double delay;

  @Option(names = "--max-pages", paramLabel = "N", description = "Fetches per run (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
  int maxPages;

  @Option(names = "--max-pages-per-host", paramLabel = "N", description = "Fetches per host per run (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
  int maxPagesPerHost;

  @Option(names = "--max-depth", paramLabel = "N", description = "Links away from a seed (default: ${DEFAULT-VALUE}).", defaultValue = "2")
  int maxDepth;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest body read (default: ${DEFAULT-VALUE}).", defaultValue = "2097152")
  long maxBytes;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Connect and response time-out (default: ${DEFAULT-VALUE}).", defaultValue = "30")
  double timeout;

  @Option(names = "--body-timeout", paramLabel = "SECONDS", description = "Longest a body may take to arrive (default: ${DEFAULT-VALUE}).", defaultValue = "60")
  double bodyTimeout;

  @Option(names = "--min-rate", paramLabel = "BYTES", description = "Give up a body arriving slower than this many bytes a second after its first 10 s; 0: no check (default: ${DEFAULT-VALUE}).", defaultValue = "1024")
  long minRate;

  @Option(names = "--max-sitemap-mb", paramLabel = "MB", description = "Largest feed or sitemap read, as fetched and once gunzipped (default: ${DEFAULT-VALUE}).", defaultValue = "50")
  long maxSitemapMb;

  @Option(names = "--max-sitemap-urls", paramLabel = "N", description = "URLs taken from one feed or sitemap (default: ${DEFAULT-VALUE}).", defaultValue = "50000")
  int maxSitemapUrls;

  @Option(names = "--threads", paramLabel = "N", description = "Hosts fetched in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "4")
  int threads;

  @Option(names = "--include", paramLabel = "REGEX", description = "Follow only URLs matching one of these (repeatable).")
  List<Pattern> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "REGEX", description = "Never follow URLs matching these (repeatable).")
  List<Pattern> exclude = new ArrayList<>();

  @Option(names = "--any-host", description = "Follow links to other hosts too (default: stay on the seed hosts).")
  boolean anyHost;

  @Option(names = "--revisit-after", paramLabel = "HOURS", description = "Skip pages fetched less than this long ago (default: 0, re-check all with conditional requests).", defaultValue = "0")
  double revisitAfter;

  @Option(names = "--allow-private-addresses", description = "Also fetch hosts on loopback, private or link-local addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() throws Exception {
    List<String> seeds = new ArrayList<>();
    for (String u : urls) seeds.add(Seeds.check(u, ""));
    if (seedFile != null) seeds.addAll(Seeds.read(seedFile));
    if (seeds.isEmpty() && !resume) throw new IllegalArgumentException("no seeds: give URLs or --seeds FILE");
    CrawlConfig config = CrawlConfig.builder(userAgent)
        .delay(seconds(delay)).maxPages(maxPages).maxPagesPerHost(maxPagesPerHost).maxDepth(maxDepth)
        .maxBytes(maxBytes).connectTimeout(seconds(timeout)).readTimeout(seconds(timeout)).threads(threads)
        .include(include).exclude(exclude).stayOnSeedHosts(!anyHost).allowPrivateAddresses(allowPrivate)
        .revisitAfter(seconds(revisitAfter * 3600)).bodyTimeout(seconds(bodyTimeout)).minBytesPerSecond(minRate)
        .maxSitemapBytes(maxSitemapMb << 20).maxSitemapUrls(maxSitemapUrls).build();
    PrintWriter err = spec.commandLine().getErr();
    if (!userAgent.matches(".*(https?://|@).*")) {
      err.println("khabar crawl: note: the User-Agent names no contact URL; site owners expect one (--user-agent)");
    }
    Path state = stateDir != null ? stateDir : index.index.toAbsolutePath().resolveSibling(index.index.getFileName() + "-crawl");
    Path warc = warcDir != null ? warcDir : state.resolve("warc");
    Clock clock = Clock.systemUTC();
    CrawlReport report;
    java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    try (CrawlState st = CrawlState.open(state);
        WarcOutput out = new WarcOutput(warc, "khabar 0.1.0", clock.instant());
        HttpFetcher fetcher = new HttpFetcher(config, clock);
        ArticleIndex idx = noIndex ? null : ArticleIndex.open(index.index)) {
      IndexingSink indexing = idx == null ? null : new IndexingSink(gazetteers.pipeline().ingester(), idx);
      PageSink sink = indexing != null ? indexing : page -> {};
      Crawler crawler = new Crawler(config, fetcher, st, out, sink, clock, err::println);
      // on Ctrl-C: finish the fetches under way and write the state, so --resume can continue
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        crawler.stop();
        try {
          closed.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      report = crawler.crawl(seeds, resume);
      for (String f : report.failures()) err.println("failed: " + f);
      if (indexing != null) {
        for (var f : indexing.report().failures()) err.println("not indexed: " + f);
        err.println("index: " + indexing.report().summary());
      }
    } finally {
      closed.countDown();
    }
    err.println(report.summary());
    err.println("state: " + state + ", WARC files: " + warc);
    if (report.count(Outcome.FETCHED) + report.count(Outcome.NOT_MODIFIED) == 0) {
      err.println("khabar crawl: nothing was fetched: every URL was refused, skipped or failed (see above)");
      return 1;
    }
    return 0;
  }

  private static Duration seconds(double s) {
    if (s < 0 || Double.isNaN(s)) throw new IllegalArgumentException("a duration must not be negative: " + s);
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
