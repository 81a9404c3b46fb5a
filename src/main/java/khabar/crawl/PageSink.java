package khabar.crawl;

import java.io.IOException;
import khabar.extract.Page;

/** Where the crawler hands the HTML pages it fetched: the ingestion path, or a test's list. */
public interface PageSink {
  /** Takes one fetched page. */
  void accept(Page page) throws IOException;

  /** Called once when the crawl ends: the sink finishes its work (e.g. commits the index). */
  default void finish() throws IOException {}
}
