package khabar.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import khabar.normalize.ArabicNormalizer;

/**
 * Proposes the Arabic spellings of a Latin name, ranked, from a table of rewrite rules ({@code
 * latin-arabic.tsv}): g → غ ج ق, v → ف, p → ب, ch → تش ش ك, vowel letters written or dropped,
 * -son → سون, -berg → بيرغ برغ, doubled letters written once, a final e silent, -ey/-y → ي …
 *
 * <ul>
 *   <li>A word is rewritten left to right. At each position the longest Latin sequence that has
 *       a rule whose place applies ({@code start}, {@code mid}, {@code end}, {@code any}, with
 *       {@code +v}: a vowel follows, {@code +c}: no vowel follows, {@code +e}: one consonant and a
 *       final e follow) is rewritten, by every one of
 *       its spellings; among rules of one length the first listed wins.
 *   <li>Each spelling has a cost; a candidate costs the sum of its choices. The cheapest {@link
 *       #BEAM} partial spellings are kept at each step, and the result is folded with {@link
 *       ArabicNormalizer} and deduplicated (ڤ and ف are one spelling after folding), cheapest
 *       first.
 *   <li>A name of several words is the product of its words' spellings, cheapest first.
 *   <li>Only Latin letters are rewritten: a word with a digit or any other character has no
 *       spelling.
 * </ul>
 */
public final class SpellingGenerator {

  /** Partial spellings kept per step. */
  static final int BEAM = 24;

  private static final String VOWELS = "aeiou";

  private record Rule(String latin, String where, List<String> spellings, List<Double> costs) {}

  /** One proposed spelling and its cost (lower is likelier). */
  public record Spelling(String arabic, double cost) {}

  private final Map<String, List<Rule>> rules;
  private final int longest;
  private final String text;

  private SpellingGenerator(Map<String, List<Rule>> rules, String text) {
    this.rules = rules;
    this.text = text;
    this.longest = rules.keySet().stream().mapToInt(String::length).max().orElse(1);
  }

  private static final SpellingGenerator DEFAULT = load();

  /** The generator with the project's rules. */
  public static SpellingGenerator standard() {
    return DEFAULT;
  }

  /** The rules of {@code text} (the format of {@code latin-arabic.tsv}); {@code source} names it in errors. */
  static SpellingGenerator parse(String text, String source) {
    Map<String, List<Rule>> rules = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    int ln = 0;
    for (String line : text.split("\n", -1)) {
      ln++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        errors.add(source + ":" + ln + ": expected 3 tab-separated columns, found " + cols.length);
        continue;
      }
      String latin = cols[0].strip();
      String where = cols[1].strip();
      if (!latin.matches("[a-z]+") || !where.matches("(any|start|mid|end)(\\+[vce])?")) {
        errors.add(source + ":" + ln + ": bad rule '" + latin + "' at '" + where + "'");
        continue;
      }
      List<String> spellings = new ArrayList<>();
      List<Double> costs = new ArrayList<>();
      double cost = 0;
      for (String s : cols[2].strip().split(" +")) {
        int colon = s.indexOf(':');
        String arabic = colon >= 0 ? s.substring(0, colon) : s;
        try {
          cost = colon >= 0 ? Double.parseDouble(s.substring(colon + 1)) : (spellings.isEmpty() ? 0 : cost + 1);
        } catch (NumberFormatException e) {
          errors.add(source + ":" + ln + ": bad cost in '" + s + "'");
          continue;
        }
        spellings.add(arabic.equals("-") ? "" : ArabicNormalizer.normalize(arabic).normalized());
        costs.add(cost);
      }
      rules.computeIfAbsent(latin, k -> new ArrayList<>()).add(new Rule(latin, where, spellings, costs));
    }
    if (!errors.isEmpty()) throw new IllegalArgumentException(String.join("\n", errors));
    return new SpellingGenerator(rules, text);
  }

  private static SpellingGenerator load() {
    String name = "latin-arabic.tsv";
    try (InputStream in = SpellingGenerator.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("resource khabar/tag/" + name + " is missing");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "khabar/tag/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read khabar/tag/" + name, e);
    }
  }

  /** The rule table as read, so that a gazetteer's version changes when the rules do. */
  String rulesText() {
    return text;
  }

  /** Up to {@code max} Arabic spellings of the Latin {@code name}, cheapest first; empty if it has none. */
  public List<Spelling> spell(String name, int max) {
    String[] words = name.toLowerCase(Locale.ROOT).strip().split("[\\s\\-]+");
    List<Spelling> out = List.of(new Spelling("", 0));
    for (String w : words) {
      if (w.isEmpty()) continue;
      List<Spelling> one = word(w, max);
      if (one.isEmpty()) return List.of();
      List<Spelling> next = new ArrayList<>();
      for (Spelling a : out) {
        for (Spelling b : one) next.add(new Spelling(a.arabic().isEmpty() ? b.arabic() : a.arabic() + " " + b.arabic(), a.cost() + b.cost()));
      }
      next.sort(Comparator.comparingDouble(Spelling::cost));
      out = next.size() > max ? next.subList(0, max) : next;
    }
    return out.size() == 1 && out.get(0).arabic().isEmpty() ? List.of() : List.copyOf(out);
  }

  /** The spellings of one lower-case word, cheapest first. */
  List<Spelling> word(String w, int max) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) < 'a' || w.charAt(k) > 'z') return List.of();
    }
    List<Spelling> beam = List.of(new Spelling("", 0));
    int i = 0;
    while (i < w.length()) {
      Rule best = null;
      for (int len = Math.min(longest, w.length() - i); len > 0 && best == null; len--) {
        List<Rule> rs = rules.get(w.substring(i, i + len));
        if (rs == null) continue;
        for (Rule r : rs) {
          if (applies(r, w, i)) {
            best = r;
            break;
          }
        }
      }
      if (best == null) return List.of();
      List<Spelling> next = new ArrayList<>(beam.size() * best.spellings().size());
      for (Spelling s : beam) {
        for (int k = 0; k < best.spellings().size(); k++) {
          next.add(new Spelling(s.arabic() + best.spellings().get(k), s.cost() + best.costs().get(k)));
        }
      }
      next.sort(Comparator.comparingDouble(Spelling::cost));
      beam = next.size() > BEAM ? next.subList(0, BEAM) : next;
      i += best.latin().length();
    }
    Map<String, Double> seen = new LinkedHashMap<>();
    for (Spelling s : beam) {
      String folded = ArabicNormalizer.normalize(s.arabic()).normalized();
      if (!folded.isEmpty()) seen.putIfAbsent(folded, s.cost());
    }
    List<Spelling> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : seen.entrySet()) {
      out.add(new Spelling(e.getKey(), e.getValue()));
      if (out.size() == max) break;
    }
    return out;
  }

  private static boolean applies(Rule r, String w, int i) {
    int end = i + r.latin().length();
    String where = r.where();
    int plus = where.indexOf('+');
    String place = plus >= 0 ? where.substring(0, plus) : where;
    boolean ok =
        switch (place) {
          case "start" -> i == 0;
          case "end" -> end == w.length();
          case "mid" -> i > 0 && end < w.length();
          default -> true;
        };
    if (!ok || plus < 0) return ok;
    boolean vowelNext = end < w.length() && VOWELS.indexOf(w.charAt(end)) >= 0;
    return switch (where.charAt(plus + 1)) {
      case 'v' -> vowelNext;
      case 'e' -> end + 2 == w.length() && !vowelNext && w.charAt(end + 1) == 'e';
      default -> !vowelNext;
    };
  }
}
