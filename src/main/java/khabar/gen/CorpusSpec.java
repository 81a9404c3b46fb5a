package khabar.gen;

import java.util.Objects;

/**
 * What corpus to generate.
 *
 * @param articles number of records, at least 1
 * @param seed the seed: the same spec writes byte-identical output
 * @param format html, jsonl or warc
 * @param dupRate share of records that repeat an earlier article's text under another URL
 * @param nearDupRate share of records that repeat an earlier article with small changes
 * @param badRate share of records no reader should accept
 */
public record CorpusSpec(long articles, long seed, CorpusFormat format, double dupRate, double nearDupRate, double badRate) {
  public CorpusSpec {
    Objects.requireNonNull(format, "format");
    if (articles < 1) throw new IllegalArgumentException("articles must be at least 1, not " + articles);
    new CorpusPlan(seed, articles, dupRate, nearDupRate, badRate); // validates the rates
  }

  /** Exact number of duplicate records: {@code floor(articles × dupRate)}. */
  public long duplicates() {
    return CorpusPlan.count(articles, dupRate);
  }

  /** Exact number of near-duplicate records. */
  public long nearDuplicates() {
    return CorpusPlan.count(articles, nearDupRate);
  }

  /** Exact number of bad records. */
  public long bad() {
    return CorpusPlan.count(articles, badRate);
  }
}
