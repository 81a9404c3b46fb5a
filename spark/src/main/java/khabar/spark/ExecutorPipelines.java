package khabar.spark;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import khabar.pipeline.Pipeline;

/**
 * The pipelines of one JVM, by gazetteer folder: the gazetteers are loaded once per executor (on
 * the first task that needs them) and shared by every task running there, as the ingester's
 * workers share one pipeline. The tagger is thread-safe ({@link Pipeline}).
 */
final class ExecutorPipelines {
  private static final ConcurrentHashMap<String, Pipeline> LOADED = new ConcurrentHashMap<>();

  private ExecutorPipelines() {}

  /** The pipeline of {@code gazetteerDir}, loaded on first use in this JVM. */
  static Pipeline get(String gazetteerDir) {
    return LOADED.computeIfAbsent(Path.of(gazetteerDir).toAbsolutePath().normalize().toString(), d -> Pipeline.load(Path.of(d)));
  }

  /** How many gazetteer folders this JVM has loaded (for the test of once per executor). */
  static int loadedCount() {
    return LOADED.size();
  }
}
