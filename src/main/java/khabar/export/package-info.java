/**
 * Stage: export and aggregates over a stored index: mention rows (CSV, TSV, JSON Lines), the
 * Parquet tables the Spark job writes too ({@link khabar.export.ParquetTables}), entity
 * counts, co-occurrence graphs (GraphML, GEXF), money reports, and re-tagging the stored articles
 * with the current tagger.
 *
 * <p>Input: an index and a {@link khabar.search.SearchRequest} filter. Output: rows through a
 * {@link khabar.export.TableWriter}, graphs, and {@link khabar.export.Retagger.Report}.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}, {@code money}, {@code tag},
 * {@code index}, {@code gen}, {@code search}, {@code discover}, {@code ingest}.
 */
package khabar.export;
