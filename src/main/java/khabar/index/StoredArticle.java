package khabar.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import khabar.extract.Article;
import khabar.money.Qualifier;
import khabar.tag.EntityType;
import khabar.tag.Mention;
import khabar.tag.MentionJson;
import khabar.util.Sha256;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * The one reader and writer of the stored article document (fields in {@link Fields}): the
 * article, its mentions (as JSON), content hash, tagger version, MinHash signature and, for a
 * copy, the original it repeats. Everything that reads an article back from the index (search
 * hits, export, retag, stats, the API) reads it here.
 */
public final class StoredArticle {

  /** Body and title: positions and offsets in the postings, for phrases and highlighting. */
  static final FieldType TEXT_WITH_OFFSETS;

  static {
    TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private StoredArticle() {}

  /** The document of an article that is not (known to be) a copy. */
  public static Document toDocument(TaggedArticle t) {
    int[] signature = MinHash.signature(t.article().text());
    return toDocument(t, mentionsJson(t.mentions()), signature, MinHash.bands(signature), null);
  }

  /**
   * The document of {@code t}, with its mentions already as JSON, its MinHash signature, and the
   * original it copies (null for an original).
   */
  static Document toDocument(TaggedArticle t, String mentionsJson, int[] signature, List<String> bands, Duplicate duplicate) {
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
    // before the mentions, so that a reader that has the spans can pass over the long JSON
    d.add(new StoredField(Fields.ENTITY_SPANS, EntitySpans.encode(t.mentions())));
    d.add(new StoredField(Fields.MENTIONS, mentionsJson));
    d.add(new KeywordField(Fields.CONTENT_HASH, t.contentHash(), Field.Store.YES));
    d.add(new StringField(Fields.GAZETTEER_VERSION, t.gazetteerVersion(), Field.Store.YES));
    if (!t.sourceFingerprint().isEmpty()) d.add(new StringField(Fields.SOURCE_FINGERPRINT, t.sourceFingerprint(), Field.Store.YES));
    if (signature.length > 0) {
      d.add(new StoredField(Fields.MINHASH, MinHash.toBytes(signature)));
      for (String band : bands) d.add(new StringField(Fields.MINHASH_BAND, band, Field.Store.NO));
    }
    if (duplicate != null) {
      d.add(new KeywordField(Fields.DUPLICATE_OF, duplicate.of(), Field.Store.YES));
      d.add(new KeywordField(Fields.DUPLICATE_KIND, duplicate.kind().name(), Field.Store.YES));
    }
    return d;
  }

  /**
   * Reads a stored article document back: the article as ingested, its stored mentions, content
   * hash and gazetteer version. What re-tagging and export read instead of the source pages.
   */
  public static TaggedArticle read(Document d) {
    Article a =
        new Article(
            d.get(Fields.URL), d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.BODY),
            published(d), d.get(Fields.AUTHOR), d.get(Fields.LANGUAGE), storedDate(d, Fields.FETCHED));
    return new TaggedArticle(d.get(Fields.ID), a, mentions(d), contentHash(d), version(d), sourceFingerprint(d));
  }

  /** The stored mentions of a document (empty when it has none). */
  public static List<Mention> mentions(Document d) {
    String json = d.get(Fields.MENTIONS);
    if (json == null) return List.of();
    try {
      return MentionJson.listFromJson(MentionJson.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored mentions of article " + d.get(Fields.ID) + " are not JSON", e);
    }
  }

  /** The stored content hash, empty when absent. */
  public static String contentHash(Document d) {
    String h = d.get(Fields.CONTENT_HASH);
    return h == null ? "" : h;
  }

  /** The version of the tagger that produced the stored mentions, empty when absent. */
  public static String version(Document d) {
    String v = d.get(Fields.GAZETTEER_VERSION);
    return v == null ? "" : v;
  }

  /** The stored {@link SourceFingerprint}, empty when absent (written before it was recorded, or not from a raw record). */
  public static String sourceFingerprint(Document d) {
    String f = d.get(Fields.SOURCE_FINGERPRINT);
    return f == null ? "" : f;
  }

  /** The id of the original when this article is a copy, else null. */
  public static String duplicateOf(Document d) {
    return d.get(Fields.DUPLICATE_OF);
  }

  /** When the article was published, or null. */
  public static Instant published(Document d) {
    return storedDate(d, Fields.PUBLISHED);
  }

  /** The stored MinHash signature, empty when the text had no words. */
  static int[] signature(Document d) {
    IndexableField sig = d.getField(Fields.MINHASH);
    var b = sig == null ? null : sig.binaryValue();
    return b == null ? new int[0] : MinHash.fromBytes(b.bytes, b.offset, b.length);
  }

  /**
   * What decides whether writing {@code t} again would change its stored document: content hash,
   * tagger version, title and mentions (dates of fetching do not count), as a 128-bit digest, so
   * that remembering it for every article written since a commit costs a few bytes each.
   */
  static String sameness(TaggedArticle t, String mentionsJson) {
    return sameness(t.contentHash(), t.gazetteerVersion(), t.article().title(), mentionsJson);
  }

  /** {@link #sameness} of a stored document. */
  static String sameness(Document d) {
    return sameness(contentHash(d), version(d), d.get(Fields.TITLE), d.get(Fields.MENTIONS));
  }

  private static String sameness(String hash, String version, String title, String mentionsJson) {
    return Sha256.hex(hash + '\u0000' + version + '\u0000' + title + '\u0000' + mentionsJson, 32);
  }

  /** The stored fields {@link #sameness(Document)} reads. */
  static final Set<String> SAMENESS_FIELDS =
      Set.of(Fields.CONTENT_HASH, Fields.GAZETTEER_VERSION, Fields.TITLE, Fields.MENTIONS, Fields.SOURCE_FINGERPRINT);

  static String mentionsJson(List<Mention> mentions) {
    return MentionJson.toJsonText(mentions);
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

  private static void addDollars(Document d, double min, double max) {
    d.add(new DoublePoint(Fields.USD, min));
    if (max != min) d.add(new DoublePoint(Fields.USD, max));
    d.add(new DoubleRange(Fields.USD_RANGE, new double[] {min}, new double[] {max}));
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
}
