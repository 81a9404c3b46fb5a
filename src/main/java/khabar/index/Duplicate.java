package khabar.index;

import java.util.Objects;

/**
 * An article found to repeat one already in the index.
 *
 * @param of id of the original article (never itself a duplicate)
 * @param kind how the copy was recognised
 * @param similarity estimated Jaccard similarity of the word 5-gram shingles (1 for {@link
 *     Kind#EXACT})
 */
public record Duplicate(String of, Kind kind, double similarity) {

  /** How a copy was recognised. */
  public enum Kind {
    /** Same normalized text (equal content hash) under another id. */
    EXACT,
    /** Shingle similarity at or above {@link DuplicateDetector#THRESHOLD}. */
    NEAR
  }

  public Duplicate {
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(kind, "kind");
    if (similarity < 0 || similarity > 1) throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
  }
}
