package khabar.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BenchRunner} runs.
 *
 * @param suites suite names, in order (see {@link BenchRunner#SUITES})
 * @param articles generated articles for the text and page suites (normalize … ingest)
 * @param searchArticles articles in the generated index for search and export
 * @param aliases names in the generated gazetteer of the tag suite
 * @param warmup uncounted passes before measuring
 * @param iterations measured passes
 * @param seed corpus seed
 * @param work folder for generated pages and indexes; the search index is kept there and reused
 * @param gazetteers the real gazetteer folder
 */
public record BenchConfig(
    List<String> suites,
    int articles,
    int searchArticles,
    int aliases,
    int warmup,
    int iterations,
    long seed,
    Path work,
    Path gazetteers) {

  public BenchConfig {
    suites = List.copyOf(suites);
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(gazetteers, "gazetteers");
    for (String s : suites) {
      if (!BenchRunner.SUITES.contains(s)) {
        throw new IllegalArgumentException("unknown suite '" + s + "' (one of " + String.join(", ", BenchRunner.SUITES) + ")");
      }
    }
    if (articles < 1 || searchArticles < 1 || aliases < 5) {
      throw new IllegalArgumentException("articles and search articles must be at least 1, aliases at least 5");
    }
  }

  /** The full run: 300 articles, a 100,000-article index, a 1,000,000-alias gazetteer, 2 + 3 passes. */
  public static BenchConfig full(List<String> suites, Path work, Path gazetteers) {
    return new BenchConfig(suites, 300, 100_000, 1_000_000, 2, 3, 1, work, gazetteers);
  }

  /** A run of a minute or two: 60 articles, a 5,000-article index, 50,000 aliases, 1 + 2 passes. */
  public static BenchConfig quick(List<String> suites, Path work, Path gazetteers) {
    return new BenchConfig(suites, 60, 5_000, 50_000, 1, 2, 1, work, gazetteers);
  }
}
