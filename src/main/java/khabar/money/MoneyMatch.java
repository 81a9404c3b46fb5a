package khabar.money;

/** A money figure found over tokens {@code [startToken, endToken)}. */
public record MoneyMatch(int startToken, int endToken, Money money) {
  public MoneyMatch {
    if (startToken < 0 || endToken <= startToken) {
      throw new IllegalArgumentException("bad token span [" + startToken + ", " + endToken + ")");
    }
  }
}
