/**
 * Benchmarks of every stage on generated corpora ({@code khabar bench}), each figure against a
 * baseline measured in the same run (docs/BENCHMARKS.md).
 *
 * <p>Input: a {@link khabar.bench.BenchConfig}. Output: a {@link khabar.bench.BenchReport} of
 * {@link khabar.bench.Result}s, as a table and JSON.
 *
 * <p>May import: every stage up to {@code crawl} and {@code serve}.
 */
package khabar.bench;
