package khabar.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import khabar.extract.Article;
import khabar.money.Qualifier;
import khabar.normalize.NewsAnalyzer;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes tagged articles to a Lucene index, one document per article, replacing by id so that
 * ingesting the same article again updates it in place.
 *
 * <p><b>Duplicates.</b> Each upsert also decides whether the article repeats one already written
 * ({@link DuplicateDetector}: same content hash, or word 5-gram MinHash similarity ≥ 0.5); a copy
 * is stored with {@link Fields#DUPLICATE_OF} naming the original, and search hides it unless asked.
 *
 * <p><b>Durability.</b> Nothing written is durable or visible to other processes until {@link
 * #commit}: Lucene's commit fsyncs every new file and then publishes a new {@code segments_N}
 * atomically, so after it returns the batch survives a crash or power loss, and a crash before
 * it leaves the index exactly at the previous commit (never half-written). Readers opened on the
 * folder ({@code khabar search}, {@code khabar serve}) see each commit when they reopen; searches
 * keep running on their old point-in-time view meanwhile. One writer at a time: a second {@link
 * #open} fails at once with {@link IndexLockedException}.
 */
public final class ArticleIndex implements Closeable {

  /** Body and title: positions and offsets in the postings, for phrases and highlighting. */
  static final FieldType TEXT_WITH_OFFSETS;

  static {
    TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** Written articles the duplicate lookup holds in memory before it reopens its reader. */
  private static final int MAX_PENDING = 20_000;

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager written;
  private final DuplicateDetector duplicates = new DuplicateDetector();

  private ArticleIndex(Directory dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.written = new SearcherManager(writer, null);
  }

  /** The analyzer of title and body at index time; the query side is {@code Searcher}'s. */
  static Analyzer analyzer() {
    return NewsAnalyzer.forIndexing();
  }

  /** Opens (or creates) the index at {@code path}; fails at once if another writer holds it. */
  public static ArticleIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    try {
      IndexWriter w = new IndexWriter(dir, cfg);
      if (!DirectoryReader.indexExists(dir)) {
        w.commit(); // an empty first commit, so a crash during the first batch leaves an openable index
      }
      return new ArticleIndex(dir, w);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(path, e);
    }
  }

  public IndexWriter writer() {
    return writer;
  }

  /**
   * Adds or replaces the article with the same id, and returns whether it is a copy of another
   * article (then stored with {@link Fields#DUPLICATE_OF}).
   */
  public Optional<Duplicate> upsert(TaggedArticle t) throws IOException {
    int[] signature = MinHash.signature(t.article().text());
    IndexSearcher s = written.acquire();
    Optional<Duplicate> dup;
    try {
      dup = duplicates.find(s, t.id(), t.contentHash(), signature);
    } finally {
      written.release(s);
    }
    writer.updateDocument(new Term(Fields.ID, t.id()), toDocument(t, dup, signature));
    duplicates.written(t.id(), t.contentHash(), signature, dup);
    if (duplicates.pendingCount() >= MAX_PENDING) refresh();
    return dup;
  }

  /** Makes everything written durable and visible to readers that reopen (see the class note). */
  public void commit() throws IOException {
    writer.commit();
    refresh();
  }

  private void refresh() throws IOException {
    written.maybeRefreshBlocking();
    duplicates.searcherRefreshed();
  }

  /** The document of an article that is not (known to be) a copy. */
  public static Document toDocument(TaggedArticle t) {
    return toDocument(t, Optional.empty(), MinHash.signature(t.article().text()));
  }

  static Document toDocument(TaggedArticle t, Optional<Duplicate> duplicate, int[] signature) {
    Article a = t.article();
    Document d = new Document();
    d.add(new KeywordField(Fields.ID, t.id(), Field.Store.YES));
    d.add(new KeywordField(Fields.URL, a.url(), Field.Store.YES));
    d.add(new KeywordField(Fields.SOURCE, a.source(), Field.Store.YES));
    String host = host(a.url());
    if (!host.isEmpty()) d.add(new KeywordField(Fields.HOST, host, Field.Store.NO));
    d.add(new Field(Fields.TITLE, a.title(), TEXT_WITH_OFFSETS));
    d.add(new Field(Fields.BODY, a.text(), TEXT_WITH_OFFSETS));
    addDate(d, Fields.PUBLISHED, a.published());
    addDate(d, Fields.FETCHED, a.fetched());
    d.add(new KeywordField(Fields.LANGUAGE, a.language(), Field.Store.YES));
    d.add(new StoredField(Fields.AUTHOR, a.author()));
    Set<String> ids = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    for (Mention m : t.mentions()) {
      types.add(m.type().name());
      if (m.type() == EntityType.MONEY) {
        // converted figures count in dollars; a price per share is never a sum of money
        if (m.money().hasUsd() && !m.money().perShare()) {
          double max = m.money().usdMax().doubleValue();
          // a vague max is the next order of magnitude, exclusive: مئات المليارات stays under 1e12
          if (m.money().qualifier() == Qualifier.VAGUE) max = Math.nextDown(max);
          addDollars(d, m.money().usdMin().doubleValue(), max);
        }
        continue;
      }
      if (ids.add(m.id())) {
        String field = m.type().name().toLowerCase(Locale.ROOT);
        d.add(new KeywordField(field, m.id(), Field.Store.NO));
        d.add(new KeywordField(Fields.ENTITY, m.id(), Field.Store.NO));
      }
    }
    for (String type : types) d.add(new KeywordField(Fields.TYPE, type, Field.Store.NO));
    d.add(new StoredField(Fields.MENTIONS, mentionsJson(t.mentions())));
    d.add(new KeywordField(Fields.CONTENT_HASH, t.contentHash(), Field.Store.YES));
    d.add(new StringField(Fields.GAZETTEER_VERSION, t.gazetteerVersion(), Field.Store.YES));
    if (signature.length > 0) {
      d.add(new StoredField(Fields.MINHASH, MinHash.toBytes(signature)));
      for (String band : MinHash.bands(signature)) d.add(new StringField(Fields.MINHASH_BAND, band, Field.Store.NO));
    }
    duplicate.ifPresent(
        dup -> {
          d.add(new KeywordField(Fields.DUPLICATE_OF, dup.of(), Field.Store.YES));
          d.add(new KeywordField(Fields.DUPLICATE_KIND, dup.kind().name(), Field.Store.YES));
        });
    return d;
  }

  private static void addDollars(Document d, double min, double max) {
    d.add(new DoublePoint(Fields.USD, min));
    if (max != min) d.add(new DoublePoint(Fields.USD, max));
    d.add(new DoubleRange(Fields.USD_RANGE, new double[] {min}, new double[] {max}));
  }

  /** Host of {@code url} in lower case without "www.", or empty when it has none. */
  public static String host(String url) {
    if (url == null || url.isBlank()) return "";
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) return "";
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * Reads a stored article document back: the article as ingested, its stored mentions, content
   * hash and gazetteer version. What re-tagging and export read instead of the source pages.
   */
  public static TaggedArticle fromDocument(Document d) {
    Article a =
        new Article(
            d.get(Fields.URL), d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.BODY),
            storedDate(d, Fields.PUBLISHED), d.get(Fields.AUTHOR), d.get(Fields.LANGUAGE),
            storedDate(d, Fields.FETCHED));
    String json = d.get(Fields.MENTIONS);
    List<Mention> mentions;
    try {
      mentions = json == null ? List.of() : MentionJson.listFromJson(MentionJson.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored mentions of article " + d.get(Fields.ID) + " are not JSON", e);
    }
    String hash = d.get(Fields.CONTENT_HASH);
    String version = d.get(Fields.GAZETTEER_VERSION);
    return new TaggedArticle(d.get(Fields.ID), a, mentions, hash == null ? "" : hash, version == null ? "" : version);
  }

  private static Instant storedDate(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
  }

  private static void addDate(Document d, String field, Instant when) {
    if (when == null) return;
    long ms = when.toEpochMilli();
    d.add(new LongPoint(field, ms));
    d.add(new NumericDocValuesField(field, ms));
    d.add(new StoredField(field, ms));
  }

  static String mentionsJson(List<Mention> mentions) {
    try {
      return MentionJson.MAPPER.writeValueAsString(MentionJson.toJson(mentions));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (dir; writer; written) {
      // closes the reader manager, then the writer, then the directory
    }
  }
}
