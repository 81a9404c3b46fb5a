package khabar.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import khabar.export.ParquetTables;
import khabar.extract.Article;
import khabar.index.MinHash;
import khabar.index.TaggedArticle;
import khabar.ingest.Failure;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's rows and the one conversion of a record into a row. The columns of the
 * {@code articles} and {@code mentions} tables and the values of an article's and a mention's row
 * are core's {@link ParquetTables}, which {@code khabar export --format parquet} writes too.
 *
 * <ul>
 *   <li>{@link #RECORD}: what a task gives for each input record: an {@code article} (the
 *       {@code articles} columns, then its month, its mentions and MinHash signature), a {@code
 *       failure} (file, place, reason, detail), a page {@code skipped_language}, or a WARC record
 *       {@code skipped} (not an article). {@code ord} orders records as {@code khabar ingest} reads
 *       them: file number × 2³², then record number.
 *   <li>{@link #MENTION}: the {@code mentions} columns.
 *   <li>{@code month}: {@link ParquetTables#month}; the tables are partitioned by it.
 * </ul>
 */
final class Tables {
  static final String ARTICLE = "article";
  static final String FAILURE = "failure";
  static final String SKIPPED_LANGUAGE = "skipped_language";
  static final String SKIPPED = "skipped";

  static final StructType MENTION = struct(ParquetTables.MENTIONS);

  private static final StructField[] BEFORE = {
    DataTypes.createStructField("ord", DataTypes.LongType, false),
    DataTypes.createStructField("kind", DataTypes.StringType, false),
    DataTypes.createStructField("file", DataTypes.StringType, false),
  };
  private static final StructField[] AFTER = {
    DataTypes.createStructField("published_iso", DataTypes.StringType, true),
    DataTypes.createStructField(ParquetTables.PARTITION, DataTypes.StringType, true),
    DataTypes.createStructField("author", DataTypes.StringType, true),
    DataTypes.createStructField("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
    DataTypes.createStructField("mentions", DataTypes.createArrayType(MENTION, false), true),
    DataTypes.createStructField("place", DataTypes.StringType, true),
    DataTypes.createStructField("reason", DataTypes.StringType, true),
    DataTypes.createStructField("detail", DataTypes.StringType, true),
  };
  private static final int ARTICLE_WIDTH = ParquetTables.ARTICLES.columns().size();

  static final StructType RECORD = new StructType(concat(BEFORE, struct(ParquetTables.ARTICLES).fields(), AFTER));

  /** The columns of the {@code articles} table, in order, then the partition. */
  static final String[] ARTICLE_COLUMNS = columns(ParquetTables.ARTICLES);

  /** The columns of the {@code mentions} table, in order, then the partition. */
  static final String[] MENTION_COLUMNS = columns(ParquetTables.MENTIONS);

  private Tables() {}

  /** The Spark schema of a {@link ParquetTables.Table}: every column nullable, as Spark writes Parquet. */
  static StructType struct(ParquetTables.Table table) {
    return new StructType(table.columns().stream()
        .map(c -> DataTypes.createStructField(c.name(), sparkType(c.kind()), true))
        .toArray(StructField[]::new));
  }

  private static DataType sparkType(ParquetTables.Kind kind) {
    return switch (kind) {
      case STRING -> DataTypes.StringType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case INT -> DataTypes.IntegerType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  static Row article(long ord, String file, TaggedArticle t) {
    Article a = t.article();
    Row[] mentions = t.mentions().stream().map(m -> RowFactory.create(spark(ParquetTables.mention(t.id(), m)))).toArray(Row[]::new);
    Instant p = a.published();
    Object[] before = {ord, ARTICLE, file};
    Object[] after = {p == null ? null : p.toString(), ParquetTables.month(p), a.author(), MinHash.signature(a.text()), mentions,
        null, null, null};
    return RowFactory.create(concat(before, spark(ParquetTables.article(t, null)), after));
  }

  static Row failure(long ord, String file, Failure f) {
    return other(ord, FAILURE, file, f.where(), f.reason().name().toLowerCase(java.util.Locale.ROOT), f.detail());
  }

  static Row other(long ord, String kind, String file, String place, String reason, String detail) {
    Object[] before = {ord, kind, file};
    Object[] after = {null, null, null, null, null, place, reason, detail};
    return RowFactory.create(concat(before, new Object[ARTICLE_WIDTH], after));
  }

  /** Core's row values as a Spark row holds them: a timestamp as {@code java.sql.Timestamp}. */
  private static Object[] spark(Object[] values) {
    Object[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      if (v[i] instanceof Instant t) v[i] = Timestamp.from(t);
    }
    return v;
  }

  private static String[] columns(ParquetTables.Table table) {
    List<String> c = new ArrayList<>(table.names());
    c.add(ParquetTables.PARTITION);
    return c.toArray(String[]::new);
  }

  @SafeVarargs
  private static <T> T[] concat(T[]... parts) {
    List<T> all = new ArrayList<>();
    for (T[] p : parts) all.addAll(Arrays.asList(p));
    return all.toArray(Arrays.copyOf(parts[0], 0));
  }
}
