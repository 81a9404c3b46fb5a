package khabar.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the date options: YYYY-MM-DD, or a full ISO instant. */
final class Dates {
  private Dates() {}

  static Instant start(String s) {
    return parse(s, false);
  }

  static Instant end(String s) {
    return parse(s, true);
  }

  private static Instant parse(String s, boolean endOfDay) {
    if (s == null || s.isBlank()) return null;
    try {
      LocalDate d = LocalDate.parse(s.strip());
      return endOfDay
          ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
          : d.atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s.strip());
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("bad date '" + s + "' (expected YYYY-MM-DD)");
      }
    }
  }
}
