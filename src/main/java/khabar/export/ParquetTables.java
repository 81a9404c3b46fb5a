package khabar.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import khabar.extract.Article;
import khabar.index.TaggedArticle;
import khabar.money.Money;
import khabar.tag.Mention;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The two Parquet tables, {@code articles} and {@code mentions}, as {@code khabar export --format
 * parquet} ({@link ParquetExport}) and the Spark backfill job both write them: one definition of
 * their columns and one mapping of an article and a mention to a row, so the two writers cannot
 * drift (the Spark module's tests compare the schemas of their files).
 *
 * <p>Both tables are partitioned by {@link #PARTITION} ({@code month=yyyy-MM}, the UTC publication
 * month, {@code unknown} without a date), Hive style: the partition is a folder, not a column of
 * the files. Every column is optional, as Spark writes them. Values are typed: {@link
 * Kind#TIMESTAMP} is a Parquet {@code TIMESTAMP(MICROS, UTC)}, offsets are {@code INT32}, amounts
 * {@code DOUBLE}, text UTF-8 {@code STRING}.
 */
public final class ParquetTables {

  /** The type of a column, and the Java value a row holds for it. */
  public enum Kind {
    /** {@code String}; Parquet BINARY (STRING). */
    STRING,
    /** {@code Instant}; Parquet INT64 TIMESTAMP(MICROS, adjusted to UTC). */
    TIMESTAMP,
    /** {@code Integer}; Parquet INT32. */
    INT,
    /** {@code Double}; Parquet DOUBLE. */
    DOUBLE,
    /** {@code Boolean}; Parquet BOOLEAN. */
    BOOLEAN
  }

  /** One column: its name and type. */
  public record Column(String name, Kind kind) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** A table: its folder name under the output and its columns in order (the partition excluded). */
  public record Table(String name, List<Column> columns) {
    public Table {
      columns = List.copyOf(columns);
    }

    public List<String> names() {
      return columns.stream().map(Column::name).toList();
    }

    /** The Parquet schema of the table's files. */
    public MessageType schema() {
      Types.MessageTypeBuilder b = Types.buildMessage();
      for (Column c : columns) b.addField(parquetType(c));
      return b.named(name);
    }
  }

  /** The partition column of both tables. */
  public static final String PARTITION = "month";

  /** {@link #PARTITION}'s value for an article without a publication date. */
  public static final String UNKNOWN_MONTH = "unknown";

  /** One row per article; {@code duplicate_of} is the original's id for a copy, null otherwise. */
  public static final Table ARTICLES = new Table("articles", List.of(
      new Column("id", Kind.STRING),
      new Column("url", Kind.STRING),
      new Column("title", Kind.STRING),
      new Column("text", Kind.STRING),
      new Column("published", Kind.TIMESTAMP),
      new Column("source", Kind.STRING),
      new Column("language", Kind.STRING),
      new Column("content_hash", Kind.STRING),
      new Column("gazetteer_version", Kind.STRING),
      new Column("duplicate_of", Kind.STRING)));

  /**
   * One row per mention: {@code start} and {@code end} are UTF-16 offsets into the article's
   * {@code text} (end exclusive); the money columns are null except for MONEY mentions, {@code usd}
   * is the value in US dollars (the amount itself for a dollar figure, null when no rate is known).
   */
  public static final Table MENTIONS = new Table("mentions", List.of(
      new Column("article_id", Kind.STRING),
      new Column("type", Kind.STRING),
      new Column("entity_id", Kind.STRING),
      new Column("name", Kind.STRING),
      new Column("text", Kind.STRING),
      new Column("start", Kind.INT),
      new Column("end", Kind.INT),
      new Column("candidate", Kind.BOOLEAN),
      new Column("amount", Kind.DOUBLE),
      new Column("min", Kind.DOUBLE),
      new Column("max", Kind.DOUBLE),
      new Column("currency", Kind.STRING),
      new Column("usd", Kind.DOUBLE),
      new Column("qualifier", Kind.STRING)));

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private ParquetTables() {}

  /** The {@link #ARTICLES} row of {@code t}, in column order; {@code duplicateOf} may be null. */
  public static Object[] article(TaggedArticle t, String duplicateOf) {
    Article a = t.article();
    return new Object[] {
      t.id(), a.url(), a.title(), a.text(), a.published(), a.source(), a.language(), t.contentHash(),
      t.gazetteerVersion(), duplicateOf
    };
  }

  /** The {@link #MENTIONS} row of mention {@code m} of the article {@code articleId}, in column order. */
  public static Object[] mention(String articleId, Mention m) {
    Money money = m.money();
    return new Object[] {
      articleId, m.type().name(), m.id(), m.name(), m.text(), m.start(), m.end(), m.candidate(),
      money == null ? null : dbl(money.amount()),
      money == null ? null : dbl(money.min()),
      money == null ? null : dbl(money.max()),
      money == null ? null : money.currency(),
      money == null ? null : dbl(money.usd()),
      money == null ? null : money.qualifier().name()
    };
  }

  /** The partition of an article published at {@code published}: {@code yyyy-MM} in UTC, or {@link #UNKNOWN_MONTH}. */
  public static String month(Instant published) {
    return published == null ? UNKNOWN_MONTH : MONTH.format(published);
  }

  private static Double dbl(BigDecimal d) {
    return d == null ? null : d.doubleValue();
  }

  private static Type parquetType(Column c) {
    return switch (c.kind()) {
      case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
      case TIMESTAMP -> Types.optional(PrimitiveTypeName.INT64)
          .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(c.name());
      case INT -> Types.optional(PrimitiveTypeName.INT32).named(c.name());
      case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(c.name());
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
    };
  }
}
