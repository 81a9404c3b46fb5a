/**
 * Stage: money. Recognizes amounts of money (figures, Arabic number words, scales, currencies,
 * ranges, qualifiers) at a token of tokenized text.
 *
 * <p>Input: {@link khabar.normalize.TokenizedText} and a token position. Output: {@link
 * khabar.money.MoneyMatch} holding a {@link khabar.money.Money}.
 *
 * <p>May import: {@code util}, {@code normalize}, {@code extract}.
 */
package khabar.money;
