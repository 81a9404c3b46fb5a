package khabar.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date bounds of a {@link SearchRequest} from what a user typed (the command line's {@code
 * --from}/{@code --to}/{@code --since}, the API's {@code from}/{@code to}):
 *
 * <ul>
 *   <li>{@code YYYY-MM-DD} is a whole UTC day, {@code YYYY-MM} a whole month, {@code YYYY} a whole
 *       year: a start bound is its first millisecond, an end bound its last, so both include it;
 *   <li>a full ISO instant ({@code 2025-03-01T12:00:00Z}) is taken as it is;
 *   <li>a duration back from now — a whole number and {@code h} (hours), {@code d} (days) or
 *       {@code w} (weeks): {@code 24h}, {@code 7d}, {@code 2w} — is that instant, for either bound;
 *   <li>null or blank is no bound (null);
 *   <li>anything else is an {@link IllegalArgumentException} naming the text and the forms.
 * </ul>
 */
public final class DateBounds {
  private static final Pattern AGO = Pattern.compile("(\\d{1,6})\\s*([hdw])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private DateBounds() {}

  public static Instant start(String s) {
    return parse(s, false, Instant.now());
  }

  public static Instant end(String s) {
    return parse(s, true, Instant.now());
  }

  /** As {@link #start(String)}, with durations counted back from {@code now}. */
  public static Instant start(String s, Instant now) {
    return parse(s, false, now);
  }

  /** As {@link #end(String)}, with durations counted back from {@code now}. */
  public static Instant end(String s, Instant now) {
    return parse(s, true, now);
  }

  private static Instant parse(String s, boolean endOfSpan, Instant now) {
    if (s == null || s.isBlank()) return null;
    String t = s.strip();
    try {
      Matcher ago = AGO.matcher(t);
      if (ago.matches()) {
        long n = Long.parseLong(ago.group(1));
        Duration unit = switch (ago.group(2)) {
          case "h" -> Duration.ofHours(1);
          case "d" -> Duration.ofDays(1);
          default -> Duration.ofDays(7);
        };
        return now.minus(unit.multipliedBy(n));
      }
      LocalDate first;
      LocalDate next;
      if (YEAR.matcher(t).matches()) {
        first = LocalDate.of(Integer.parseInt(t), 1, 1);
        next = first.plusYears(1);
      } else if (MONTH.matcher(t).matches()) {
        first = YearMonth.parse(t).atDay(1);
        next = first.plusMonths(1);
      } else if (t.length() == 10) {
        first = LocalDate.parse(t);
        next = first.plusDays(1);
      } else {
        return Instant.parse(t);
      }
      return endOfSpan
          ? next.atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
          : first.atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "bad date '" + s + "' (expected YYYY-MM-DD, YYYY-MM, YYYY, an ISO instant, or a time back from now: 24h, 7d, 2w)");
    }
  }
}
