package khabar.discover;

import java.util.Locale;

/** How the name after a cue is delimited; see {@code gazetteers/patterns.tsv}. */
public enum Extent {
  /** A name between quotes, guillemets or brackets: “X”، «X»، "X"، (X). */
  QUOTED,
  /** A run of capitalised Latin words, with model codes and numbers after the first. */
  LATIN,
  /** Up to N Arabic words, ending at a stop word, nationality adjective, punctuation or known name. */
  ARABIC,
  /** A chip model code: letters and digits in Latin (MI308, 910C) or Arabic letter names (إتش 20). */
  CODE,
  /**
   * A person's name that opens with a given name of the lexicon, after up to four definite words
   * naming the office (وزير الاقتصاد الإماراتي عبد الله بن طوق).
   */
  GIVEN;

  static Extent parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown extent '" + s + "' (expected quoted, latin, arabic:N, code, given, org or comma)");
    }
  }
}
