package khabar.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import khabar.extract.Article;
import khabar.normalize.NewsAnalyzer;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes tagged articles to a Lucene index, one document per article, replacing by id so that
 * ingesting the same article again updates it in place.
 */
public final class ArticleIndex implements Closeable {

  /** Body and title: positions and offsets in the postings, for phrases and highlighting. */
  static final FieldType TEXT_WITH_OFFSETS;

  static {
    TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final Directory dir;
  private final IndexWriter writer;

  private ArticleIndex(Directory dir, IndexWriter writer) {
    this.dir = dir;
    this.writer = writer;
  }

  /** Opens (or creates) the index at {@code path}; fails at once if another writer holds it. */
  public static ArticleIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig cfg = new IndexWriterConfig(NewsAnalyzer.forIndexing());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    try {
      IndexWriter w = new IndexWriter(dir, cfg);
      if (w.getDocStats().maxDoc == 0 && !org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
        w.commit(); // an empty first commit, so a crash during the first batch leaves an openable index
      }
      return new ArticleIndex(dir, w);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      dir.close();
      throw new IndexLockedException(path, e);
    }
  }

  public IndexWriter writer() {
    return writer;
  }

  /** Adds or replaces the article with the same id. */
  public void upsert(TaggedArticle t) throws IOException {
    writer.updateDocument(new Term(Fields.ID, t.id()), toDocument(t));
  }

  public void commit() throws IOException {
    writer.commit();
  }

  public static Document toDocument(TaggedArticle t) {
    Article a = t.article();
    Document d = new Document();
    d.add(new KeywordField(Fields.ID, t.id(), Field.Store.YES));
    d.add(new KeywordField(Fields.URL, a.url(), Field.Store.YES));
    d.add(new KeywordField(Fields.SOURCE, a.source(), Field.Store.YES));
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
        if (m.money().isDollars()) {
          d.add(new DoublePoint(Fields.USD, m.money().min().doubleValue()));
          if (m.money().max().compareTo(m.money().min()) != 0) {
            d.add(new DoublePoint(Fields.USD, m.money().max().doubleValue()));
          }
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
    return d;
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
    org.apache.lucene.index.IndexableField f = d.getField(field);
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
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }
}
