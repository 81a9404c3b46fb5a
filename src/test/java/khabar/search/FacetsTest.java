package khabar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample facets are counted on: one match from each equal stretch of the matches, in index order. */
class FacetsTest {
  /** Segments whose documents are 0..size-1, so a kept document names its place in the segment. */
  private static List<Facets.Segment> segments(int... sizes) {
    List<Facets.Segment> out = new ArrayList<>();
    for (int size : sizes) {
      Facets.Segment g = new Facets.Segment(null);
      for (int d = 0; d < size; d++) g.add(d);
      out.add(g);
    }
    return out;
  }

  /** The kept matches as places in the whole match list. */
  private static List<Long> kept(List<Facets.Segment> segments, int... sizes) {
    List<Long> out = new ArrayList<>();
    long before = 0;
    for (int i = 0; i < segments.size(); i++) {
      Facets.Segment g = segments.get(i);
      for (int k = 0; k < g.size; k++) out.add(before + g.docs[k]);
      before += sizes[i];
    }
    return out;
  }

  @Test
  void oneMatchFromEachStretchAcrossSegments() {
    int[][] cases = {{10, 0, 5}, {1, 1, 1, 1, 1, 1, 9}, {15}, {0, 15, 0}};
    for (int[] sizes : cases) {
      List<Facets.Segment> segments = segments(sizes);
      Facets.draw(segments, 15, 5);
      List<Long> kept = kept(segments, sizes);
      assertEquals(5, kept.size(), java.util.Arrays.toString(sizes));
      for (int i = 0; i < 5; i++) {
        long at = kept.get(i);
        assertTrue(at >= 3L * i && at < 3L * i + 3, "match " + at + " in stretch " + i + " of " + java.util.Arrays.toString(sizes));
      }
    }
  }

  @Test
  void unevenStretchesStillCoverEveryMatchOnce() {
    // 7 matches in 3 stretches: [0, 2), [2, 4), [4, 7)
    List<Facets.Segment> segments = segments(4, 3);
    Facets.draw(segments, 7, 3);
    List<Long> kept = kept(segments, 4, 3);
    assertEquals(3, kept.size());
    assertTrue(kept.get(0) < 2 && kept.get(1) >= 2 && kept.get(1) < 4 && kept.get(2) >= 4, kept.toString());
  }

  @Test
  void theSameMatchesGiveTheSameSample() {
    List<Facets.Segment> a = segments(400, 300, 300);
    List<Facets.Segment> b = segments(400, 300, 300);
    Facets.draw(a, 1000, 100);
    Facets.draw(b, 1000, 100);
    assertEquals(kept(a, 400, 300, 300), kept(b, 400, 300, 300));
  }

  @Test
  void aSampleIsSmallerThanWhatItIsDrawnFrom() {
    assertThrows(IllegalArgumentException.class, () -> new Facets.Sampling(100, 200));
    assertThrows(IllegalArgumentException.class, () -> new Facets.Sampling(100, 0));
  }

  @Test
  void theMonthOfADayIsTheCalendarsOwn() {
    // every day from 1600 to 2400 (leap centuries both ways), and the far past and future
    for (long day = java.time.LocalDate.of(1600, 1, 1).toEpochDay(); day <= java.time.LocalDate.of(2400, 12, 31).toEpochDay(); day++) {
      java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
      assertEquals(d.getYear() * 12 + d.getMonthValue() - 1, Facets.monthOfDay(day), d.toString());
    }
    for (java.time.LocalDate d : List.of(java.time.LocalDate.of(-4000, 2, 29), java.time.LocalDate.of(0, 1, 1), java.time.LocalDate.of(9999, 12, 31))) {
      assertEquals(d.getYear() * 12 + d.getMonthValue() - 1, Facets.monthOfDay(d.toEpochDay()), d.toString());
    }
  }

  @Test
  void aYearIsWrittenAsFormatWritesIt() {
    for (int y = -20_000; y <= 20_000; y++) assertEquals(String.format(java.util.Locale.ROOT, "%04d", y), Facets.year(y));
  }
}
