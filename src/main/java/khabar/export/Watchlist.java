package khabar.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an analyst follows, read from a small text file, one item per line:
 *
 * <pre>
 * # companies and people: an id or any name, in any script
 * entity   nvidia
 * entity   هواوي
 * # searches, in the query language of khabar search
 * query    "مراكز البيانات" AND السعودية
 * # money figures smaller than this (in dollars) are not reported
 * min-usd  1000000000
 * </pre>
 *
 * <ul>
 *   <li>A line is a keyword, white space, and its value; blank lines and lines starting with
 *       {@code #} are ignored.
 *   <li>{@code entity} and {@code query} may repeat; {@code min-usd} is given at most once and
 *       takes an amount as the command line's {@code --min-usd} does ({@code 1e9}, {@code 1B},
 *       {@code 1,000,000,000}, {@code مليار}).
 *   <li>A watchlist names at least one entity or query.
 * </ul>
 *
 * Errors name the file and line: {@code watch.txt:3: unknown keyword 'entitiy'}.
 *
 * @param entities entity names as written (resolved by the caller)
 * @param queries search queries
 * @param minUsd smallest dollar figure reported, or null for all
 */
public record Watchlist(List<String> entities, List<String> queries, Double minUsd) {
  public Watchlist {
    entities = List.copyOf(entities);
    queries = List.copyOf(queries);
    if (entities.isEmpty() && queries.isEmpty()) throw new IllegalArgumentException("a watchlist names no entity and no query");
    if (minUsd != null && (minUsd.isNaN() || minUsd < 0)) throw new IllegalArgumentException("min-usd must be a number ≥ 0");
  }

  /** Parses the text of a watchlist; {@code origin} (a file name) prefixes every error. */
  public static Watchlist parse(String text, String origin) {
    List<String> entities = new ArrayList<>();
    List<String> queries = new ArrayList<>();
    Double minUsd = null;
    int n = 0;
    for (String raw : text.split("\r?\n", -1)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int sp = 0;
      while (sp < line.length() && !Character.isWhitespace(line.charAt(sp))) sp++;
      String key = line.substring(0, sp).toLowerCase(Locale.ROOT);
      String value = line.substring(sp).strip();
      if (value.isEmpty()) throw new IllegalArgumentException(origin + ":" + n + ": '" + key + "' has no value");
      switch (key) {
        case "entity" -> entities.add(value);
        case "query" -> queries.add(value);
        case "min-usd" -> {
          if (minUsd != null) throw new IllegalArgumentException(origin + ":" + n + ": min-usd is given twice");
          try {
            minUsd = khabar.money.Amounts.parse(value);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ":" + n + ": min-usd: " + e.getMessage());
          }
        }
        default -> throw new IllegalArgumentException(
            origin + ":" + n + ": unknown keyword '" + key + "' (expected entity, query or min-usd)");
      }
    }
    try {
      return new Watchlist(entities, queries, minUsd);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage());
    }
  }
}
