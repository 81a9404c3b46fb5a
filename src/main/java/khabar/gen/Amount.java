package khabar.gen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money figure written into a generated article, as a correct recognizer should read it.
 *
 * @param amount the value in currency units, exact
 * @param currency ISO 4217 code
 * @param qualifier the qualifier name of {@code khabar.money.Qualifier} (EXACT, APPROX, MORE_THAN …)
 */
public record Amount(BigDecimal amount, String currency, String qualifier) {
  public Amount {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(qualifier, "qualifier");
    amount = amount.stripTrailingZeros();
    if (amount.scale() < 0) amount = amount.setScale(0);
  }
}
