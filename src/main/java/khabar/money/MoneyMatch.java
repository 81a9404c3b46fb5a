package khabar.money;

/**
 * A money figure found over tokens {@code [startToken, endToken)}.
 *
 * @param startToken the first token (the qualifier's, the currency sign's or the number's)
 * @param skip characters of the first token's normalized text that are an attached proclitic
 *     (بنحو: 1) and not part of the figure
 * @param endToken one past the last token
 * @param money the value
 * @param equivalent the same sum restated in another currency right after this figure
 *     ("مليار يوان (نحو 139 مليون دولار)"), whose money names this one in {@link
 *     Money#equivalentOf()}, or null
 */
public record MoneyMatch(int startToken, int skip, int endToken, Money money, MoneyMatch equivalent) {
  public MoneyMatch {
    if (startToken < 0 || endToken <= startToken || skip < 0) {
      throw new IllegalArgumentException("bad token span [" + startToken + "+" + skip + ", " + endToken + ")");
    }
    if (equivalent != null && equivalent.startToken() < endToken) {
      throw new IllegalArgumentException("an equivalent figure must follow the figure");
    }
  }

  public MoneyMatch(int startToken, int endToken, Money money) {
    this(startToken, 0, endToken, money, null);
  }

  /** Where a walk over the tokens resumes: after the equivalent figure if there is one. */
  public int resumeToken() {
    return equivalent != null ? equivalent.endToken() : endToken;
  }
}
