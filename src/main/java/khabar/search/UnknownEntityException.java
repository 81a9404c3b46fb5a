package khabar.search;

/** A name that no gazetteer entry has, in any spelling. */
public final class UnknownEntityException extends IllegalArgumentException {
  private final String name;

  public UnknownEntityException(String name) {
    super("no entity named '" + name.strip() + "' in the gazetteers");
    this.name = name;
  }

  public String name() {
    return name;
  }
}
