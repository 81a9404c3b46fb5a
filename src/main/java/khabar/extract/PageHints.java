package khabar.extract;

import java.time.Instant;

/**
 * What the source of a page already states about it, such as the fields of a JSON dump record.
 * A hint that is set wins over what extraction finds in the page; blank or null means unknown.
 *
 * @param title headline
 * @param published publication time
 * @param source site name
 * @param language ISO 639-1 code
 * @param author author
 */
public record PageHints(String title, Instant published, String source, String language, String author) {
  /** No hints: everything comes from the page itself. */
  public static final PageHints NONE = new PageHints("", null, "", "", "");

  public PageHints {
    title = title == null ? "" : title.strip();
    source = source == null ? "" : source.strip();
    language = language == null ? "" : language.strip();
    author = author == null ? "" : author.strip();
  }
}
