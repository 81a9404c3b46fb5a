package khabar.money;

import java.math.BigDecimal;
import khabar.normalize.Tokenizer;

/**
 * Reads an amount a user types (a bound for a dollar filter, say) with the money recognizer's
 * own number reader, so that whatever an article may write, a user may type:
 *
 * <ul>
 *   <li>digits with separators: {@code 1,000,000}, {@code ١٠٠٠}, {@code ١٢٬٥٠٠٫٧٥}, {@code 5.6}
 *   <li>a scale word after them: {@code 2 مليار}, {@code 3.2 bn}, {@code 5 ملايين}, {@code مليار}
 *   <li>a scale letter glued on: {@code 1.5M}, {@code 1B}, {@code 5k}
 *   <li>scientific notation: {@code 1e9}
 *   <li>Arabic number words: {@code ثلاثة ملايين}, {@code مليون ونصف}
 * </ul>
 *
 * Anything else, including text after the amount and amounts of zero, is refused with a
 * one-line message.
 */
public final class Amounts {
  private Amounts() {}

  /** The amount {@code text} spells out, exactly. */
  public static BigDecimal parseExact(String text) {
    if (text == null) throw new IllegalArgumentException("no amount given");
    return MoneyRecognizer.wholeAmount(Tokenizer.tokenize(text.strip()));
  }

  /**
   * The amount {@code text} spells out, as a double.
   *
   * @throws IllegalArgumentException with a one-line message when {@code text} is no amount
   */
  public static double parse(String text) {
    return parseExact(text).doubleValue();
  }
}
