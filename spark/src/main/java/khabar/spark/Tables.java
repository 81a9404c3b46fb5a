package khabar.spark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import khabar.extract.Article;
import khabar.index.MinHash;
import khabar.index.TaggedArticle;
import khabar.ingest.Failure;
import khabar.money.Money;
import khabar.tag.Mention;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's tables and the one conversion of a record into rows.
 *
 * <ul>
 *   <li>{@link #RECORD}: what a task gives for each input record: an {@code article} (with its
 *       mentions and MinHash signature), a {@code failure} (file, place, reason, detail), a page
 *       {@code skipped_language}, or a WARC record {@code skipped} (not an article). {@code ord}
 *       orders records as {@code khabar ingest} reads them: file number × 2³², then record number.
 *   <li>{@link #MENTION}: type, entity_id, name, text, start, end (UTF-16 offsets into the
 *       article's text, end exclusive), candidate, and for money amount, min, max, currency, usd
 *       (the amount when the currency is US dollars), qualifier.
 *   <li>{@code month}: the UTC publication month {@code yyyy-MM}, {@code unknown} without a date;
 *       the tables are partitioned by it.
 * </ul>
 */
final class Tables {
  static final String ARTICLE = "article";
  static final String FAILURE = "failure";
  static final String SKIPPED_LANGUAGE = "skipped_language";
  static final String SKIPPED = "skipped";
  static final String UNKNOWN_MONTH = "unknown";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  static final StructType MENTION = new StructType(new StructField[] {
    DataTypes.createStructField("type", DataTypes.StringType, false),
    DataTypes.createStructField("entity_id", DataTypes.StringType, false),
    DataTypes.createStructField("name", DataTypes.StringType, false),
    DataTypes.createStructField("text", DataTypes.StringType, false),
    DataTypes.createStructField("start", DataTypes.IntegerType, false),
    DataTypes.createStructField("end", DataTypes.IntegerType, false),
    DataTypes.createStructField("candidate", DataTypes.BooleanType, false),
    DataTypes.createStructField("amount", DataTypes.DoubleType, true),
    DataTypes.createStructField("min", DataTypes.DoubleType, true),
    DataTypes.createStructField("max", DataTypes.DoubleType, true),
    DataTypes.createStructField("currency", DataTypes.StringType, true),
    DataTypes.createStructField("usd", DataTypes.DoubleType, true),
    DataTypes.createStructField("qualifier", DataTypes.StringType, true),
  });

  static final StructType RECORD = new StructType(new StructField[] {
    DataTypes.createStructField("ord", DataTypes.LongType, false),
    DataTypes.createStructField("kind", DataTypes.StringType, false),
    DataTypes.createStructField("file", DataTypes.StringType, false),
    DataTypes.createStructField("id", DataTypes.StringType, true),
    DataTypes.createStructField("url", DataTypes.StringType, true),
    DataTypes.createStructField("title", DataTypes.StringType, true),
    DataTypes.createStructField("text", DataTypes.StringType, true),
    DataTypes.createStructField("published", DataTypes.TimestampType, true),
    DataTypes.createStructField("published_iso", DataTypes.StringType, true),
    DataTypes.createStructField("month", DataTypes.StringType, true),
    DataTypes.createStructField("source", DataTypes.StringType, true),
    DataTypes.createStructField("author", DataTypes.StringType, true),
    DataTypes.createStructField("language", DataTypes.StringType, true),
    DataTypes.createStructField("content_hash", DataTypes.StringType, true),
    DataTypes.createStructField("gazetteer_version", DataTypes.StringType, true),
    DataTypes.createStructField("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
    DataTypes.createStructField("mentions", DataTypes.createArrayType(MENTION, false), true),
    DataTypes.createStructField("place", DataTypes.StringType, true),
    DataTypes.createStructField("reason", DataTypes.StringType, true),
    DataTypes.createStructField("detail", DataTypes.StringType, true),
  });

  /** The columns of the {@code articles} table, in order ({@code month} is the partition). */
  static final String[] ARTICLE_COLUMNS = {
    "id", "url", "title", "text", "published", "source", "language", "content_hash", "gazetteer_version", "duplicate_of", "month"
  };

  private Tables() {}

  static Row article(long ord, String file, TaggedArticle t) {
    Article a = t.article();
    Row[] mentions = t.mentions().stream().map(Tables::mention).toArray(Row[]::new);
    int[] signature = MinHash.signature(a.text());
    Instant p = a.published();
    return RowFactory.create(ord, ARTICLE, file, t.id(), a.url(), a.title(), a.text(),
        p == null ? null : Timestamp.from(p), p == null ? null : p.toString(), month(p), a.source(), a.author(),
        a.language(), t.contentHash(), t.gazetteerVersion(), signature, mentions, null, null, null);
  }

  static Row failure(long ord, String file, Failure f) {
    return other(ord, FAILURE, file, f.where(), f.reason().name().toLowerCase(java.util.Locale.ROOT), f.detail());
  }

  static Row other(long ord, String kind, String file, String place, String reason, String detail) {
    return RowFactory.create(ord, kind, file, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        place, reason, detail);
  }

  static Row mention(Mention m) {
    Money money = m.money();
    return RowFactory.create(m.type().name(), m.id(), m.name(), m.text(), m.start(), m.end(), m.candidate(),
        money == null ? null : dbl(money.amount()),
        money == null ? null : dbl(money.min()),
        money == null ? null : dbl(money.max()),
        money == null ? null : money.currency(),
        money == null ? null : dbl(money.usd()),
        money == null ? null : money.qualifier().name());
  }

  static String month(Instant published) {
    return published == null ? UNKNOWN_MONTH : MONTH.format(published);
  }

  private static Double dbl(BigDecimal d) {
    return d == null ? null : d.doubleValue();
  }
}
