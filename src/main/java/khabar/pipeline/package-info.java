/**
 * The pipeline put together once: {@link khabar.pipeline.Pipeline} loads the gazetteers and
 * patterns and builds the tagger, ingester and searcher that every command, the crawler's indexing,
 * the server and the benchmarks use.
 *
 * <p>Input: a gazetteer folder. Output: configured stages.
 *
 * <p>May import: every stage below it ({@code util} to {@code export}).
 */
package khabar.pipeline;
