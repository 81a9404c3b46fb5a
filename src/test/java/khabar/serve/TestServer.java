package khabar.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import khabar.index.ArticleIndex;
import khabar.pipeline.Pipeline;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;

/** A server over a fresh index of the three fixture pages in src/test/resources/serve. */
final class TestServer implements AutoCloseable {
  static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("gazetteers"));
  /** Gazetteer and money mentions only, so the fixtures' expected entities do not depend on patterns.tsv. */
  static final Pipeline PIPELINE = Pipeline.of(GAZETTEER, null);

  final Server server;
  final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir) throws Exception {
    Path docs = dir.resolve("docs");
    Files.createDirectories(docs);
    for (String f : List.of("nvidia.html", "huawei.html", "hostile.html")) {
      Files.copy(Path.of("src/test/resources/serve", f), docs.resolve(f));
    }
    Path index = dir.resolve("index");
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      PIPELINE.ingester().ingest(List.of(docs), idx);
    }
    server = Server.start(new LiveIndexConfig(index, PIPELINE, "127.0.0.1", 0, 4));
    base = "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
