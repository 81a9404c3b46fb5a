package khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import khabar.export.Digest;
import khabar.export.DigestPage;
import khabar.export.DigestState;
import khabar.export.Trend;
import khabar.export.Watchlist;
import khabar.search.DateBounds;
import khabar.search.Searcher;
import khabar.tag.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "digest", mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar digest --watchlist watch.txt --since 24h --out digest.html --markdown digest.md"},
    description = {
      "What is new for a watchlist since the last run, as an HTML page (and Markdown).",
      "Per watched entity the new articles with snippets, new dollar figures, entities newly named beside it,",
      "new candidate names and a trend chart; per watched query the new articles. Remembers what it reported,",
      "so a nightly run reports each article once."
    })
final class DigestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Option(names = "--watchlist", required = true, paramLabel = "FILE",
      description = "Entities, queries and a dollar floor to follow (lines: entity NAME, query QUERY, min-usd N).")
  Path watchlist;

  @Option(names = "--since", paramLabel = "WHEN",
      description = "Only articles published (else fetched) since then: 24h, 7d, 2w, YYYY-MM-DD or an instant (default: all not yet reported).")
  String since;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Write the HTML report to FILE.")
  Path out;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also the report as Markdown.")
  Path markdown;

  @Option(names = "--state", paramLabel = "FILE",
      description = "What earlier runs reported (default: the watchlist's name + .state.json).")
  Path state;

  @Option(names = "--no-state", description = "Neither read nor update the state: report everything in range.")
  boolean noState;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    Instant now = Instant.now();
    Instant from = DateBounds.start(since, now);
    Watchlist w = Watchlist.parse(read(watchlist), watchlist.toString());
    Gazetteer g = gazetteers.pipeline().gazetteer();
    List<Trend.Series> entities = new ArrayList<>();
    for (String name : w.entities()) entities.add(TrendCommand.series(g, name));
    Path statePath = state != null ? state : watchlist.resolveSibling(watchlist.getFileName() + ".state.json");
    DigestState before = noState ? DigestState.EMPTY : readState(statePath);
    Digest.Report report;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      report = new Digest(s).make(entities, w.queries(), w.minUsd(), from, before.reported(), now);
    }
    write(out, DigestPage.html(report));
    if (markdown != null) write(markdown, DigestPage.markdown(report));
    if (!noState) writeState(statePath, before.after(report));
    var err = spec.commandLine().getErr();
    err.println(report.isEmpty()
        ? "nothing new since the last report; " + out + " says so"
        : report.newIds().size() + " new article(s) reported in " + out);
    err.flush();
    return 0;
  }

  private static String read(Path p) throws java.io.IOException {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no watchlist file " + p);
    }
  }

  static DigestState readState(Path p) throws java.io.IOException {
    if (!Files.exists(p)) return DigestState.EMPTY;
    JsonNode n;
    try {
      n = JSON.readTree(p.toFile());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("state file " + p + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (n == null || !n.path("reported").isArray()) {
      throw new IllegalArgumentException("state file " + p + " has no \"reported\" list");
    }
    Set<String> ids = new LinkedHashSet<>();
    n.get("reported").forEach(x -> ids.add(x.asText()));
    Instant last = n.hasNonNull("last_run") ? Instant.parse(n.get("last_run").asText()) : null;
    return new DigestState(ids, last);
  }

  /** Writes the state through a temporary file, so a crash never leaves half a state. */
  static void writeState(Path p, DigestState s) throws java.io.IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("last_run", s.lastRun() == null ? null : s.lastRun().toString());
    var arr = n.putArray("reported");
    s.sortedIds().forEach(arr::add);
    Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void write(Path p, String text) throws java.io.IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
