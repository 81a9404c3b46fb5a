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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          كلفها مليار يوان صيني (نحو 139 مليون دولار).          | مليار يوان صيني          | cny:1000000000   | نحو 139 مليون دولار       | usd:139000000
          استثمار 100 مليار ريال (26.7 مليار دولار)             | 100 مليار ريال            | sar:100000000000 | 26.7 مليار دولار          | usd:26700000000
          100 مليار ريال، أي ما يعادل 26.7 مليار دولار           | 100 مليار ريال            | sar:100000000000 | ما يعادل 26.7 مليار دولار | usd:26700000000
          غرامة 5 ملايين دولار (نحو 4.6 مليون يورو)              | 5 ملايين دولار            | usd:5000000      | نحو 4.6 مليون يورو        | eur:4600000
          """)
  void linksAnEquivalentInAnotherCurrency(String text, String first, String firstId, String second, String secondId) {
    List<MoneyTableTest.Found> found = MoneyTableTest.find(text);
    assertEquals(2, found.size(), found.toString());
    assertEquals(first, found.get(0).span());
    assertEquals(firstId, found.get(0).money().id());
    assertEquals(null, found.get(0).money().equivalentOf());
    assertEquals(second, found.get(1).span());
    assertEquals(secondId, found.get(1).money().id());
    assertEquals(firstId, found.get(1).money().equivalentOf());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          5 ملايين دولار (نحو 5 ملايين دولار)
          5 ملايين دولار (في 2024)
          """)
  void aParenthesisInTheSameCurrencyOrWithoutMoneyLinksNothing(String text) {
    List<MoneyTableTest.Found> found = MoneyTableTest.find(text);
    for (MoneyTableTest.Found f : found) assertEquals(null, f.money().equivalentOf(), f.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          EXACT     | EXACT    | EXACT
          AT_MOST   | EXACT    | EXACT
          MORE_THAN | EXACT    | MORE_THAN
          EXACT     | APPROX   | APPROX
          APPROX    | APPROX   | APPROX
          MORE_THAN | AT_LEAST | MORE_THAN
          EXACT     | AT_LEAST | AT_LEAST
          RANGE     | EXACT    | RANGE
          """)
  void combinesQualifiersBeforeAndAfter(Qualifier before, Qualifier after, Qualifier expected) {
    assertEquals(expected, MoneyRecognizer.combine(before, after));
  }
}
