/**
 * Stage: ingestion, the one path into the index. Reads files, folders and dumps (HTML, text, JSON,
 * JSON Lines, WARC, ARC, gzipped or not) or pages handed over by the crawler, and runs each through
 * extraction, language detection and tagging on worker threads, then writes in input order with
 * commits in batches.
 *
 * <p>Input: paths, or an {@code Iterator<}{@link khabar.extract.Page}{@code >}. Output: {@link
 * khabar.index.TaggedArticle}s written through {@link khabar.index.ArticleIndex#upsert} and an
 * {@link khabar.ingest.IngestReport} (with each {@link khabar.ingest.Failure} by file and record).
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}, {@code tag},
 * {@code index}, {@code gen}, {@code search}, {@code discover}.
 */
package khabar.ingest;
