/**
 * Stage: extraction. Turns a decoded page into an article: the main text without site chrome,
 * title, date, author, source and language.
 *
 * <p>Input: {@link khabar.extract.Page} (with the {@link khabar.extract.PageHints} a dump already
 * states). Output: {@link khabar.extract.Article}, whose text every later offset refers to.
 *
 * <p>May import: {@code util}.
 */
package khabar.extract;
