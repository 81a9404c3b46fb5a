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
 * @param sourceFingerprint {@link SourceFingerprint} of the raw record the article was extracted
 *     from, empty when unknown (an article handed over already extracted); lets a re-run of the
 *     same input skip the record before extracting it
 */
public record TaggedArticle(
    String id, Article article, List<Mention> mentions, String contentHash, String gazetteerVersion,
    String sourceFingerprint) {
  public TaggedArticle {
    Objects.requireNonNull(id, "id");
    sourceFingerprint = sourceFingerprint == null ? "" : sourceFingerprint;
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
    for (Mention m : mentions) {
      if (m.end() > article.text().length()) {
        throw new IllegalArgumentException("mention " + m.id() + " ends past the text of " + id);
      }
    }
  }

  /** An article whose raw record is not known (no {@link #sourceFingerprint}). */
  public TaggedArticle(String id, Article article, List<Mention> mentions, String contentHash, String gazetteerVersion) {
    this(id, article, mentions, contentHash, gazetteerVersion, "");
  }

  /** The same article with new mentions from the tagger of {@code version}; the source fingerprint is kept. */
  public TaggedArticle retagged(List<Mention> newMentions, String version) {
    return new TaggedArticle(id, article, newMentions, contentHash, version, sourceFingerprint);
  }
}
