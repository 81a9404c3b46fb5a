package khabar.export;

import java.util.Locale;

/** What one exported row stands for. */
public enum Level {
  /** One row per mention, with the sentence it stands in. */
  MENTION,
  /** One row per article, with its entities. */
  ARTICLE;

  public static Level parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown level '" + s + "' (expected mention or article)");
    }
  }
}
