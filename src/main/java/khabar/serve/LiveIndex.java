package khabar.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import khabar.search.Searcher;
import khabar.pipeline.Pipeline;
import khabar.tag.Gazetteer;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * A read-only view of an index that follows the commits of a running ingest: each request takes
 * the newest {@link Searcher}; a searcher is closed once the last request using it is done.
 */
final class LiveIndex implements Closeable {
  private final Path path;
  private final Pipeline pipeline;
  private Handle current;
  private long generation;
  private long checkedAt;

  /** A searcher with a count of the requests using it. */
  static final class Handle implements Closeable {
    final Searcher searcher;
    private final AtomicInteger refs = new AtomicInteger(1);

    Handle(Searcher searcher) {
      this.searcher = searcher;
    }

    Handle acquire() {
      refs.incrementAndGet();
      return this;
    }

    @Override
    public void close() throws IOException {
      if (refs.decrementAndGet() == 0) searcher.close();
    }
  }

  LiveIndex(Path path, Pipeline pipeline) throws IOException {
    this.path = path;
    this.pipeline = pipeline;
    this.generation = lastCommit();
    this.current = new Handle(pipeline.searcher(path));
  }

  Gazetteer gazetteer() {
    return pipeline.gazetteer();
  }

  /** The newest searcher; close the handle when the request is done. */
  synchronized Handle acquire() {
    long now = System.nanoTime();
    if (now - checkedAt > 500_000_000L) {
      checkedAt = now;
      try {
        long g = lastCommit();
        if (g != generation) {
          Handle fresh = new Handle(pipeline.searcher(path));
          Handle old = current;
          current = fresh;
          generation = g;
          old.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot reopen index " + path, e);
      }
    }
    return current.acquire();
  }

  private long lastCommit() throws IOException {
    try (FSDirectory dir = FSDirectory.open(path)) {
      return SegmentInfos.getLastCommitGeneration(dir);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    current.close();
  }
}
