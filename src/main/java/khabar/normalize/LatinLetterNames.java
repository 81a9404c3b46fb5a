package khabar.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Arabic names of Latin letters as the press spells out codes and initialisms (إتش 20، إم آي
 * 308، جي بي 200، إل جي), in normalized form (hamza and madda folded to bare alef), the first of each
 * the most common. The gazetteer generates the spelled-out forms of chip codes from it, and discovery
 * recognises a spelled-out code with it, so a code with K is written and read the same way.
 *
 * <p>Where the two old copies disagreed: k is كي and كاي (both are printed; كي first, the common
 * one), and l, o, q, u, w, y, z and j, which only discovery had, are in: each has one settled
 * spelling. l is ال (إل جي), which is also the article: it is only ever read as a letter name as a
 * whole token before a number or another letter name, never stripped off a word.
 */
public final class LatinLetterNames {

  private static final Map<Character, List<String>> NAMES =
      Map.ofEntries(
          Map.entry('a', List.of("ايه", "اي")),
          Map.entry('b', List.of("بي")),
          Map.entry('c', List.of("سي")),
          Map.entry('d', List.of("دي")),
          Map.entry('e', List.of("اي")),
          Map.entry('f', List.of("اف")),
          Map.entry('g', List.of("جي")),
          Map.entry('h', List.of("اتش", "اش")),
          Map.entry('i', List.of("اي")),
          Map.entry('j', List.of("جاي", "جيه")),
          Map.entry('k', List.of("كي", "كاي")),
          Map.entry('l', List.of("ال")),
          Map.entry('m', List.of("ام")),
          Map.entry('n', List.of("ان")),
          Map.entry('o', List.of("او")),
          Map.entry('p', List.of("بي")),
          Map.entry('q', List.of("كيو")),
          Map.entry('r', List.of("ار")),
          Map.entry('s', List.of("اس")),
          Map.entry('t', List.of("تي")),
          Map.entry('u', List.of("يو")),
          Map.entry('v', List.of("في")),
          Map.entry('w', List.of("دبليو")),
          Map.entry('x', List.of("اكس")),
          Map.entry('y', List.of("واي")),
          Map.entry('z', List.of("زد", "زي")));

  private static final Set<String> ALL = all();

  private LatinLetterNames() {}

  /** The Arabic spellings of lower-case Latin letter {@code c}, most common first; empty if none. */
  public static List<String> of(char c) {
    return NAMES.getOrDefault(c, List.of());
  }

  /** Whether the normalized word {@code w} is the Arabic name of some Latin letter. */
  public static boolean isName(String w) {
    return ALL.contains(w);
  }

  private static Set<String> all() {
    Set<String> out = new HashSet<>();
    for (List<String> names : NAMES.values()) out.addAll(names);
    return Set.copyOf(out);
  }
}
