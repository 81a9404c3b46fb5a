package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          =1+1                            | '=1+1
          +1+1                            | '+1+1
          -2+3                            | '-2+3
          @SUM(A1:A2)                     | '@SUM(A1:A2)
          =HYPERLINK("http://x","انقر")   | '=HYPERLINK("http://x","انقر")
          ` =cmd|' /C calc'!A0`           | `' =cmd|' /C calc'!A0`
          ＝1+1                           | '＝1+1
          - بند في قائمة                   | '- بند في قائمة
          -12                             | -12
          +3.5                            | +3.5
          إنفيديا = شركة                  | إنفيديا = شركة
          a;=1+1                          | a;=1+1
          5.6 ملايين دولار                | 5.6 ملايين دولار
          ``                              | ``
          """)
  void neutralisesFormulaStarts(String in, String expected) {
    assertEquals(expected, Cells.safe(in));
  }

  @Test
  void tabAndCarriageReturnStartsAreNeutralised() {
    assertEquals("'\tx", Cells.safe("\tx"));
    assertEquals("'\rx", Cells.safe("\rx"));
  }

  @Test
  void nonTextIsLeftAlone() {
    assertEquals(42, Cells.safe((Object) 42));
    assertEquals(null, Cells.safe((Object) null));
  }
}
