package khabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import khabar.export.ParquetTables;
import khabar.ingest.Format;
import khabar.ingest.IngestOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The backfill job: {@code khabar ingest}'s reading, extraction, language filter, tagging and copy
 * detection over files on any Hadoop file system, writing Parquet tables (docs/SCALE.md).
 *
 * <pre>
 * spark-submit --class khabar.spark.BackfillJob khabar-spark.jar --gazetteers DIR
 *     [--out DIR | --articles DIR --mentions DIR --failures DIR --jsonl DIR] [--report FILE]
 *     [--languages ar,en] [--max-page-mb MB] PATH...
 * </pre>
 *
 * <ul>
 *   <li>{@code PATH}: files or folders (walked recursively, files in name order, other formats
 *       passed over); a named file of an unknown format is a failure, as in {@code khabar ingest}.
 *   <li>One task per file (a file is never split); records keep {@code khabar ingest}'s order:
 *       paths as given, files in name order, records in file order.
 *   <li>{@code --out DIR} is {@code --articles DIR/articles --mentions DIR/mentions --failures
 *       DIR/failures --jsonl DIR/jsonl}; every output is optional.
 *   <li>{@code articles}: one row per id (a later record with the same id replaces the earlier, as
 *       an index update does), with {@code duplicate_of} set for copies; {@code mentions}: one row
 *       per mention; both partitioned by {@code month}. {@code failures}: file, place, reason,
 *       detail. {@code jsonl}: every article record in input order as ingest's JSON Lines schema,
 *       for {@code khabar ingest}, which then builds the index {@code khabar ingest} of the input
 *       builds.
 *   <li>Exit code 0 when every record went in, 1 when some failed, 2 for bad arguments.
 * </ul>
 */
public final class BackfillJob {

  /** What to read and write; a null output is not written. */
  public record Config(
      List<String> inputs, String gazetteers, String articles, String mentions, String failures, String jsonl,
      String report, List<String> languages, long maxPageBytes) {
    public Config {
      if (inputs == null || inputs.isEmpty()) throw new IllegalArgumentException("no input paths");
      if (gazetteers == null || gazetteers.isBlank()) throw new IllegalArgumentException("--gazetteers DIR is required");
      inputs = List.copyOf(inputs);
      languages = languages == null ? List.of() : List.copyOf(languages);
      if (maxPageBytes < 1) throw new IllegalArgumentException("--max-page-mb must be positive");
    }

    /** Reads every input, writes nothing but what {@code with...} adds. */
    public static Config of(List<String> inputs, String gazetteers) {
      return new Config(inputs, gazetteers, null, null, null, null, null, List.of(), IngestOptions.DEFAULT_MAX_PAGE_BYTES);
    }

    /** All four tables under {@code dir}. */
    public Config withOut(String dir) {
      return new Config(inputs, gazetteers, dir + "/articles", dir + "/mentions", dir + "/failures", dir + "/jsonl",
          report, languages, maxPageBytes);
    }

    public Config withReport(String file) {
      return new Config(inputs, gazetteers, articles, mentions, failures, jsonl, file, languages, maxPageBytes);
    }

    public Config withLanguages(List<String> keep) {
      return new Config(inputs, gazetteers, articles, mentions, failures, jsonl, report, keep, maxPageBytes);
    }
  }

