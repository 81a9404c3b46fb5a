package khabar.cli;

import java.util.List;
import khabar.search.DateBounds;
import khabar.search.SearchRequest;
import khabar.tag.EntityType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The search filters that export and the aggregates share, so they select what search finds. */
final class FilterOptions {
  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, prefix*, title:… source:… (default: every article).")
  String query = "";

  @Option(names = "--entity", paramLabel = "NAME", description = "Entity id or name in any spelling (repeatable, AND).")
  List<String> entities = List.of();

  @Option(names = "--type", paramLabel = "TYPE", description = "Only articles mentioning this type (COMPANY, CHIP, PERSON, MONEY).")
  List<String> types = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  String to;

  @Option(names = "--source", description = "Site name or host.")
  String source;

  @Option(names = "--min-usd", description = "Has a dollar figure of at least this much.")
  Double minUsd;

  @Option(names = "--max-usd", description = "Has a dollar figure of at most this much.")
  Double maxUsd;

  @Option(names = "--include-duplicates", description = "Also select articles found to be copies of another.")
  boolean includeDuplicates;

  /** The request search would run for these filters (its page size is irrelevant to scans). */
  SearchRequest request() {
    return new SearchRequest(
        query, entities, types.stream().map(EntityType::parse).toList(), DateBounds.start(from), DateBounds.end(to), source,
        minUsd, maxUsd, SearchRequest.Sort.RELEVANCE, 1, 0, includeDuplicates);
  }
}
