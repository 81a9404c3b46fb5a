package khabar.crawl;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import khabar.extract.Page;
import khabar.index.ArticleIndex;
import khabar.ingest.IngestReport;
import khabar.ingest.Ingester;

/**
 * Feeds crawled pages to {@link Ingester#ingest(Iterator, ArticleIndex)}, the same path dumps take
 * (extraction, language, tagging, de-duplication, index commits). The ingester runs on a thread of
 * its own and pulls pages from a small queue as the crawler offers them; {@link #finish} ends the
 * stream and waits for the last commit.
 */
public final class IndexingSink implements PageSink {
  /** Pages waiting for the ingester at most; the crawler waits when it is full. */
  public static final int QUEUE = 64;

  private static final Page END = new Page("", "", false, null, "end of crawl");

  private final BlockingQueue<Page> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private volatile IngestReport report;
  private volatile Throwable failure;

  public IndexingSink(Ingester ingester, ArticleIndex index) {
    this.thread = Thread.ofPlatform().name("crawl-ingest").daemon(true).start(() -> {
      try {
        report = ingester.ingest(pages(), index);
      } catch (Throwable e) {
        failure = e;
      }
    });
  }

  @Override
  public void accept(Page page) throws IOException {
    offer(page);
  }

  @Override
  public void finish() throws IOException {
    offer(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the index was written", e);
    }
    rethrow();
  }

  /** What the ingester made of the pages; complete after {@link #finish}. */
  public IngestReport report() {
    return report;
  }

  private void offer(Page page) throws IOException {
    try {
      while (!queue.offer(page, 200, TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive()) break;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while handing a page to the index", e);
    }
    rethrow();
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t instanceof IOException io) throw new IOException("indexing failed: " + io.getMessage(), io);
    if (t != null) throw new IllegalStateException("indexing failed: " + t, t);
  }

  /** The queue as the ingester's iterator: blocks for the next page, ends at {@link #END}. */
  private Iterator<Page> pages() {
    return new Iterator<>() {
      private Page next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            next = END;
          }
        }
        return next != END;
      }

      @Override
      public Page next() {
        if (!hasNext()) throw new NoSuchElementException();
        Page p = next;
        next = null;
        return p;
      }
    };
  }
}
