package khabar.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The date bounds of a {@link SearchRequest} from what a user typed (the command line's {@code
 * --from}/{@code --to}, the API's {@code from}/{@code to}):
 *
 * <ul>
 *   <li>{@code YYYY-MM-DD} is a whole UTC day: a start bound is its first millisecond, an end bound
 *       its last, so both bounds include the day;
 *   <li>a full ISO instant ({@code 2025-03-01T12:00:00Z}) is taken as it is;
 *   <li>null or blank is no bound (null);
 *   <li>anything else is an {@link IllegalArgumentException} naming the text.
 * </ul>
 */
public final class DateBounds {
  private DateBounds() {}

  public static Instant start(String s) {
    return parse(s, false);
  }

  public static Instant end(String s) {
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
