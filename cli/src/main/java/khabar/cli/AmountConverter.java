package khabar.cli;

import khabar.money.Amounts;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an amount option ({@code --min-usd 1.5M}, {@code 2 مليار}, {@code 1,000,000}, {@code ١٠٠٠},
 * {@code 1e9}) with the money recognizer's own number reader ({@link Amounts}), so a user may
 * type an amount as any article writes it.
 */
final class AmountConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    try {
      return Amounts.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
