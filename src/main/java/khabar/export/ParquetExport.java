package khabar.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import khabar.index.Fields;
import khabar.index.StoredArticle;
import khabar.index.TaggedArticle;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.ArrayUtil;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes the articles a {@link SearchRequest} selects as the Parquet tables of {@link
 * ParquetTables} under one folder: {@code articles/month=yyyy-MM/part-00000.parquet} and {@code
 * mentions/month=yyyy-MM/part-00000.parquet}, the layout of the Spark backfill job.
 *
 * <p>A first pass groups the selected documents by month (from the publication date's doc values,
 * without loading them); then each month is written in turn, so one file per table is open and
 * memory stays bounded whatever the index size (one int per selected article, plus the row group
 * being built). Pages are GZIP-compressed by the JDK ({@link GzipCodecs}): no Hadoop at run time.
 */
public final class ParquetExport {

  /**
   * What an export wrote.
   *
   * @param articles article rows written
   * @param mentions mention rows written
   * @param months article rows per month partition, in order
   * @param problems articles that could not be read back, one line each; they wrote no rows
   */
  public record Result(long articles, long mentions, SortedMap<String, Long> months, List<String> problems) {
    public Result {
      months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
      problems = List.copyOf(problems);
    }
  }

  /** The file of a table's partition, the one file per partition this writer makes. */
  public static Path file(Path dir, ParquetTables.Table table, String month) {
    return dir.resolve(table.name()).resolve(ParquetTables.PARTITION + "=" + month).resolve("part-00000.parquet");
  }

