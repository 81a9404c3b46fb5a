package khabar.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import khabar.search.Hit;
import khabar.search.ResultJson;
import khabar.search.SearchRequest;
import khabar.search.SearchResult;
import khabar.search.Searcher;
import khabar.util.Enums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
        "  khabar search هواوي",
        "  khabar search '\"مراكز البيانات\" AND السعودية' --from 2025-03 --sort date",
        "  khabar search Samsung --entity إنفيديا --min-usd 1B --json"},
    description = "Search the index; hits with highlighted snippets and entities, and facets over all matches.")
final class SearchCommand implements Callable<Integer> {
  /** Marks around matched words in terminal output. */
  static final String MARK_OPEN = "⟦";
  static final String MARK_CLOSE = "⟧";

  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Mixin FilterOptions filters;

  @Option(names = "--sort", paramLabel = "ORDER", description = "Order: relevance or date (newest first) (default: ${DEFAULT-VALUE}).", defaultValue = "relevance")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Show at most N results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--json", description = "Print JSON instead of text (docs/OUTPUT.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest r = filters.request(sort(sort), limit, offset);
    SearchResult result;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      filters.entities.forEach(s::resolve); // an unknown name is an error here, not an empty result
      result = s.search(r);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(ResultJson.of(result)));
    } else {
      print(out, result);
    }
    out.flush();
    return 0;
  }

  static SearchRequest.Sort sort(String s) {
    return Enums.parse(SearchRequest.Sort.class, "sort", s);
  }

  /** Terminal output: the count, each hit, then the facets (eight values each). */
  static void print(PrintWriter out, SearchResult result) {
    out.println(result.total() + " hit(s)");
    int n = 0;
    for (Hit h : result.hits()) {
      n++;
      Instant p = h.published();
      out.printf(Locale.ROOT, "%n%d. %s  [%s%s]  score %.2f%n", n, h.title(), h.source(),
          p == null ? "" : ", " + p.toString().substring(0, 10), h.score());
      out.println("   " + h.url());
      if (h.duplicateOf() != null) out.println("   copy of: " + h.duplicateOf());
      out.println("   " + h.snippet().render(MARK_OPEN, MARK_CLOSE).replace('\n', ' '));
      if (!h.entities().isEmpty()) out.println("   entities: " + String.join(", ", h.entities()));
    }
    if (result.total() > 0) out.println();
    for (Map.Entry<String, Map<String, Integer>> f : result.facets().entrySet()) {
      if (f.getValue().isEmpty()) continue;
      StringBuilder b = new StringBuilder();
      f.getValue().entrySet().stream().limit(8).forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append("  "));
      out.println("facet " + f.getKey() + ": " + b.toString().strip());
    }
  }
}
