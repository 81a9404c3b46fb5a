package khabar.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import khabar.pipeline.Pipeline;

/**
 * How to serve: which index, through which pipeline (its gazetteer resolves entity names), on which
 * address.
 *
 * @param host address to bind; 127.0.0.1 unless the user asks otherwise
 * @param port TCP port, 0 for any free port
 * @param threads requests handled at once (connections themselves are on virtual threads)
 * @param allowedHosts host names accepted in the {@code Host} header besides {@code localhost} and
 *     IP literals ({@link HostCheck})
 */
public record LiveIndexConfig(Path index, Pipeline pipeline, String host, int port, int threads, List<String> allowedHosts) {
  public LiveIndexConfig(Path index, Pipeline pipeline, String host, int port, int threads) {
    this(index, pipeline, host, port, threads, List.of());
  }

  public LiveIndexConfig {
    allowedHosts = List.copyOf(allowedHosts);
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0–65535, got " + port);
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
  }
}
