package khabar.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnumsTest {
  enum Colour { RED, DARK_GREEN, BLUE }

  @Test
  void aNameInAnyCaseWithSpaceAround() {
    assertEquals(Colour.RED, Enums.parse(Colour.class, "colour", "red"));
    assertEquals(Colour.DARK_GREEN, Enums.parse(Colour.class, "colour", " Dark_Green "));
  }

  @Test
  void anythingElseNamesTheTextAndListsTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Enums.parse(Colour.class, "colour", "pink"));
    assertEquals("unknown colour 'pink' (expected red, dark_green or blue)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Enums.parse(Colour.class, "colour", null));
    assertEquals("unknown colour 'null' (expected red, dark_green or blue)", e.getMessage());
  }
}
