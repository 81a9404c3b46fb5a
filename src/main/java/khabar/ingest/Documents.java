package khabar.ingest;

import java.util.List;
import khabar.extract.Article;
import khabar.index.Fingerprint;
import khabar.index.TaggedArticle;
import khabar.tag.Mention;
import khabar.tag.Tagger;
import khabar.util.Sha256;

/** Turns an article into a tagged article with its stable id and content hash. */
public final class Documents {
  private final Tagger tagger;

  public Documents(Tagger tagger) {
    this.tagger = tagger;
  }

  public TaggedArticle tag(Article a) {
    return tag(a, "");
  }

  /** As {@link #tag(Article)}, for an article made from the raw record with this {@code SourceFingerprint}. */
  public TaggedArticle tag(Article a, String sourceFingerprint) {
    return stored(a, tagger.tag(a.text(), a.published()), tagger.version(), sourceFingerprint);
  }

  /**
   * The gazetteer version of an article stored without its entities because tagging it failed: no
   * tagger has it, so {@code retag} takes the article up again.
   */
  public static final String UNTAGGED = "untagged";

  /** {@code a} as {@link #tag(Article, String)} stores it, with no mentions and the version {@link #UNTAGGED}. */
  public TaggedArticle untagged(Article a, String sourceFingerprint) {
    return stored(a, List.of(), UNTAGGED, sourceFingerprint);
  }

  /** {@code a} with its mentions, under its stable id (the canonical URL's, else the text's hash). */
  private static TaggedArticle stored(Article a, List<Mention> mentions, String version, String sourceFingerprint) {
    String contentHash = Fingerprint.contentHash(a.text());
    String id = a.url().isBlank() ? "h" + contentHash : idForUrl(a.url());
    return new TaggedArticle(id, a, mentions, contentHash, version, sourceFingerprint);
  }

  /** Stable id of an article from its canonical URL. */
  public static String idForUrl(String url) {
    return Sha256.hex(url.strip(), 20);
  }
}
