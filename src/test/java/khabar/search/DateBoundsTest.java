package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateBoundsTest {
  @Test
  void aDayIsIncludedByBothBounds() {
    assertEquals(Instant.parse("2025-03-01T00:00:00Z"), DateBounds.start("2025-03-01"));
    assertEquals(Instant.parse("2025-03-01T23:59:59.999Z"), DateBounds.end(" 2025-03-01 "));
  }

  @Test
  void anInstantIsTakenAsItIs() {
    assertEquals(Instant.parse("2025-03-01T12:00:00Z"), DateBounds.start("2025-03-01T12:00:00Z"));
    assertEquals(Instant.parse("2025-03-01T12:00:00Z"), DateBounds.end("2025-03-01T12:00:00Z"));
  }

  @Test
  void blankIsNoBound() {
    assertNull(DateBounds.start(null));
    assertNull(DateBounds.end("  "));
  }

  @Test
  void anythingElseIsAnErrorNamingTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateBounds.start("2025-13-01"));
    assertEquals(
        "bad date '2025-13-01' (expected YYYY-MM-DD, YYYY-MM, YYYY, an ISO instant, or a time back from now: 24h, 7d, 2w)",
        e.getMessage());
    for (String bad : new String[] {"yesterday", "2025-3", "7m", "25", "2025/03/01"}) {
      assertThrows(IllegalArgumentException.class, () -> DateBounds.start(bad), bad);
    }
  }

  @Test
  void aMonthOrAYearIsIncludedWhole() {
    assertEquals(Instant.parse("2025-02-01T00:00:00Z"), DateBounds.start("2025-02"));
    assertEquals(Instant.parse("2025-02-28T23:59:59.999Z"), DateBounds.end("2025-02"));
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), DateBounds.start("2024"));
    assertEquals(Instant.parse("2024-12-31T23:59:59.999Z"), DateBounds.end("2024"));
  }

  @Test
  void aDurationCountsBackFromNow() {
    Instant now = Instant.parse("2026-12-07T18:00:00Z");
    assertEquals(Instant.parse("2026-12-06T18:00:00Z"), DateBounds.start("24h", now));
    assertEquals(Instant.parse("2026-11-30T18:00:00Z"), DateBounds.start("7d", now));
    assertEquals(Instant.parse("2026-11-23T18:00:00Z"), DateBounds.end("2w", now));
  }
}
