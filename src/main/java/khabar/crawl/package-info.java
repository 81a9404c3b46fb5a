/**
 * Stage: crawling. Fetches news pages politely from seed pages, feeds and sitemaps (robots.txt,
 * one request per host at a time with a delay, conditional re-fetches, retries), writes WARC files
 * and keeps its state so an interrupted run can resume.
 *
 * <p>Input: seed URLs and a {@link khabar.crawl.CrawlConfig}. Output: decoded {@link
 * khabar.extract.Page}s handed to a {@link khabar.crawl.PageSink} ({@link
 * khabar.crawl.IndexingSink} feeds the ingester the pipeline built, the same path files take), WARC
 * files and a {@link khabar.crawl.CrawlReport}.
 *
 * <p>May import: every stage up to {@code pipeline}.
 */
package khabar.crawl;
