package khabar.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 مليار|2000000000",
        "1.5M|1500000",
        "1B|1000000000",
        "1,000,000|1000000",
        "١٠٠٠|1000",
        "1e9|1000000000",
        "3.2 bn|3200000000",
        "5k|5000",
        "مليون ونصف|1500000",
        "ثلاثة ملايين|3000000",
        "١٢٬٥٠٠٫٧٥|12500.75",
        "  7  |7",
      })
  void readsAnAmount(String text, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(Amounts.parseExact(text)));
    assertEquals(new BigDecimal(value).doubleValue(), Amounts.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc|not an amount: 'abc'",
        "5 تفاحات|unexpected 'تفاحات' after the amount in '5 تفاحات'",
        "0|the amount must be positive: '0'",
        "''|no amount: the text is empty",
      })
  void refusesWithOneLine(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amounts.parse(text));
    assertEquals(message, e.getMessage());
  }
}
