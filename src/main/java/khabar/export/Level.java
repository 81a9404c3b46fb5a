package khabar.export;

import khabar.util.Enums;

/** What one exported row stands for. */
public enum Level {
  /** One row per mention, with the sentence it stands in. */
  MENTION,
  /** One row per article, with its entities. */
  ARTICLE;

  public static Level parse(String s) {
    return Enums.parse(Level.class, "level", s);
  }
}
