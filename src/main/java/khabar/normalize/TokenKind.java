package khabar.normalize;

/** What a token is made of; see {@link Tokenizer}. */
public enum TokenKind {
  ARABIC,
  LATIN,
  NUMBER,
  SYMBOL
}
