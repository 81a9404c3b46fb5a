package khabar.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A dated table of reference exchange rates, which gives every non-dollar figure its value in US
 * dollars as of the article's publication date.
 *
 * <ul>
 *   <li>The rate used is the latest one dated on or before the publication date.
 *   <li>When the table has none that early, or the article has no date, or the date lies more
 *       than {@value #STALE_DAYS} days after the table's last rate for the currency, the nearest
 *       rate is used and the value is flagged {@code fallback}.
 *   <li>A figure that already has dollars (in USD, or valued by the dollar equivalent the article
 *       states beside it) keeps them; a currency the table lacks gets none.
 *   <li>Converted dollars are rounded to the cent; the rate (dollars per unit) is recorded.
 * </ul>
 *
 * <p>File format, UTF-8, tab-separated: {@code date currency units-per-dollar source}, e.g.
 * {@code 2025-06-01 EUR 0.867 fred}; blank lines and {@code #} comments are ignored. The
 * standard table ships as {@code khabar/money/rates.tsv} (sources and licences in rates.md next
 * to it); {@link #read(Path)} loads a table of one's own.
 */
public final class ExchangeRates {

  /** Days after a currency's last rate beyond which that rate is used only as a fallback. */
  public static final int STALE_DAYS = 62;

  private record Rate(BigDecimal usdPerUnit, String source) {}

  private static final ExchangeRates STANDARD = standardTable();

  private final String name;
  private final Map<String, NavigableMap<LocalDate, Rate>> byCurrency;

  private ExchangeRates(String name, Map<String, NavigableMap<LocalDate, Rate>> byCurrency) {
    this.name = name;
    this.byCurrency = byCurrency;
  }

  /** The table that ships with Khabar. */
  public static ExchangeRates standard() {
    return STANDARD;
  }

  /** A table read from {@code file}; errors name the file and line. */
  public static ExchangeRates read(Path file) throws IOException {
    return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static ExchangeRates standardTable() {
    try (InputStream in = ExchangeRates.class.getResourceAsStream("rates.tsv")) {
      if (in == null) throw new IllegalStateException("missing resource khabar/money/rates.tsv");
      return parse("khabar/money/rates.tsv", List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
    } catch (IOException e) {
      throw new UncheckedIOException("reading khabar/money/rates.tsv", e);
    }
  }

  /** Parses the lines of a rate table named {@code source}. */
  static ExchangeRates parse(String source, List<String> lines) {
    Map<String, NavigableMap<LocalDate, Rate>> by = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String where = source + ":" + (n + 1) + ": ";
      String[] c = line.split("\t");
      if (c.length < 3) throw new IllegalArgumentException(where + "expected date, currency, units per dollar[, source]: " + line);
      LocalDate date;
      try {
        date = LocalDate.parse(c[0].strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + "bad date '" + c[0].strip() + "' (want YYYY-MM-DD)");
      }
      String code = c[1].strip();
      try {
        java.util.Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "'" + code + "' is not an ISO 4217 currency code");
      }
      BigDecimal perDollar;
      try {
        perDollar = new BigDecimal(c[2].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "bad rate '" + c[2].strip() + "'");
      }
      if (perDollar.signum() <= 0) throw new IllegalArgumentException(where + "rate must be positive: " + perDollar);
      String from = c.length > 3 ? c[3].strip() : source;
      BigDecimal usd = BigDecimal.ONE.divide(perDollar, MathContext.DECIMAL64);
      by.computeIfAbsent(code, k -> new TreeMap<>()).put(date, new Rate(usd, from));
    }
    return new ExchangeRates(source, by);
  }

  /** The name the table was loaded from. */
  public String name() {
    return name;
  }

  /** Whether the table has a rate for {@code currency}. */
  public boolean knows(String currency) {
    return byCurrency.containsKey(currency);
  }

  /** {@code m} valued in dollars as of {@code published} (null: unknown date); see the class. */
  public Money convert(Money m, Instant published) {
    return convert(m, published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC));
  }

  /** {@code m} valued in dollars as of {@code date} (null: unknown date); see the class. */
  public Money convert(Money m, LocalDate date) {
    if (m.hasUsd()) return m;
    NavigableMap<LocalDate, Rate> rates = byCurrency.get(m.currency());
    if (rates == null) return m;
    Map.Entry<LocalDate, Rate> e = date == null ? rates.lastEntry() : rates.floorEntry(date);
    boolean fallback = date == null;
    if (e == null) {
      e = rates.firstEntry();
      fallback = true;
    } else if (date != null && e.getKey().equals(rates.lastKey()) && e.getKey().plusDays(STALE_DAYS).isBefore(date)) {
      fallback = true;
    }
    return m.withRate(e.getValue().usdPerUnit(), e.getKey(), e.getValue().source(), fallback);
  }
}
