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
  /** Before a facet count estimated from a sample. */
  static final String APPROXIMATE = "≈";

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

  @Option(names = "--no-expand", description = "Exact text search: a name matches only as written, not the entity's other names and spellings.")
  boolean noExpand;

  @Option(names = "--json", description = "Print JSON instead of text (docs/OUTPUT.md).")
  boolean json;

  @Option(names = "--exact-facets", description = "Count facets over every match; by default, beyond 20,000 matches they are estimated from a sample of 10,000 (shown with ≈).")
  boolean exactFacets;

  @Override
  public Integer call() throws Exception {
    SearchRequest r = filters.request(sort(sort), limit, offset).withExpansion(!noExpand).withExactFacets(exactFacets);
    SearchResult result;
    Map<String, String> labels = new java.util.HashMap<>();
    try (Searcher s = gazetteers.pipeline().searcher(index.index)) {
      filters.entities.forEach(s::resolve); // an unknown name is an error here, not an empty result
      result = s.search(r);
      List<String> shown = new java.util.ArrayList<>();
      result.hits().forEach(h -> shown.addAll(h.entities()));
      result.facets().values().forEach(f -> shown.addAll(f.keySet()));
      for (String id : shown) {
        Searcher.Candidate c = s.candidate(id); // a candidate is shown by name, never by its key
        if (c != null) labels.put(id, (c.nameAr().isEmpty() ? c.name() : c.nameAr()) + " (candidate)");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(ResultJson.of(result)));
    } else {
      print(out, result, labels);
    }
    out.flush();
    return 0;
  }

  static SearchRequest.Sort sort(String s) {
    return Enums.parse(SearchRequest.Sort.class, "sort", s);
  }

  /** Widest title shown on the terminal, in characters. */
  static final int TITLE_WIDTH = 100;
  /** Widest URL shown on the terminal, in characters. */
  static final int URL_WIDTH = 100;

  /**
   * Terminal output: the count, each hit (title cut at {@value #TITLE_WIDTH} characters; source
   * and date in brackets only when known; the URL decoded and shortened; why it matched), then
   * the facets (eight values each; estimated counts marked ≈, after a line saying so), and "did you
   * mean" when nothing matched.
   */
  static void print(PrintWriter out, SearchResult result) {
    print(out, result, Map.of());
  }

  /** As {@link #print(PrintWriter, SearchResult)}, showing each entity id in {@code labels} by its label. */
  static void print(PrintWriter out, SearchResult result, Map<String, String> labels) {
    out.println(result.total() + " hit(s)");
    if (!result.expanded().isEmpty()) out.println("also matching mentions of: " + String.join(", ", result.expanded()));
    int n = 0;
    for (Hit h : result.hits()) {
      n++;
      out.printf(Locale.ROOT, "%n%d. %s%s  score %.2f%s%n", n, Cut.cut(h.title() == null ? "(no title)" : h.title(), TITLE_WIDTH),
          where(h), h.score(), h.matched() == null ? "" : "  matched: " + h.matched().label());
      if (h.url() != null && !h.url().isEmpty()) out.println("   " + Cut.url(h.url(), URL_WIDTH));
      if (h.duplicateOf() != null) out.println("   copy of: " + h.duplicateOf());
      out.println("   " + h.snippet().render(MARK_OPEN, MARK_CLOSE).replace('\n', ' '));
      if (!h.entities().isEmpty()) {
        out.println("   entities: " + String.join(", ", h.entities().stream().map(e -> labels.getOrDefault(e, e)).toList()));
      }
    }
    if (result.total() > 0) out.println();
    if (result.total() == 0 && !result.suggestions().isEmpty()) {
      out.println("did you mean: " + String.join("  |  ", result.suggestions()));
    }
    String about = result.facetsApproximate() ? APPROXIMATE : "";
    if (result.facetsApproximate()) {
      out.printf(Locale.ROOT, "facets estimated from %,d of the %,d matches (--exact-facets counts them all)%n",
          result.facetsCounted(), result.total());
    }
    for (Map.Entry<String, Map<String, Integer>> f : result.facets().entrySet()) {
      if (f.getValue().isEmpty()) continue;
      StringBuilder b = new StringBuilder();
      f.getValue().entrySet().stream().limit(8)
          .forEach(e -> b.append(labels.getOrDefault(e.getKey(), e.getKey())).append(' ').append(about).append(e.getValue()).append("  "));
      out.println("facet " + f.getKey() + ": " + b.toString().strip());
    }
  }

  /** "  [source, date]", "  [source]", "  [date]" or nothing. */
  static String where(Hit h) {
    List<String> parts = new java.util.ArrayList<>();
    if (h.source() != null && !h.source().isBlank()) parts.add(h.source());
    Instant p = h.published();
    if (p != null) parts.add(p.toString().substring(0, 10));
    return parts.isEmpty() ? "" : "  [" + String.join(", ", parts) + "]";
  }
}
