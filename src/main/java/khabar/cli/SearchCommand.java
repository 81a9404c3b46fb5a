package khabar.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import khabar.search.DateBounds;
import khabar.search.Hit;
import khabar.search.ResultJson;
import khabar.search.SearchRequest;
import khabar.search.SearchResult;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import khabar.util.Enums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index; hits with highlighted snippets and entities, and facets over all matches.")
final class SearchCommand implements Callable<Integer> {
  /** Marks around matched words in terminal output. */
  static final String MARK_OPEN = "⟦";
  static final String MARK_CLOSE = "⟧";

  @Spec CommandSpec spec;
  @Mixin Options.IndexOption index;
  @Mixin Options.GazetteerOption gazetteers;

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Words, \"phrases\", AND/OR/NOT, prefix*, title:… source:… entity:… type:… (default: every article).")
  String query = "";

  @Option(names = "--entity", paramLabel = "NAME", description = "Entity id or name in any spelling or script (repeatable, AND).")
  List<String> entities = List.of();

  @Option(names = "--type", paramLabel = "TYPE", description = "Only articles mentioning this type (COMPANY, CHIP, PERSON, MONEY; repeatable, AND).")
  List<String> types = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  String to;

  @Option(names = "--source", description = "Site name or host.")
  String source;

  @Option(names = "--min-usd", paramLabel = "USD", description = "Has a dollar figure of at least this much.")
  Double minUsd;

  @Option(names = "--max-usd", paramLabel = "USD", description = "Has a dollar figure of at most this much.")
  Double maxUsd;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date, newest first (default: ${DEFAULT-VALUE}).", defaultValue = "relevance")
  String sort;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
  int offset;

  @Option(names = "--include-duplicates", description = "Also show articles found to be copies of another.")
  boolean includeDuplicates;

  @Option(names = "--json", description = "Print the result as JSON (docs/SEARCH.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest r =
        new SearchRequest(
            query, entities, types.stream().map(EntityType::parse).toList(), DateBounds.start(from), DateBounds.end(to),
            source, minUsd, maxUsd, sort(sort), limit, offset, includeDuplicates);
    SearchResult result;
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      entities.forEach(s::resolve); // an unknown name is an error here, not an empty result
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
