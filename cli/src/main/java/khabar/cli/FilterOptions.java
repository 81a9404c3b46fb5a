package khabar.cli;

import java.util.List;
import khabar.search.DateBounds;
import khabar.search.SearchRequest;
import khabar.tag.EntityType;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The search filters that export and the aggregates share, so they select what search finds. */
final class FilterOptions {
  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, prefix*, title:… source:… entity:… type:… (default: every article).")
  String query = "";

  @Option(names = "--entity", paramLabel = "NAME", description = "Entity id or name in any spelling or script (repeatable, AND).")
  List<String> entities = List.of();

  @Option(names = "--type", paramLabel = "TYPE", description = "Only articles mentioning this type (COMPANY, CHIP, PERSON, MONEY; repeatable, AND).")
  List<String> types = List.of();

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Option(names = "--min-usd", paramLabel = "USD", converter = AmountConverter.class,
      description = "Has a dollar figure of at least this much: 1e9, 1.5M, 1,000,000, ١٠٠٠ or 2 مليار.")
  Double minUsd;

  @Option(names = "--max-usd", paramLabel = "USD", converter = AmountConverter.class,
      description = "Has a dollar figure of at most this much: 1e9, 1.5M, 1,000,000, ١٠٠٠ or 2 مليار.")
  Double maxUsd;

  /** The request search would run for these filters (its page size is irrelevant to scans). */
  SearchRequest request() {
    return request(SearchRequest.Sort.RELEVANCE, 1, 0);
  }

  /** The request for one page of hits: {@code limit} hits after skipping {@code offset}, in {@code sort} order. */
  SearchRequest request(SearchRequest.Sort sort, int limit, int offset) {
    return new SearchRequest(
        query, entities, types.stream().map(EntityType::parse).toList(), DateBounds.start(scope.from),
        DateBounds.end(scope.to), scope.source, minUsd, maxUsd, sort, limit, offset, scope.includeDuplicates);
  }
}
