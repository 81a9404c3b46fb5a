package khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Terminal cells and URLs cut to a width with an ellipsis; URLs decoded. */
class CutTest {
  @ParameterizedTest(name = "[{0}] at {1} → [{2}]")
  @CsvSource(delimiter = '|', textBlock = """
      إنفيديا تشحن رقائق                 | 30 | إنفيديا تشحن رقائق
      إنفيديا تشحن رقائق                 | 10 | إنفيديا ت…
      abcdef                              | 6  | abcdef
      abcdef                              | 5  | abcd…
      """)
  void cellsAreCutWithAnEllipsis(String text, int width, String expected) {
    assertEquals(expected, Cut.cut(text, width));
  }

  @Test
  void aSurrogatePairIsNeverHalved() {
    assertEquals("a😀…", Cut.cut("a😀😀😀", 3));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://example.com/%D8%A5%D9%86%D9%81%D9%8A%D8%AF%D9%8A%D8%A7 | https://example.com/إنفيديا
      https://example.com/a%20b                                        | https://example.com/a b
      https://example.com/%FF%FE                                       | https://example.com/%FF%FE
      https://example.com/plain                                        | https://example.com/plain
      """)
  void urlsAreDecodedWhenTheyAreUtf8(String url, String expected) {
    assertEquals(expected, Cut.decode(url));
  }

  @Test
  void aLongUrlKeepsItsStartAndEnd() {
    String url = "https://example.com/" + "a".repeat(200) + "/end.html";
    String cut = Cut.url(url, 40);
    assertEquals(40, cut.length());
    assertEquals(true, cut.startsWith("https://example.com/") && cut.endsWith("/end.html") && cut.contains("…"), cut);
  }

  @Test
  void tableCellsAreCutSoAWideRowStaysReadable() {
    StringWriter w = new StringWriter();
    TextTable.print(new PrintWriter(w), List.of("id", "mentions"), List.of(List.of("x", "m".repeat(5000))));
    String row = w.toString().lines().toList().get(1);
    assertEquals("x   " + "m".repeat(TextTable.CELL_WIDTH - 1) + "…", row);
  }
}
