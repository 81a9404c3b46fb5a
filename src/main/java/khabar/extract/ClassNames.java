package khabar.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether an element's class or id has one of a set of words as a whole word: between the start,
 * the end, white space, {@code _} or {@code -} ({@code ad} but not {@code head}). Chrome, article
 * bodies and bylines are told by such names. The question is asked of every element of every page,
 * so plain strings that every matching name contains are tried before the pattern: a regex
 * selector over the whole page cost a tenth of the extraction.
 */
final class ClassNames {
  private final Pattern words;
  private final String[] stems;

  private ClassNames(Pattern words, String[] stems) {
    this.words = words;
    this.stems = stems;
  }

  /**
   * The names with one of {@code words} (a regex alternation: {@code comments?|ads?}); {@code
   * stems} are lower-case strings one of which every such name contains.
   */
  static ClassNames of(String words, String... stems) {
    return new ClassNames(Pattern.compile("(?i)(^|[\\s_-])(" + words + ")($|[\\s_-])"), stems);
  }

  /** Whether the class or the id of {@code e} has one of the words. */
  boolean has(Element e) {
    if (e.attributesSize() == 0) return false;
    return has(e.attr("class")) || has(e.id());
  }

  private boolean has(String value) {
    if (value.isEmpty()) return false;
    String v = value.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (v.contains(stem)) return words.matcher(value).find();
    }
    return false;
  }
}
