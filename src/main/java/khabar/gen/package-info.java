/**
 * Synthetic corpora for tests and benchmarks: Arabic tech-news articles made from a gazetteer's
 * names, money phrases and a vocabulary, written as HTML folders, JSON Lines or WARC files, with a
 * truth file of every name and figure and where it is.
 *
 * <p>Input: a {@link khabar.tag.Gazetteer} and a {@link khabar.gen.CorpusSpec} (size, seed, format).
 * Output: {@link khabar.gen.GeneratedArticle}s and files.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}, {@code tag}.
 */
package khabar.gen;
