package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ٢٥ يناير ٢٠٢٥                                  | 2025-01-25
      الثلاثاء 4 فبراير 2025                         | 2025-02-04
      الأربعاء 17 سبتمبر 2025 - قسم الأخبار          | 2025-09-17
      25 كانون الثاني 2025                            | 2025-01-25
      نشر في 3 تشرين الأول، 2024                      | 2024-10-03
      1 أوت 2024                                      | 2024-08-01
      12 جانفي 2025                                   | 2025-01-12
      ١٢ مايو ٢٠٢٥                                    | 2025-05-12
      9 ماي 2025                                      | 2025-05-09
      7 اغسطس 2023                                    | 2023-08-07
      ۲۰ آذار ۲۰۲۵                                    | 2025-03-20
      25/01/2025                                      | 2025-01-25
      الخميس 5 شعبان 1446 الموافق 6 فبراير 2025      | 2025-02-06
      5 شعبان 1446                                    |
      31 فبراير 2025                                  |
      في عام 2025 ارتفعت المبيعات 12 مرة              |
      قال إن 30 مايوًا                                |
      """)
  void findsTheGregorianDate(String text, LocalDate expected) {
    assertEquals(Optional.ofNullable(expected), ArabicDates.find(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      الخميس 6 مارس 2025            | true
      نشر في 6 مارس 2025            | true
      6 مارس 2025                   | true
      وقعت الاتفاقية في 6 مارس 2025 | false
      """)
  void tellsADatelineFromASentence(String text, boolean only) {
    assertEquals(only, ArabicDates.isOnlyDate(text));
  }
}
