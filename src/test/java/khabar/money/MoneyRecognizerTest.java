package khabar.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRecognizerTest {
  private static final MoneyRecognizer R = new MoneyRecognizer();

  static List<Money> find(String text) {
    TokenizedText t = Tokenizer.tokenize(text);
    List<Money> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      MoneyMatch m = R.match(t, i);
      if (m != null) {
        out.add(m.money());
        i = m.endToken() - 1;
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          بتكلفة 5.6 ملايين دولار                | 5600000      | USD | EXACT
          لم تتجاوز 5.6 ملايين دولار فقط         | 5600000      | USD | EXACT
          تكلف 294 ألف دولار أمريكي              | 294000       | USD | EXACT
          كلف أكثر من 100 مليون دولار            | 100000000    | USD | MORE_THAN
          إجمالي نفقات تصل إلى 1.3 مليار دولار   | 1300000000   | USD | UP_TO
          خسرت 900 مليار دولار                   | 900000000000 | USD | EXACT
          بنحو 101 دولار                         | 101          | USD | APPROX
          كلفها مليار يوان صيني                  | 1000000000   | CNY | EXACT
          ٥٫٦ ملايين دولار                       | 5600000      | USD | EXACT
          ملياري دولار                           | 2000000000   | USD | EXACT
          $500 مليون                             | 500000000    | USD | EXACT
          """)
  void readsFigures(String text, String amount, String currency, Qualifier q) {
    List<Money> found = find(text);
    assertEquals(1, found.size(), found.toString());
    Money m = found.get(0);
    assertEquals(new BigDecimal(amount), m.amount());
    assertEquals(currency, m.currency());
    assertEquals(q, m.qualifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          1.2 تريليون متغير
          5.2 بيتابايت
          10,000 وحدة معالجة
          في عام 2021
          تراجعت بنسبة 20 %
          نموذج GPT-4o
          """)
  void leavesOtherQuantitiesAlone(String text) {
    assertEquals(List.of(), find(text));
  }
}
