package khabar.tag;

/** How much an alias can be trusted on its own. */
public enum AliasKind {
  /** Always identifies the entity. */
  NORMAL,
  /** Also an ordinary word: needs a context cue or an unambiguous name in the same article. */
  AMBIGUOUS,
  /** A short form: needs a full name of the same entity in the same article. */
  SHORT
}
