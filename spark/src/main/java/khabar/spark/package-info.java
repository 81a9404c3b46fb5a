/**
 * The pipeline as an Apache Spark job, for archive backfills of millions of pages (docs/SCALE.md).
 *
 * <p>Input: WARC(.gz), JSON Lines(.gz), JSON, HTML and text files on any Hadoop file system, one
 * file per task. Each task runs the records through the same {@link khabar.ingest.DumpReader} and
 * {@link khabar.ingest.Ingester#process} that {@code khabar ingest} uses, with the stages of one
 * {@link khabar.pipeline.Pipeline} per executor JVM. Output (each optional): Parquet tables
 * {@code articles} and {@code mentions} partitioned by publication month (the columns and rows of
 * {@link khabar.export.ParquetTables}, which {@code khabar export --format parquet} writes too), a
 * {@code failures} table, JSON Lines in input order for {@code khabar ingest}, and a report.
 *
 * <p>May import: every package of the library (it sits after {@code pipeline}); the command line
 * does not import it, so the {@code khabar} jar does not carry Spark.
 */
package khabar.spark;
