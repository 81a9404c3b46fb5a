package khabar.cli;

import khabar.search.DateBounds;
import khabar.search.SearchRequest;
import picocli.CommandLine.Option;

/**
 * Which articles a scan looks at, apart from what they say: dates, source and copies. Part of
 * {@link FilterOptions}; alone in commands whose positional arguments are not a query (trend).
 */
final class ScopeOptions {
  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after: 2025-03-01, 2025-03, 2025, or 7d (back from now).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before: 2025-03-31, 2025-03, 2025, or 7d (back from now).")
  String to;

  @Option(names = "--source", paramLabel = "SITE", description = "Site name or host.")
  String source;

  @Option(names = "--include-duplicates", description = "Also select articles found to be copies of another.")
  boolean includeDuplicates;

  /** The request for {@code query} within this scope. */
  SearchRequest request(String query) {
    return new SearchRequest(
        query == null ? "" : query, java.util.List.of(), java.util.List.of(), DateBounds.start(from), DateBounds.end(to), source,
        null, null, SearchRequest.Sort.RELEVANCE, 1, 0, includeDuplicates);
  }
}
