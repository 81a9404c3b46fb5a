package khabar.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * An article ready for tagging and indexing. Mention offsets always refer to {@code text}.
 *
 * @param url the canonical URL when known, else the page URL
 * @param source the site name or host
 * @param title headline, may be empty
 * @param text the article's main text: headings and paragraphs separated by blank lines
 * @param published publication time, null when unknown
 * @param author author, may be empty
 * @param language ISO 639-1 code (ar, en) or empty when unknown
 * @param fetched when it was fetched or read, may be null
 */
public record Article(
    String url, String source, String title, String text, Instant published, String author,
    String language, Instant fetched) {
  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    source = source == null ? "" : source;
    title = title == null ? "" : title;
    author = author == null ? "" : author;
    language = language == null ? "" : language;
  }

  public Article withLanguage(String lang) {
    return new Article(url, source, title, text, published, author, lang, fetched);
  }
}
