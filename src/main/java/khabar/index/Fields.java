package khabar.index;

/** Names of the fields of an article document. */
public final class Fields {
  public static final String ID = "id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
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
  /** The article's mentions as a JSON array, so export and re-tagging never need the source. */
  public static final String MENTIONS = "mentions";
  public static final String CONTENT_HASH = "content_hash";
  public static final String GAZETTEER_VERSION = "gazetteer_version";

  private Fields() {}
}
