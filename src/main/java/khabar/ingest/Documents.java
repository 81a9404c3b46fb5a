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
    List<Mention> mentions = tagger.tag(a.text(), a.published());
    String contentHash = Fingerprint.contentHash(a.text());
    String id = a.url().isBlank() ? "h" + contentHash : idForUrl(a.url());
    return new TaggedArticle(id, a, mentions, contentHash, tagger.version());
  }

  /** Stable id of an article from its canonical URL. */
  public static String idForUrl(String url) {
    return Sha256.hex(url.strip(), 20);
  }
}
