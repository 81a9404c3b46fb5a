package khabar.tag;

import java.util.Locale;

/** The kinds of mention Khabar extracts. */
public enum EntityType {
  COMPANY,
  CHIP,
  PERSON,
  MONEY;

  /** Parses a type name case-insensitively; throws with the accepted names otherwise. */
  public static EntityType parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown entity type '" + s + "' (expected COMPANY, CHIP, PERSON or MONEY)");
    }
  }
}
