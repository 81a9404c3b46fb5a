package khabar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import khabar.export.MentionFilter;
import khabar.export.ParquetExport;
import khabar.export.ParquetTables;
import khabar.gen.CorpusFormat;
import khabar.gen.CorpusGenerator;
import khabar.gen.CorpusSpec;
import khabar.index.ArticleIndex;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.ingest.Failure;
import khabar.ingest.IngestOptions;
import khabar.ingest.IngestReport;
import khabar.pipeline.Pipeline;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in {@code local[2]} on a generated corpus (HTML pages, a JSON Lines dump and a WARC
 * file, each with planted exact copies, near copies and bad records) and compares it with {@code
 * khabar ingest} (the pipeline's Ingester) of the same input.
 */
class BackfillJobTest {
  static final Path GAZETTEERS = Path.of("gazetteers");
  static final int PER_FORMAT = 30;
  static final double DUP = 0.1;
  static final double NEAR = 0.1;
  static final double BAD = 0.1;

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path input;
  static IngestReport ingestReport;
  static Map<String, Stored> ingested;
  static BackfillJob.Report report;
  static Path out;
  static long planted;
  static long plantedBad;

  /** What the index holds of one article. */
  record Stored(String duplicateOf, String copy, List<String> mentions, List<String> money) {}

  @BeforeAll
  static void run() throws IOException {
    Pipeline pipeline = Pipeline.load(GAZETTEERS);
    input = Files.createDirectories(tmp.resolve("in"));
    long seed = 11;
    for (CorpusFormat f : CorpusFormat.values()) {
      CorpusSpec spec = new CorpusSpec(PER_FORMAT, seed++, f, DUP, NEAR, BAD);
      Path target = input.resolve(f == CorpusFormat.HTML ? "html" : "dump." + f.name().toLowerCase(java.util.Locale.ROOT));
      new CorpusGenerator(pipeline.gazetteer(), spec).generate(target, null, null);
      planted += spec.duplicates() + spec.nearDuplicates();
      plantedBad += spec.bad();
    }
    // pages that name no address of their own: known by the input folder's name and the path below
    // it, so the job must give them the ids ingest gives
    Files.writeString(input.resolve("html/zz-no-canonical.html"), "<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\">"
        + "<title>خبر بلا عنوان دائم</title></head><body><article><h1>خبر بلا عنوان دائم</h1><p>أعلنت شركة إنفيديا عن "
        + "نتائج فصلية فاقت التوقعات، وقال الرئيس التنفيذي جنسن هوانغ إن الطلب على شرائح مراكز البيانات ما زال قويا.</p>"
        + "</article></body></html>");
    Files.writeString(input.resolve("zz-plain.txt"), "مقال نصي محلي\n\nقالت شركة سامسونج إن مصنعها الجديد للرقائق في تكساس "
        + "سيبدأ الإنتاج في العام المقبل باستثمار قدره سبعة عشر مليار دولار.");
    Path index = tmp.resolve("index");
    try (ArticleIndex ix = ArticleIndex.open(index)) {
      ingestReport = pipeline.ingester(IngestOptions.defaults().withThreads(2)).ingest(List.of(input), ix);
    }
    ingested = read(index);

    spark = SparkSession.builder().master("local[2]").appName("khabar-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    out = tmp.resolve("out");
    report = BackfillJob.run(spark, BackfillJob.Config.of(List.of(input.toString()), GAZETTEERS.toString())
        .withOut(out.toString()).withReport(out.resolve("report.json").toString()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  static Map<String, Stored> read(Path index) throws IOException {
    Map<String, Stored> all = new TreeMap<>();
    try (DirectoryReader r = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
      StoredFields fields = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        Document d = fields.document(i);
        List<Mention> ms = StoredArticle.mentions(d);
        all.put(d.get(Fields.ID), new Stored(StoredArticle.duplicateOf(d), d.get(Fields.DUPLICATE_KIND),
            ms.stream().map(BackfillJobTest::key).toList(),
            ms.stream().filter(m -> m.money() != null).map(m -> m.id() + "=" + m.money().amount() + "/" + m.money().min() + "-" + m.money().max() + " " + m.money().currency()).toList()));
      }
    }
    return all;
  }

  static String key(Mention m) {
    return m.type().name() + " " + m.id() + " " + m.start() + "-" + m.end();
  }

  Dataset<Row> articles() {
    return spark.read().parquet(out.resolve("articles").toString());
  }

  @Test
  void sameArticleIdsAsIngest() {
    TreeSet<String> ids = new TreeSet<>(articles().select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(ingested.keySet(), ids);
    assertTrue(ids.contains(khabar.ingest.Documents.idForUrl("file:in/html/zz-no-canonical.html")), "a local page by its address");
    assertTrue(ids.contains(khabar.ingest.Documents.idForUrl("file:in/zz-plain.txt")), "a local text by its address");
    assertEquals(ingestReport.added(), report.articles());
  }

  @Test
  void gazetteersLoadedOncePerExecutorJvm() {
    assertTrue(report.files() > 2, "several tasks: " + report.files());
    assertEquals(1, ExecutorPipelines.loadedCount(), "one load for every task of this local executor");
  }

  @Test
  void sameMentionsAndMoneyAsIngest() {
    Map<String, List<String>> mentions = new HashMap<>();
    Map<String, List<String>> money = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("mentions").toString()).orderBy("article_id", "start").collectAsList()) {
      String id = r.getAs("article_id");
      mentions.computeIfAbsent(id, k -> new ArrayList<>())
          .add(r.getAs("type") + " " + r.getAs("entity_id") + " " + r.getAs("start") + "-" + r.getAs("end"));
      if ("MONEY".equals(r.getAs("type"))) {
        money.computeIfAbsent(id, k -> new ArrayList<>()).add(r.getAs("entity_id") + "=" + dec(r.getAs("amount")) + "/"
            + dec(r.getAs("min")) + "-" + dec(r.getAs("max")) + " " + r.getAs("currency"));
      }
    }
    long total = 0;
    for (Map.Entry<String, Stored> e : ingested.entrySet()) {
      assertEquals(e.getValue().mentions(), mentions.getOrDefault(e.getKey(), List.of()), e.getKey());
      assertEquals(e.getValue().money(), money.getOrDefault(e.getKey(), List.of()), e.getKey());
      total += e.getValue().mentions().size();
    }
    assertTrue(total > 100, "the corpus has mentions: " + total);
    assertFalse(money.isEmpty(), "the corpus has money");
  }

  /** The index's decimal as the Parquet double gives it back. */
  static String dec(Double d) {
    return d == null ? "null" : new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  @Test
  void copiesMarkedAsIngestMarksThem() {
    Map<String, String> dupOf = new TreeMap<>();
    for (Row r : articles().filter("duplicate_of is not null").select("id", "duplicate_of").collectAsList()) {
      dupOf.put(r.getString(0), r.getString(1));
    }
    Map<String, String> expected = ingested.entrySet().stream().filter(e -> e.getValue().duplicateOf() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().duplicateOf(), (a, b) -> a, TreeMap::new));
    assertEquals(expected, dupOf);
    assertEquals(count("EXACT"), report.exactCopies());
    assertEquals(count("NEAR"), report.nearCopies());
    assertTrue(report.exactCopies() > 0 && report.nearCopies() > 0, "the corpus has both kinds: " + report);
    assertTrue(report.exactCopies() + report.nearCopies() <= planted, "no copy beyond the planted ones");
  }

  static long count(String copyKind) {
    return ingested.values().stream().filter(a -> copyKind.equals(a.copy())).count();
  }

  @Test
  void badRecordsCountedAndNamedNothingGoodLost() {
    assertEquals(ingestReport.failed(), report.failed());
    assertTrue(report.failed() > 0 && report.failed() <= plantedBad, "failed " + report.failed() + " of " + plantedBad + " planted bad records");
    List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).collectAsList();
    assertEquals(report.failed(), failures.size());
    Map<String, Long> reasons = new TreeMap<>();
    for (Failure f : ingestReport.failures()) {
      reasons.merge(f.reason().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
    }
    assertEquals(reasons, report.failedByReason());
    TreeSet<String> places = new TreeSet<>();
    for (Failure f : ingestReport.failures()) places.add(f.where());
    TreeSet<String> named = new TreeSet<>();
    for (Row r : failures) named.add(r.getString(1));
    assertEquals(places, named, "each failure named by file and record as ingest names it");
    assertEquals(ingestReport.added() + ingestReport.updated() + ingestReport.skippedDuplicates(), report.articleRecords(),
        "every record that was an article in ingest is one here");
    assertEquals(ingestReport.skippedRecords(), report.skippedRecords());
    assertEquals(ingestReport.files(), report.files());
  }

  @Test
  void parquetSchemaReadBack() {
    StructType a = articles().schema();
    assertEquals(List.of("id", "url", "title", "text", "published", "source", "language", "content_hash",
        "gazetteer_version", "duplicate_of", "month"), List.of(a.fieldNames()));
    assertEquals(DataTypes.TimestampType, a.apply("published").dataType());
    StructType m = spark.read().parquet(out.resolve("mentions").toString()).schema();
    assertEquals(List.of("article_id", "type", "entity_id", "name", "text", "start", "end", "candidate", "amount", "min",
        "max", "currency", "usd", "qualifier", "month"), List.of(m.fieldNames()));
    assertEquals(DataTypes.IntegerType, m.apply("start").dataType());
    assertEquals(DataTypes.DoubleType, m.apply("usd").dataType());
    assertTrue(Files.isDirectory(out.resolve("articles")));
    assertTrue(articles().select("month").distinct().count() >= 1);
  }

  @Test
  void ingestOfTheJsonLinesBuildsTheSameIndex() throws IOException {
    Path index = tmp.resolve("index-from-jsonl");
    try (ArticleIndex ix = ArticleIndex.open(index)) {
      IngestReport r = Pipeline.load(GAZETTEERS).ingester(IngestOptions.defaults().withThreads(2)).ingest(List.of(out.resolve("jsonl")), ix);
      assertEquals(0, r.failed());
    }
    assertEquals(ingested, read(index));
  }

  /**
   * The Parquet export ({@code khabar export --format parquet --include-duplicates}: the library's
   * {@link ParquetExport} of every article and mention) of the index that ingest built from the same
   * input writes the job's tables: the same Parquet schema in the files, the same Spark schema, the
   * same rows.
   */
  @Test
  void theParquetExportIsTheJobsTables() throws Exception {
    Path exported = tmp.resolve("exported-tables");
    ParquetExport.prepare(exported, false);
    try (Searcher s = Pipeline.load(GAZETTEERS).searcher(tmp.resolve("index"))) {
      ParquetExport.Result r = new ParquetExport(exported).export(s, SearchRequest.of("").withDuplicates(true), MentionFilter.ALL);
      assertEquals(List.of(), r.problems());
    }
    for (ParquetTables.Table t : List.of(ParquetTables.ARTICLES, ParquetTables.MENTIONS)) {
      MessageType job = footer(out.resolve(t.name()));
      assertEquals(t.schema().getFields(), job.getFields(), t.name() + ": the job writes core's schema");
      assertEquals(job.getFields(), footer(exported.resolve(t.name())).getFields(), t.name());
      Dataset<Row> fromJob = spark.read().parquet(out.resolve(t.name()).toString());
      Dataset<Row> fromExport = spark.read().parquet(exported.resolve(t.name()).toString());
      assertEquals(fromJob.schema(), fromExport.schema(), t.name());
      assertEquals(fromJob.count(), fromExport.count(), t.name());
      assertEquals(0, fromJob.exceptAll(fromExport).count(), t.name() + ": rows of the job that the export lacks");
      assertEquals(0, fromExport.exceptAll(fromJob).count(), t.name() + ": rows of the export that the job lacks");
    }
    assertEquals(report.articles(), spark.read().parquet(exported.resolve("articles").toString()).count());
  }

  /** The Parquet schema of the first file of a table folder, from its footer. */
  static MessageType footer(Path table) throws IOException {
    Path first;
    try (var files = Files.walk(table)) {
      first = files.filter(f -> f.toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
    }
    try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(first.toUri()), new org.apache.hadoop.conf.Configuration()))) {
      return r.getFooter().getFileMetaData().getSchema();
    }
  }
}
