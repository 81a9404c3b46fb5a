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
    assertEquals("bad date '2025-13-01' (expected YYYY-MM-DD)", e.getMessage());
  }
}
