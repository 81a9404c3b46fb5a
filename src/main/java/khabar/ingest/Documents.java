package khabar.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import khabar.extract.Article;
import khabar.index.TaggedArticle;
import khabar.normalize.ArabicNormalizer;
import khabar.tag.Mention;
import khabar.tag.Tagger;

/** Turns an article into a tagged article with its stable id and content hash. */
public final class Documents {
  private final Tagger tagger;

  public Documents(Tagger tagger) {
    this.tagger = tagger;
  }

  public TaggedArticle tag(Article a) {
    List<Mention> mentions = tagger.tag(a.text(), a.published());
    String contentHash = contentHash(a.text());
    String id = a.url().isBlank() ? "h" + contentHash : idForUrl(a.url());
    return new TaggedArticle(id, a, mentions, contentHash, tagger.version());
  }

  /** Stable id of an article from its canonical URL. */
  public static String idForUrl(String url) {
    return sha256(url.strip()).substring(0, 20);
  }

  /** Hash of the normalized text with white space folded: equal for the same text under two URLs. */
  public static String contentHash(String text) {
    String n = ArabicNormalizer.normalize(text).normalized().replaceAll("\\s+", " ").strip();
    return sha256(n).substring(0, 20);
  }

  static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
