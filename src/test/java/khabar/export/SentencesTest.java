package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

  static List<String> all(String text) {
    Sentences s = Sentences.of(text);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < s.count(); k++) {
      assertEquals(s.text(k), text.substring(s.start(k), s.end(k)));
      out.add(s.text(k));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          قالت الشركة. ثم أضافت.               | قالت الشركة.,ثم أضافت.
          هل تبيع؟ لا! ربما.                   | هل تبيع؟,لا!,ربما.
          بلغت 5.6 ملايين دولار. انتهى         | بلغت 5.6 ملايين دولار.,انتهى
          شركة أوبن إيه.آي الأمريكية. ثم       | شركة أوبن إيه.آي الأمريكية.,ثم
          زوروا example.com/a.html اليوم. نعم  | زوروا example.com/a.html اليوم.,نعم
          حقا؟! نعم                            | حقا؟!,نعم
          قال: «انتهى.» ثم غادر                | قال: «انتهى.»,ثم غادر
          انتظروا… الإعلان                     | انتظروا…,الإعلان
          Nvidia rose 5%. Then fell            | Nvidia rose 5%.,Then fell
          بلا نهاية                            | بلا نهاية
          """)
  void splitsOnArabicAndLatinTerminatorsOnly(String text, String expected) {
    assertEquals(List.of(expected.split(",")), all(text.strip()));
  }

  @Test
  void lineBreaksAlwaysEndASentenceAndBlankLinesVanish() {
    assertEquals(List.of("عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية"), all("عنوان بلا نقطة\n\n  فقرة أولى. \r\nفقرة ثانية\n"));
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(0, Sentences.of("").count());
    assertEquals(0, Sentences.of(" \n\n ").count());
  }

  @ParameterizedTest(name = "offset {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          0  | الأولى.
          6  | الأولى.
          7  | ''
          8  | الثانية؟
          15 | الثانية؟
          16 | ''
          17 | الثالثة
          """)
  void findsTheSentenceAnOffsetStandsIn(int offset, String expected) {
    // "الأولى." = 0..7, space, "الثانية؟" = 8..16, newline, "الثالثة" = 17..24
    assertEquals(expected, Sentences.of("الأولى. الثانية؟\nالثالثة").textAt(offset));
  }
}
