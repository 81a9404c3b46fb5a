package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      كتب: محمد السيد                    | محمد السيد
      كتب - محمد السيد                   | محمد السيد
      كتبت أسماء نصار                    | أسماء نصار
      بقلم - سمير عطا الله               | سمير عطا الله
      حوار: آسيا العتروس                 | آسيا العتروس
      كتب: أحمد علي - القاهرة            | أحمد علي
      By Jane Doe                        | Jane Doe
      كتب الرئيس على حسابه في منصة إكس   |
      كتبت الصحيفة أن الشركة ستعلن نتائجها في الربع المقبل من العام |
      الكاتب                             |
      محمد السيد                         |
      """)
  void readsTheNameOfABylineLine(String line, String expected) {
    assertEquals(expected == null ? "" : expected, Byline.author(line).orElse(""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ليلى حسن                           | ليلى حسن
      بقلم: سمير عطا الله                | سمير عطا الله
      By Jane Doe                        | Jane Doe
      حسام أبو العلا - القاهرة           | حسام أبو العلا
      (أبوظبي - البيان)                  |
      https://www.facebook.com/someone   |
      """)
  void cleansAnAuthorFromMetadata(String author, String expected) {
    assertEquals(expected == null ? "" : expected, Byline.clean(author));
  }
}
