package khabar.tag;

import java.util.List;

/** A gazetteer that cannot be loaded; the message lists every problem with file and line. */
public final class GazetteerException extends RuntimeException {
  private final List<String> problems;

  public GazetteerException(List<String> problems) {
    super("gazetteer has " + problems.size() + " error(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