  /**
   * What the run did. {@code records = articleRecords + failed + skippedLanguage + skippedRecords}
   * less the failures of whole files; {@code articles} counts ids, {@code sameId} the records
   * repeating an id. {@code taskCpuMillis}: CPU time of the tasks' reading, extraction, tagging and
   * fingerprinting (the gazetteer load included once per executor), the per-page cost that sizes a
   * cluster (docs/SCALE.md).
   */
  public record Report(
      long files, long records, long articleRecords, long articles, long sameId, long exactCopies, long nearCopies,
      long failed, Map<String, Long> failedByReason, long skippedLanguage, long skippedRecords, long mentions,
      long taskCpuMillis, long elapsedMillis) {
    public String toJson() {
      try {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private BackfillJob() {}

  public static void main(String[] args) {
    Config config;
    try {
      config = parse(Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      System.err.println("khabar-spark: " + e.getMessage());
      System.err.println("usage: BackfillJob --gazetteers DIR [--out DIR | --articles DIR --mentions DIR --failures DIR --jsonl DIR]"
          + " [--report FILE] [--languages ar,en] [--max-page-mb MB] PATH...");
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("khabar-backfill").getOrCreate();
    Report r;
    try {
      r = run(spark, config);
    } catch (IOException e) {
      System.err.println("khabar-spark: " + e.getMessage());
      spark.stop();
      System.exit(1);
      return;
    }
    System.out.println(r.toJson());
    spark.stop();
    System.exit(r.failed() > 0 ? 1 : 0);
  }

  static Config parse(List<String> args) {
    List<String> inputs = new ArrayList<>();
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        if (!List.of("--gazetteers", "--out", "--articles", "--mentions", "--failures", "--jsonl", "--report", "--languages", "--max-page-mb").contains(a)) {
          throw new IllegalArgumentException("unknown option " + a);
        }
        if (i + 1 >= args.size()) throw new IllegalArgumentException(a + " needs a value");
        o.put(a, args.get(++i));
      } else {
        inputs.add(a);
      }
    }
    long maxPage = IngestOptions.DEFAULT_MAX_PAGE_BYTES;
    if (o.containsKey("--max-page-mb")) {
      try {
        maxPage = Long.parseLong(o.get("--max-page-mb")) << 20;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--max-page-mb must be a whole number: " + o.get("--max-page-mb"));
      }
    }
    List<String> langs = o.containsKey("--languages")
        ? Arrays.stream(o.get("--languages").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
        : List.of();
    Config c = new Config(inputs, o.get("--gazetteers"), o.get("--articles"), o.get("--mentions"), o.get("--failures"),
        o.get("--jsonl"), o.get("--report"), langs, maxPage);
    if (o.containsKey("--out")) {
      Config all = c.withOut(o.get("--out"));
      c = new Config(inputs, c.gazetteers(), or(c.articles(), all.articles()), or(c.mentions(), all.mentions()),
          or(c.failures(), all.failures()), or(c.jsonl(), all.jsonl()), c.report(), langs, maxPage);
    }
    return c;
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  /** Runs the job on {@code spark}; writes the outputs {@code config} names and returns the report. */
  public static Report run(SparkSession spark, Config config) throws IOException {
    long t0 = System.nanoTime();
    // a Parquet TIMESTAMP (micros, UTC), as khabar export writes it, rather than Spark's default INT96
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    List<FileTask> files = new ArrayList<>();
    List<Row> driverFailures = new ArrayList<>();
    listInputs(config.inputs(), hadoop, files, driverFailures);

    Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(hadoop));
    FileTask.Settings settings = new FileTask.Settings(config.gazetteers(), config.languages(), config.maxPageBytes());
    LongAccumulator taskCpu = jsc.sc().longAccumulator("khabar task CPU nanoseconds");
    JavaRDD<Row> rows = jsc.parallelize(files, Math.max(1, files.size()))
        .flatMap(f -> {
          long c0 = CPU.getCurrentThreadCpuTime();
          List<Row> r = f.run(settings, conf.value().value());
          taskCpu.add(CPU.getCurrentThreadCpuTime() - c0);
          return r.iterator();
        });
    Dataset<Row> records = spark.createDataFrame(rows, Tables.RECORD)
        .union(spark.createDataFrame(driverFailures, Tables.RECORD))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> articleRecords = records.filter(col("kind").equalTo(Tables.ARTICLE));
      Dataset<Row> latest = articleRecords
          .withColumn("_n", row_number().over(Window.partitionBy("id").orderBy(col("ord").desc())))
          .filter(col("_n").equalTo(1))
          .drop("_n")
          .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> copies = Copies.find(spark, latest).cache();
      Dataset<Row> articles = latest.drop("duplicate_of")
          .join(copies.drop("copy"), latest.col("id").equalTo(copies.col("id")), "left")
          .drop(copies.col("id"));
      if (config.articles() != null) {
        articles.select(Arrays.stream(Tables.ARTICLE_COLUMNS).map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
            .write().mode(SaveMode.Overwrite).partitionBy(ParquetTables.PARTITION).parquet(config.articles());
      }
      Dataset<Row> mentions = latest.select(col("month"), explode(col("mentions")).as("m"))
          .select(Arrays.stream(Tables.MENTION_COLUMNS).map(c -> c.equals(ParquetTables.PARTITION) ? col(c) : col("m." + c)).toArray(Column[]::new));
      if (config.mentions() != null) mentions.write().mode(SaveMode.Overwrite).partitionBy(ParquetTables.PARTITION).parquet(config.mentions());
      Dataset<Row> failures = records.filter(col("kind").equalTo(Tables.FAILURE))
          .orderBy("ord").select("file", "place", "reason", "detail");
      if (config.failures() != null) failures.coalesce(1).write().mode(SaveMode.Overwrite).parquet(config.failures());
      if (config.jsonl() != null) writeJsonLines(articleRecords, config.jsonl(), hadoop);

      Map<String, Long> byKind = new LinkedHashMap<>();
      for (Row r : records.groupBy("kind").count().collectAsList()) byKind.put(r.getString(0), r.getLong(1));
      Map<String, Long> byReason = new java.util.TreeMap<>();
      for (Row r : failures.groupBy("reason").count().collectAsList()) byReason.put(r.getString(0), r.getLong(1));
      long articleCount = latest.count();
      long exact = copies.filter(col("copy").equalTo(Copies.EXACT)).count();
      long near = copies.filter(col("copy").equalTo(Copies.NEAR)).count();
      long articleRecordCount = byKind.getOrDefault(Tables.ARTICLE, 0L);
      long failed = byKind.getOrDefault(Tables.FAILURE, 0L);
      long skippedLanguage = byKind.getOrDefault(Tables.SKIPPED_LANGUAGE, 0L);
      long skipped = byKind.getOrDefault(Tables.SKIPPED, 0L);
      Report report = new Report(files.size(), articleRecordCount + failed + skippedLanguage + skipped - driverFailures.size(),
          articleRecordCount, articleCount, articleRecordCount - articleCount, exact, near, failed, byReason,
          skippedLanguage, skipped, mentions.count(), taskCpu.value() / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
      if (config.report() != null) {
        Path p = new Path(config.report());
        try (OutputStream out = p.getFileSystem(hadoop).create(p, true)) {
          out.write(report.toJson().getBytes(StandardCharsets.UTF_8));
        }
      }
      latest.unpersist();
      return report;
    } finally {
      records.unpersist();
    }
  }

  /**
   * Every article record in input order as ingest's JSON Lines ({@code url, title, text, published,
   * source, author, language}; a text record keeps the text as it is), one {@code .jsonl} file per
   * partition, named so that a folder walk in name order reads them in input order; nothing else
   * is left in the folder.
   */
  static void writeJsonLines(Dataset<Row> articleRecords, String dir, Configuration hadoop) throws IOException {
    articleRecords.orderBy("ord")
        .select(to_json(struct(col("url"), col("title"), col("text"), col("published_iso").as("published"), col("source"),
            col("author"), col("language"))).as("value"))
        .write().mode(SaveMode.Overwrite).text(dir);
    Path out = new Path(dir);
    FileSystem fs = out.getFileSystem(hadoop);
    for (FileStatus s : fs.listStatus(out)) {
      String n = s.getPath().getName();
      if (n.startsWith("part-") && n.endsWith(".txt")) {
        fs.rename(s.getPath(), new Path(out, n.substring(0, n.length() - 4) + ".jsonl"));
      } else {
        // checksums and the _SUCCESS marker: ingest reads a folder's files by content, so only the records stay
        fs.delete(s.getPath(), false);
      }
    }
  }

  /** The files of {@code inputs} in ingest's order, with a failure for each path that cannot be read. */
  static void listInputs(List<String> inputs, Configuration hadoop, List<FileTask> files, List<Row> failures) throws IOException {
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(hadoop);
      FileStatus status;
      try {
        status = fs.getFileStatus(p);
      } catch (IOException e) {
        failures.add(Tables.other(-1 - failures.size(), Tables.FAILURE, input, input, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage()));
        continue;
      }
      if (status.isDirectory()) {
        List<Path> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
        while (it.hasNext()) {
          Path f = it.next().getPath();
          if (formatOf(f) != null) found.add(f);
        }
        found.sort((a, b) -> a.toUri().getPath().compareTo(b.toUri().getPath()));
        for (Path f : found) files.add(new FileTask(files.size(), f.toString(), formatOf(f), FileTask.address(status.getPath(), f)));
      } else if (formatOf(status.getPath()) == null) {
        failures.add(Tables.other(-1 - failures.size(), Tables.FAILURE, input, input, "unsupported", "unknown format"));
      } else {
        files.add(new FileTask(files.size(), status.getPath().toString(), formatOf(status.getPath()),
            FileTask.address(status.getPath(), status.getPath())));
      }
    }
  }

  private static Format formatOf(Path p) {
    String name = p.getName().toLowerCase(Locale.ROOT);
    return name.isEmpty() || name.startsWith(".") || name.startsWith("_") ? null : Format.of(java.nio.file.Path.of(name));
  }
}
