package khabar.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * How aggregates bucket articles by publication date (UTC). Keys sort in time order as text:
 * {@code 2025-01-27}, {@code 2025-W05} (ISO week), {@code 2025-01}; {@code all} for no
 * bucketing; articles without a date go to {@code undated}.
 */
public enum Period {
  ALL,
  DAY,
  WEEK,
  MONTH;

  public static final String UNDATED = "undated";

  public static Period parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown period '" + s + "' (expected all, day, week or month)");
    }
  }

  public String key(Instant published) {
    if (this == ALL) return "all";
    if (published == null) return UNDATED;
    LocalDate d = LocalDate.ofInstant(published, ZoneOffset.UTC);
    return switch (this) {
      case DAY -> d.toString();
      case WEEK ->
          String.format(
              Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      case ALL -> "all";
    };
  }
}
