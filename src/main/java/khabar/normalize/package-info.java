/**
 * Stage: normalization. Folds Arabic text to the one form that the tagger, the money recognizer,
 * duplicate detection and the Lucene analyzers compare, and keeps for each folded character where
 * it came from, so every offset maps back to the original text.
 *
 * <p>Input: a {@code String}. Output: {@link khabar.normalize.NormalizedText} (folded text with its
 * source map), {@link khabar.normalize.TokenizedText} (tokens and the gaps between them), and Lucene
 * token streams ({@link khabar.normalize.NewsAnalyzer}, SPI names {@code khabar*}).
 *
 * <p>May import: {@code util}.
 */
package khabar.normalize;
