package khabar.index;

import java.util.List;
import java.util.Objects;
import khabar.extract.Article;
import khabar.tag.Mention;

/**
 * An article with its mentions: what the tagger hands to the index.
 *
 * @param id stable id (from the URL, else from the content hash)
 * @param article the article; mention offsets refer to its text
 * @param mentions mentions in text order
 * @param contentHash hash of the normalized text, for duplicate detection
 * @param gazetteerVersion version of the gazetteers that produced the mentions
 */
public record TaggedArticle(
    String id, Article article, List<Mention> mentions, String contentHash, String gazetteerVersion) {
  public TaggedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
    for (Mention m : mentions) {
      if (m.end() > article.text().length()) {
        throw new IllegalArgumentException("mention " + m.id() + " ends past the text of " + id);
      }
    }
  }
}
