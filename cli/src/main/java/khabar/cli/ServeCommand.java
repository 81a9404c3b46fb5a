package khabar.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import khabar.serve.LiveIndexConfig;
import khabar.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar serve",
        "  khabar serve --port 8090 --index /data/khabar-index"}, description = "Serve the Arabic search page and the JSON API over an index.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to serve other machines).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "Requests worked on at once (default: ${DEFAULT-VALUE}); connections use virtual threads, so slow clients hold none.")
  int threads;

  @Option(names = "--allow-host", paramLabel = "NAME", description = "A host name the server answers besides localhost and IP addresses (repeatable); requests for other names get 403 (DNS rebinding).")
  java.util.List<String> allowHosts = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Server s = Server.start(new LiveIndexConfig(index.index, gazetteers.pipeline(), host, port, threads, allowHosts));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        s.close();
      } catch (Exception e) {
        // shutting down: nothing left to report to
      }
    }));
    spec.commandLine().getErr().println("serving " + index.index + " at http://" + s.host() + ":" + s.port() + "/ (Ctrl-C stops)");
    new CountDownLatch(1).await();
    return 0;
  }
}
