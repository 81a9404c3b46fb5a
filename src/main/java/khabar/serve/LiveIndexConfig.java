package khabar.serve;

import java.nio.file.Path;
import java.util.Objects;
import khabar.pipeline.Pipeline;

/**
 * How to serve: which index, through which pipeline (its gazetteer resolves entity names), on which
 * address.
 *
 * @param host address to bind; 127.0.0.1 unless the user asks otherwise
 * @param port TCP port, 0 for any free port
 * @param threads request threads
 */
public record LiveIndexConfig(Path index, Pipeline pipeline, String host, int port, int threads) {
  public LiveIndexConfig {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0–65535, got " + port);
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
  }
}
