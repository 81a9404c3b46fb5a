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
      5 شعبان 1446                                    | 2025-02-04
      الأحد 22 مارس 2026 11:06 مـ 3 شوال 1447 هـ      | 2026-03-22
      الإثنين، 30 من رجب 1447هـ الموافق 19 كانون الثاني/يناير 2026 | 2026-01-19
      الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00     | 2013-08-28
      3 تشرين الأول (أكتوبر) 2024                     | 2024-10-03
      16 ربيع الأول 1446 هـ                           | 2024-09-19
      20 - 04 - 2024                                  | 2024-04-20
      جريدة الصباح بتاريخ 2019/02/09                  | 2019-02-09
      ٢٠٢٤/٠٢/١٦                                      | 2024-02-16
      12 - 2025                                       |
      November 9, 2020                                | 2020-11-09
      تاريخ النشر: 12th, November 2025 GMT            | 2025-11-12
      Sept. 3 2024                                    | 2024-09-03
      May the force be with you in 2025               |
      31 فبراير 2025                                  |
      في عام 2025 ارتفعت المبيعات 12 مرة              |
      قال إن 30 مايوًا                                |
      """)
  void findsTheGregorianDate(String text, LocalDate expected) {
    assertEquals(Optional.ofNullable(expected), ArabicDates.find(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      منذ ساعتين          | 2026-03-01T10:00:00Z
      منذ 3 ساعات         | 2026-03-01T09:00:00Z
      نشر منذ ٥ دقائق     | 2026-03-01T11:55:00Z
      منذ يومين           | 2026-02-27T12:00:00Z
      منذ 2 أيام          | 2026-02-27T12:00:00Z
      قبل أسبوع           | 2026-02-22T12:00:00Z
      منذ 3 أسابيع        | 2026-02-08T12:00:00Z
      منذ زمن بعيد        |
      """)
  void readsRelativeDatesAgainstTheFetchTime(String text, java.time.Instant expected) {
    assertEquals(Optional.ofNullable(expected), ArabicDates.relative(text, java.time.Instant.parse("2026-03-01T12:00:00Z")));
  }

  @org.junit.jupiter.api.Test
  void aRelativeDateNeedsAFetchTime() {
    assertEquals(Optional.empty(), ArabicDates.relative("منذ ساعتين", null));
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
