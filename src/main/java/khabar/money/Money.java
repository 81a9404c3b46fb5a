package khabar.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A money value: an exact decimal amount, or a range for {@link Qualifier#RANGE} and {@link
 * Qualifier#VAGUE}, in an ISO 4217 currency.
 *
 * @param amount the amount in currency units, null for ranges
 * @param min lower bound (equal to amount for a single figure)
 * @param max upper bound (equal to amount for a single figure)
 * @param currency ISO 4217 code (USD, CNY, EUR, SAR …)
 * @param qualifier how the article qualifies the figure
 * @param equivalentOf the {@link #id()} of the figure this one restates in another currency
 *     ("مليار يوان (نحو 139 مليون دولار)": the dollar figure is the equivalent of cny:1000000000),
 *     or null
 */
public record Money(
    BigDecimal amount, BigDecimal min, BigDecimal max, String currency, Qualifier qualifier, String equivalentOf) {

  public Money(BigDecimal amount, BigDecimal min, BigDecimal max, String currency, Qualifier qualifier) {
    this(amount, min, max, currency, qualifier, null);
  }

  public Money {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(qualifier, "qualifier");
    if (amount != null) {
      amount = strip(amount);
      if (min == null) min = amount;
      if (max == null) max = amount;
    }
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    min = strip(min);
    max = strip(max);
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("money range min " + min + " exceeds max " + max);
    }
    if (amount == null && qualifier != Qualifier.RANGE && qualifier != Qualifier.VAGUE) {
      throw new IllegalArgumentException("only RANGE and VAGUE figures may lack an amount");
    }
  }

  /** This figure, marked as restating {@code other} in another currency. */
  public Money equivalentOf(Money other) {
    return new Money(amount, min, max, currency, qualifier, other.id());
  }

  public static Money of(BigDecimal amount, String currency, Qualifier qualifier) {
    return new Money(amount, null, null, currency, qualifier);
  }

  public static Money range(BigDecimal min, BigDecimal max, String currency, Qualifier qualifier) {
    return new Money(null, min, max, currency, qualifier);
  }

  /** The value in US dollars when the currency is USD, else null (no exchange rates are guessed). */
  public BigDecimal usd() {
    return "USD".equals(currency) ? amount : null;
  }

  public boolean isDollars() {
    return "USD".equals(currency);
  }

  /** A stable id for the value: {@code usd:5600000}, {@code usd:100000000-1000000000}. */
  public String id() {
    String c = currency.toLowerCase(Locale.ROOT);
    return amount != null
        ? c + ":" + amount.toPlainString()
        : c + ":" + min.toPlainString() + "-" + max.toPlainString();
  }

  /** A readable label: {@code 5600000 USD}, {@code 100000000–1000000000 USD}. */
  public String label() {
    return amount != null
        ? amount.toPlainString() + " " + currency
        : min.toPlainString() + "\u2013" + max.toPlainString() + " " + currency;
  }

  private static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
