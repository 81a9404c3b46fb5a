package khabar.index;

/** Names of the fields of an article document. */
public final class Fields {
  public static final String ID = "id";
  public static final String URL = "url";
  /** Site name as the page gives it (og:site_name), else the host. */
  public static final String SOURCE = "source";
  /** Host of the URL, lower case, without a leading "www.". */
  public static final String HOST = "host";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String PUBLISHED = "published";
  public static final String FETCHED = "fetched";
  public static final String LANGUAGE = "language";
  public static final String AUTHOR = "author";
  /** All entity ids of the article (companies, chips, people). */
  public static final String ENTITY = "entity";
  /** Entity types present in the article. */
  public static final String TYPE = "type";
  public static final String COMPANY = "company";
  public static final String CHIP = "chip";
  public static final String PERSON = "person";
  /** Dollar figures: each mention indexes its min and max in US dollars. */
  public static final String USD = "usd";
  /** Each dollar mention as a [min, max] range in US dollars, for overlap filters. */
  public static final String USD_RANGE = "usd_range";
  /** Where each entity is mentioned, in a compact binary form for search hits ({@link EntitySpans}). */
  public static final String ENTITY_SPANS = "entity_spans";
  /** The article's mentions as a JSON array, so export and re-tagging never need the source. */
  public static final String MENTIONS = "mentions";
  public static final String CONTENT_HASH = "content_hash";
  public static final String GAZETTEER_VERSION = "gazetteer_version";
  /** {@link SourceFingerprint} of the raw record the article came from; absent when unknown. */
  public static final String SOURCE_FINGERPRINT = "source_fingerprint";
  /** Id of the original article when this one is a copy; absent on originals. */
  public static final String DUPLICATE_OF = "duplicate_of";
  /** How the copy was recognised: EXACT or NEAR ({@link Duplicate.Kind}). */
  public static final String DUPLICATE_KIND = "duplicate_kind";
  /** The {@link MinHash} signature of the body, stored as bytes. */
  public static final String MINHASH = "minhash";
  /** The signature's band keys, indexed for near-duplicate candidate lookup. */
  public static final String MINHASH_BAND = "minhash_band";

  private Fields() {}
}
