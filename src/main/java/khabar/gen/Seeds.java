package khabar.gen;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one corpus seed, so that any article can be generated
 * again on its own (a duplicate is its original regenerated, not a copy held in memory).
 */
final class Seeds {
  /** Stream of the article contents, indexed by article number. */
  static final long ARTICLES = 0x41525449434C45L;
  /** Stream of the per-record choices (bad-record forms, duplicate sources). */
  static final long RECORDS = 0x5245434F5244L;
  /** Stream of the record plan (which record is a duplicate, near-duplicate or bad). */
  static final long PLAN = 0x504C414EL;

  private Seeds() {}

  /** The random stream {@code stream} for item {@code index} under corpus seed {@code seed}. */
  static SplittableRandom random(long seed, long stream, long index) {
    return new SplittableRandom(mix(mix(seed ^ stream) + index));
  }

  /** The finalizer of MurmurHash3: a bijection on longs that spreads every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
