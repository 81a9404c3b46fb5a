package khabar.normalize;

/** What separates a token from the one before it. */
public enum Gap {
  /** Nothing: the tokens touch (آر1). */
  NONE,
  /** Only spaces. */
  SPACE,
  /** Spaces and joiners inside names: hyphen, dot, underscore, slash (GPT-4o, إيه.آي). */
  JOINER,
  /** Any other punctuation: a multi-word name never spans it. */
  BREAK;

  /** Whether a multi-word name may continue across this gap. */
  public boolean joins() {
    return this != BREAK;
  }
}
