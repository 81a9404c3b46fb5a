package khabar.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinLetterNamesTest {

  /** letter → its Arabic names, most common first (the table gazetteer and discovery share). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          a | ايه اي
          h | اتش اش
          k | كي كاي
          l | ال
          q | كيو
          x | اكس
          z | زد زي
          """)
  void namesLettersAsThePressDoes(char letter, String names) {
    assertEquals(Arrays.asList(names.split(" ")), LatinLetterNames.of(letter));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          إتش  | true
          كاي  | true
          كي   | true
          إم   | true
          آي   | true
          شركة | false
          ك    | false
          """)
  void recognisesALetterNameInAnySpelling(String word, boolean expected) {
    assertEquals(expected, LatinLetterNames.isName(ArabicNormalizer.normalize(word).normalized()));
  }

  @org.junit.jupiter.api.Test
  void everyLetterWithoutANameIsEmpty() {
    assertEquals(List.of(), LatinLetterNames.of('7'));
  }
}
