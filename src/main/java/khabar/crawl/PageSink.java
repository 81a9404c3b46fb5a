package khabar.crawl;

import java.io.IOException;
import khabar.extract.Page;

/** Where the crawler hands the HTML pages it fetched: the ingestion path, or a test's list. */
public interface PageSink {
  /**
   * Takes one fetched page.
   *
   * @return whether it became a new or changed article
   */
  boolean accept(Page page) throws IOException;

  /** Called once when the crawl ends (e.g. to commit the index). */
  default void finish() throws IOException {}
}
