/**
 * Stage: serving. The Arabic search page and a JSON API over an index, on the JDK's HTTP server,
 * following the commits of a running ingest.
 *
 * <p>Input: HTTP requests and a {@link khabar.serve.LiveIndexConfig} (index, pipeline, address).
 * Output: the page's assets and JSON in the shapes the command line prints.
 *
 * <p>May import: every stage up to {@code pipeline}.
 */
package khabar.serve;
