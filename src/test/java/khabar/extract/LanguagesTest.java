package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {
  @ParameterizedTest
  @CsvSource({
    "ara, ar", // the model's three-letter code, as readers expect it
    "eng, en",
    "arb, ar", // a macrolanguage member
    "pes, fa",
    "ind, id", // not the withdrawn "in"
    "heb, he", // not "iw"
    "yid, yi", // not "ji"
    "xyz, xyz", // no two-letter code: kept
  })
  void twoLetterCodes(String iso3, String iso1) {
    assertEquals(iso1, Languages.toIso1(iso3));
  }
}
