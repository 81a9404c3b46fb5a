/**
 * Stage: the index. Stores each tagged article as one Lucene document and decides, at each write,
 * whether it is new, changed, unchanged or a copy of another.
 *
 * <p>Input: {@link khabar.index.TaggedArticle}. Output: the stored document ({@link
 * khabar.index.StoredArticle}, its one reader and writer) and an {@link
 * khabar.index.ArticleIndex.Upsert} per write; {@link khabar.index.Fingerprint} is the content hash
 * and the words MinHash shingles, from one fold.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}, {@code tag}.
 */
package khabar.index;
