package khabar.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRatesTest {
  private static final ExchangeRates TABLE =
      ExchangeRates.parse(
          "test",
          List.of(
              "# date currency per-dollar source",
              "2024-01-01\tEUR\t0.8\tfred",
              "2025-01-01\tEUR\t0.5\tfred",
              "2025-01-01\tSAR\t3.75\tcurrency-api"));

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR", Qualifier.EXACT);
  }

  @Test
  void usesTheLatestRateOnOrBeforeThePublicationDate() {
    Money m = TABLE.convert(eur("100"), LocalDate.of(2024, 6, 30));
    assertEquals(new BigDecimal("125"), m.usd());
    assertEquals(new BigDecimal("1.25"), m.dollars().rate());
    assertEquals(LocalDate.of(2024, 1, 1), m.dollars().date());
    assertEquals("fred", m.dollars().source());
    assertEquals(false, m.dollars().fallback());
    assertEquals(new BigDecimal("200"), TABLE.convert(eur("100"), LocalDate.of(2025, 1, 1)).usd());
  }

  @Test
  void aDateBeforeTheTableOrNoneOrLongAfterFallsBackFlagged() {
    Money early = TABLE.convert(eur("100"), LocalDate.of(2020, 1, 1));
    assertEquals(new BigDecimal("125"), early.usd());
    assertTrue(early.dollars().fallback());
    Money undated = TABLE.convert(eur("100"), (LocalDate) null);
    assertEquals(new BigDecimal("200"), undated.usd());
    assertTrue(undated.dollars().fallback());
    assertTrue(TABLE.convert(eur("100"), LocalDate.of(2026, 1, 1)).dollars().fallback());
    assertEquals(false, TABLE.convert(eur("100"), LocalDate.of(2025, 2, 1)).dollars().fallback());
  }

  @Test
  void convertsRangesRoundsToTheCentAndLeavesDollarsAndUnknownCurrencies() {
    Money r = TABLE.convert(Money.range(new BigDecimal("10"), new BigDecimal("20"), "SAR", Qualifier.RANGE), LocalDate.of(2025, 3, 1));
    assertNull(r.usd());
    assertEquals(new BigDecimal("2.67"), r.usdMin());
    assertEquals(new BigDecimal("5.33"), r.usdMax());
    Money usd = Money.of(BigDecimal.TEN, "USD", Qualifier.EXACT);
    assertSame(usd, TABLE.convert(usd, LocalDate.of(2025, 3, 1)));
    Money jpy = Money.of(BigDecimal.TEN, "JPY", Qualifier.EXACT);
    assertSame(jpy, TABLE.convert(jpy, LocalDate.of(2025, 3, 1)));
    assertEquals(false, jpy.hasUsd());
  }

  @Test
  void statedDollarsWinOverTheTable() {
    Money cny = Money.of(new BigDecimal("1000000000"), "CNY", Qualifier.EXACT)
        .withStatedDollars(Money.of(new BigDecimal("139000000"), "USD", Qualifier.APPROX));
    Money after = ExchangeRates.standard().convert(cny, LocalDate.of(2025, 3, 1));
    assertSame(cny, after);
    assertEquals(new BigDecimal("139000000"), after.usd());
    assertEquals(Money.UsdValue.ARTICLE, after.dollars().source());
  }

  @Test
  void theShippedTableValuesEveryCurrencyTheLexiconNames() {
    for (String code : MoneyLexicon.standard().codes) {
      if (code.equals("USD")) continue;
      assertTrue(ExchangeRates.standard().knows(code), code);
    }
    Money sar = ExchangeRates.standard().convert(Money.of(new BigDecimal("375"), "SAR", Qualifier.EXACT), LocalDate.of(2025, 3, 1));
    assertEquals(new BigDecimal("100"), sar.usd());
  }

  @Test
  void readsATableOfOnesOwnAndNamesTheBadLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("rates.tsv");
    Files.writeString(f, "2025-01-01\tEUR\t0.5\n");
    assertEquals(new BigDecimal("20"), ExchangeRates.read(f).convert(eur("10"), LocalDate.of(2025, 5, 1)).usd());
    Files.writeString(f, "2025-01-01\tEUR\t0.5\n2025-13-01\tEUR\t0.5\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExchangeRates.read(f));
    assertEquals(f + ":2: bad date '2025-13-01' (want YYYY-MM-DD)", e.getMessage());
    Files.writeString(f, "2025-01-01\tXXY\t0.5\n");
    e = assertThrows(IllegalArgumentException.class, () -> ExchangeRates.read(f));
    assertEquals(f + ":1: 'XXY' is not an ISO 4217 currency code", e.getMessage());
  }
}