  /**
   * Makes {@code dir} ready for the tables: a missing or empty folder is used as it is; a folder
   * holding anything is refused unless {@code overwrite}, and then only its {@code articles/} and
   * {@code mentions/} are deleted (anything else there is left alone).
   *
   * @throws IllegalArgumentException naming the folder when it cannot be written to
   */
  public static void prepare(Path dir, boolean overwrite) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is a file; --format parquet writes a folder of tables");
    }
    if (!Files.isDirectory(dir)) return;
    boolean empty;
    try (Stream<Path> s = Files.list(dir)) {
      empty = s.findAny().isEmpty();
    }
    if (empty) return;
    if (!overwrite) {
      throw new IllegalArgumentException(dir + " is not empty; give --overwrite to replace its "
          + ParquetTables.ARTICLES.name() + "/ and " + ParquetTables.MENTIONS.name() + "/ tables");
    }
    for (ParquetTables.Table t : List.of(ParquetTables.ARTICLES, ParquetTables.MENTIONS)) deleteTree(dir.resolve(t.name()));
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
    }
  }

  private final Path dir;

  /** An export into {@code dir}, which {@link #prepare} has made ready. */
  public ParquetExport(Path dir) {
    this.dir = dir;
  }

  /**
   * Writes every article {@code request} selects (search's selection, its sort and page ignored)
   * and those of its mentions {@code rows} accepts. Writes nothing when nothing is selected.
   */
  public Result export(Searcher searcher, SearchRequest request, MentionFilter rows) throws IOException {
    IndexSearcher s = searcher.indexSearcher();
    SortedMap<String, int[]> byMonth = byMonth(s, searcher, request);
    StoredFields stored = s.getIndexReader().storedFields();
    List<String> problems = new ArrayList<>();
    SortedMap<String, Long> months = new TreeMap<>();
    long articles = 0;
    long mentions = 0;
    for (Map.Entry<String, int[]> e : byMonth.entrySet()) {
      String month = e.getKey();
      try (Partition a = new Partition(ParquetTables.ARTICLES, month);
          Partition m = new Partition(ParquetTables.MENTIONS, month)) {
        for (int doc : e.getValue()) {
          Document d = stored.document(doc);
          TaggedArticle t = StoredArticles.read(d, problems);
          if (t == null) continue;
          a.write(ParquetTables.article(t, StoredArticle.duplicateOf(d)));
          for (Mention x : t.mentions()) {
            if (rows.accepts(x)) m.write(ParquetTables.mention(t.id(), x));
          }
        }
        if (a.rows > 0) months.put(month, a.rows);
        articles += a.rows;
        mentions += m.rows;
      }
    }
    return new Result(articles, mentions, months, problems);
  }

  /** The selected documents' global ids per month, in index order. */
  private static SortedMap<String, int[]> byMonth(IndexSearcher s, Searcher searcher, SearchRequest request)
      throws IOException {
    Map<String, int[]> ids = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    NumericDocValues[] published = new NumericDocValues[s.getIndexReader().leaves().size()];
    StoredArticles.forEachDoc(s, searcher.query(request), (LeafReaderContext leaf, int doc) -> {
      if (published[leaf.ord] == null) published[leaf.ord] = DocValues.getNumeric(leaf.reader(), Fields.PUBLISHED);
      NumericDocValues p = published[leaf.ord];
      String month = ParquetTables.month(p.advanceExact(doc) ? Instant.ofEpochMilli(p.longValue()) : null);
      int n = counts.merge(month, 1, Integer::sum);
      int[] a = ids.computeIfAbsent(month, k -> new int[16]);
      if (n > a.length) {
        a = ArrayUtil.grow(a, n);
        ids.put(month, a);
      }
      a[n - 1] = leaf.docBase + doc;
    });
    SortedMap<String, int[]> out = new TreeMap<>();
    ids.forEach((month, a) -> out.put(month, Arrays.copyOf(a, counts.get(month))));
    return out;
  }

  /** One partition file of a table, created at its first row. */
  private final class Partition implements AutoCloseable {
    private final ParquetTables.Table table;
    private final String month;
    private ParquetWriter<Object[]> writer;
    long rows;

    Partition(ParquetTables.Table table, String month) {
      this.table = table;
      this.month = month;
    }

    void write(Object[] row) throws IOException {
      if (writer == null) {
        Path f = file(dir, table, month);
        Files.createDirectories(f.getParent());
        writer = new Builder(new LocalOutputFile(f), table).build();
      }
      writer.write(row);
      rows++;
    }

    @Override
    public void close() throws IOException {
      if (writer != null) writer.close();
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
    private final ParquetTables.Table table;

    Builder(OutputFile file, ParquetTables.Table table) {
      super(file);
      this.table = table;
      withConf(new PlainParquetConfiguration());
      withCodecFactory(GzipCodecs.INSTANCE);
      withCompressionCodec(CompressionCodecName.GZIP);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(table);
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new RowWriteSupport(table);
    }
  }

  /** Writes a row of {@link ParquetTables} values (null: the column is absent from the record). */
  private static final class RowWriteSupport extends WriteSupport<Object[]> {
    private final ParquetTables.Table table;
    private final MessageType schema;
    private RecordConsumer out;

    RowWriteSupport(ParquetTables.Table table) {
      this.table = table;
      this.schema = table.schema();
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, Map.of("writer", "khabar export"));
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
      return init((ParquetConfiguration) null);
    }

    @Override
    public void prepareForWrite(RecordConsumer consumer) {
      this.out = consumer;
    }

    @Override
    public void write(Object[] row) {
      List<ParquetTables.Column> columns = table.columns();
      if (row.length != columns.size()) {
        throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
      }
      out.startMessage();
      for (int i = 0; i < row.length; i++) {
        Object v = row[i];
        if (v == null) continue;
        ParquetTables.Column c = columns.get(i);
        out.startField(c.name(), i);
        switch (c.kind()) {
          case STRING -> out.addBinary(Binary.fromString((String) v));
          case TIMESTAMP -> out.addLong(micros((Instant) v));
          case INT -> out.addInteger((Integer) v);
          case DOUBLE -> out.addDouble((Double) v);
          case BOOLEAN -> out.addBoolean((Boolean) v);
        }
        out.endField(c.name(), i);
      }
      out.endMessage();
    }

    private static long micros(Instant t) {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }
  }
}
