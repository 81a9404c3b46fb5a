package khabar.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
 * @param dollars the value in US dollars of a figure in another currency, with the rate used,
 *     or null (USD figures need none; a currency without a rate gets none)
 * @param perShare whether the figure is a price per share (23.28 دولارا للسهم): a value, but
 *     never part of a total
 */
public record Money(
    BigDecimal amount,
    BigDecimal min,
    BigDecimal max,
    String currency,
    Qualifier qualifier,
    String equivalentOf,
    UsdValue dollars,
    boolean perShare) {

  /**
   * A non-dollar figure converted to dollars.
   *
   * @param min the figure's min times the rate (its amount for a single figure)
   * @param max the figure's max times the rate
   * @param rate US dollars per unit of the currency
   * @param date the date the rate is for (null for a rate the article states)
   * @param source where the rate comes from: {@link #ARTICLE} for a dollar equivalent the article
   *     gives in parentheses, else the rate table's name
   * @param fallback whether the table had no rate for the publication date and the nearest one
   *     was used (or the article has no date)
   */
  public record UsdValue(BigDecimal min, BigDecimal max, BigDecimal rate, LocalDate date, String source, boolean fallback) {
    public static final String ARTICLE = "article";

    public UsdValue {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(source, "source");
      if (rate.signum() <= 0) throw new IllegalArgumentException("exchange rate must be positive: " + rate);
      if (min.compareTo(max) > 0) throw new IllegalArgumentException("usd min " + min + " exceeds max " + max);
      min = strip(min);
      max = strip(max);
      rate = strip(rate);
    }
  }

  public Money(BigDecimal amount, BigDecimal min, BigDecimal max, String currency, Qualifier qualifier) {
    this(amount, min, max, currency, qualifier, null);
  }

  public Money(
      BigDecimal amount, BigDecimal min, BigDecimal max, String currency, Qualifier qualifier, String equivalentOf) {
    this(amount, min, max, currency, qualifier, equivalentOf, null, false);
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
    return new Money(amount, min, max, currency, qualifier, other.id(), dollars, perShare);
  }

  /** This figure converted at {@code rate} US dollars per unit, the rate dated and sourced. */
  public Money withRate(BigDecimal rate, LocalDate date, String source, boolean fallback) {
    if (isDollars()) throw new IllegalArgumentException("a dollar figure needs no rate: " + label());
    return new Money(
        amount, min, max, currency, qualifier, equivalentOf,
        new UsdValue(dollars(min.multiply(rate)), dollars(max.multiply(rate)), rate, date, source, fallback),
        perShare);
  }

  /**
   * This figure valued by {@code usd}, the dollar figure the article gives as its equivalent
   * ("مليار يوان (نحو 139 مليون دولار)"): the stated dollars win over any table.
   */
  public Money withStatedDollars(Money usd) {
    if (!usd.isDollars() || isDollars()) throw new IllegalArgumentException("not a dollar equivalent: " + usd.label());
    BigDecimal rate = usd.max().divide(max, 8, RoundingMode.HALF_UP);
    if (rate.signum() <= 0) return this;
    return new Money(
        amount, min, max, currency, qualifier, equivalentOf,
        new UsdValue(usd.min(), usd.max(), rate, null, UsdValue.ARTICLE, false), perShare);
  }

  /**
   * This single figure with its sign turned: a negative sum (سالب 5 ملايين دولار، −5 مليارات
   * دولار), before any rate is applied. Ranges and vague figures have no negative here.
   */
  public Money negated() {
    if (amount == null || dollars != null) throw new IllegalArgumentException("only a single figure without a rate can be negated: " + label());
    return new Money(amount.negate(), null, null, currency, qualifier, equivalentOf, null, perShare);
  }

  /** This figure marked as a price per share. */
  public Money asPerShare() {
    return new Money(amount, min, max, currency, qualifier, equivalentOf, dollars, true);
  }

  /** Dollars rounded to the cent, as a converted figure is reported. */
  private static BigDecimal dollars(BigDecimal d) {
    return d.setScale(2, RoundingMode.HALF_UP);
  }

  public static Money of(BigDecimal amount, String currency, Qualifier qualifier) {
    return new Money(amount, null, null, currency, qualifier);
  }

  public static Money range(BigDecimal min, BigDecimal max, String currency, Qualifier qualifier) {
    return new Money(null, min, max, currency, qualifier);
  }

  /**
   * The value in US dollars of a single figure: its amount when the currency is USD, else the
   * converted amount when a rate is known; null for ranges and figures without a rate.
   */
  public BigDecimal usd() {
    if (isDollars()) return amount;
    return dollars != null && amount != null ? dollars.min() : null;
  }

  /** The lower bound in US dollars, or null when there is no rate. */
  public BigDecimal usdMin() {
    return isDollars() ? min : dollars == null ? null : dollars.min();
  }

  /** The upper bound in US dollars, or null when there is no rate. */
  public BigDecimal usdMax() {
    return isDollars() ? max : dollars == null ? null : dollars.max();
  }

  /** Whether the figure has a value in dollars: it is in USD, or converted. */
  public boolean hasUsd() {
    return isDollars() || dollars != null;
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
