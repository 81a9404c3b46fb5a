package khabar.gen;

import java.util.SplittableRandom;

/**
 * Decides, record by record, which of {@code n} records are duplicates, near-duplicates and bad,
 * so that each kind occurs exactly {@code floor(n × rate)} times, spread at random, without
 * holding the plan in memory (selection sampling, Knuth's Algorithm S, over three kinds at once).
 *
 * <p>Record 0 is always an original, so that every duplicate has an earlier article to repeat.
 */
final class CorpusPlan {
  private final SplittableRandom r;
  private final long n;
  private long next;
  private long duplicates;
  private long nearDuplicates;
  private long bad;

  CorpusPlan(long seed, long n, double dupRate, double nearDupRate, double badRate) {
    checkRate("duplicate", dupRate);
    checkRate("near-duplicate", nearDupRate);
    checkRate("bad", badRate);
    this.r = Seeds.random(seed, Seeds.PLAN, 0);
    this.n = n;
    this.duplicates = count(n, dupRate);
    this.nearDuplicates = count(n, nearDupRate);
    this.bad = count(n, badRate);
    if (n > 0 && duplicates + nearDuplicates + bad > n - 1) {
      throw new IllegalArgumentException(
          "duplicate, near-duplicate and bad rates add up to more records than the "
              + (n - 1) + " after the first");
    }
  }

  /** How many records of {@code n} a rate selects: {@code floor(n × rate)}. */
  static long count(long n, double rate) {
    return (long) Math.floor(n * rate + 1e-9);
  }

  private static void checkRate(String what, double rate) {
    if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException(what + " rate must be in [0, 1], not " + rate);
  }

  /** The kind of the next record. */
  RecordKind next() {
    long i = next++;
    if (i >= n) throw new IllegalStateException("plan of " + n + " records exhausted");
    if (i == 0) return RecordKind.ORIGINAL;
    long left = n - i;
    long k = r.nextLong(left);
    if (k < duplicates) {
      duplicates--;
      return RecordKind.DUPLICATE;
    }
    k -= duplicates;
    if (k < nearDuplicates) {
      nearDuplicates--;
      return RecordKind.NEAR_DUPLICATE;
    }
    k -= nearDuplicates;
    if (k < bad) {
      bad--;
      return RecordKind.BAD;
    }
    return RecordKind.ORIGINAL;
  }
}
