package khabar.discover;

import java.util.Map;

/**
 * A plain ASCII rendering of folded Arabic letters, only to make a valid gazetteer id for a name
 * that has no Latin spelling yet (سحابه نجد → shabh-njd); curators may rename it.
 */
final class Transliteration {
  private static final Map<Character, String> LETTERS =
      Map.ofEntries(
          Map.entry('\u0627', "a"), Map.entry('\u0628', "b"), Map.entry('\u062A', "t"), Map.entry('\u062B', "th"),
          Map.entry('\u062C', "j"), Map.entry('\u062D', "h"), Map.entry('\u062E', "kh"), Map.entry('\u062F', "d"),
          Map.entry('\u0630', "dh"), Map.entry('\u0631', "r"), Map.entry('\u0632', "z"), Map.entry('\u0633', "s"),
          Map.entry('\u0634', "sh"), Map.entry('\u0635', "s"), Map.entry('\u0636', "d"), Map.entry('\u0637', "t"),
          Map.entry('\u0638', "z"), Map.entry('\u0639', "a"), Map.entry('\u063A', "gh"), Map.entry('\u0641', "f"),
          Map.entry('\u0642', "q"), Map.entry('\u0643', "k"), Map.entry('\u0644', "l"), Map.entry('\u0645', "m"),
          Map.entry('\u0646', "n"), Map.entry('\u0647', "h"), Map.entry('\u0648', "w"), Map.entry('\u064A', "y"));

  private Transliteration() {}

  /** The ASCII letters for {@code c}, or "" for characters with none (hamza). */
  static String of(char c) {
    return LETTERS.getOrDefault(c, "");
  }
}
