package khabar.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;

/**
 * Multi-word phrases with a value, read from a tab-separated data file and matched over
 * tokens, longest first.
 *
 * <p>File format, UTF-8: blank lines and lines starting with {@code #} are ignored. A line
 * {@code @name = a|b|c} (no tab) defines a word class. Any other line is {@code phrase<TAB>column…}: the
 * phrase is words separated by spaces, each word either {@code @name} or alternatives {@code
 * a|b}; the phrase stands for every combination. Words are folded with {@link ArabicNormalizer}
 * when loaded and each must be exactly one token as the {@link Tokenizer} cuts it, so the file
 * is written in ordinary spelling (أميركي, إلى) and matches every spelling that folds alike.
 *
 * <p>Matching is over tokens whose gaps {@link khabar.normalize.Gap#joins() join}; a phrase's
 * first word may carry an attached proclitic ({@link Proclitics}), which the match reports as
 * {@link Hit#skip()} characters to leave out of the span.
 *
 * @param <V> the value a phrase maps to
 */
final class PhraseTable<V> {

  /** A phrase found over tokens {@code [start, end)}; {@code skip} proclitic characters lead. */
  record Hit<V>(V value, int start, int skip, int end) {}

  /**
   * Turns the columns after the phrase into a value, null to leave the line out of this table,
   * or throws IllegalArgumentException.
   */
  interface Parser<V> {
    V parse(String[] columns);
  }

  private record Entry<V>(String[] words, V value) {}

  private final Map<String, List<Entry<V>>> byFirst;

  private PhraseTable(Map<String, List<Entry<V>>> byFirst) {
    this.byFirst = byFirst;
  }

  /** Whether some phrase starts with the folded word {@code word}. */
  boolean startsWith(String word) {
    return byFirst.containsKey(word);
  }

  /** The longest phrase starting at token {@code i} (also after a proclitic), or null. */
  Hit<V> longest(TokenizedText t, int i) {
    String first = t.term(i);
    Hit<V> best = longestFrom(t, i, first, 0);
    for (int k = 0; k < Proclitics.count(); k++) {
      int p = Proclitics.at(first, k);
      if (p == 0) continue;
      Hit<V> stripped = longestFrom(t, i, first.substring(p), p);
      if (stripped != null && (best == null || stripped.end() > best.end())) best = stripped;
    }
    return best;
  }

  private Hit<V> longestFrom(TokenizedText t, int i, String first, int skip) {
    List<Entry<V>> entries = byFirst.get(first);
    if (entries == null) return null;
    for (Entry<V> e : entries) { // longest first
      if (matches(t, i, e.words())) return new Hit<>(e.value(), i, skip, i + e.words().length);
    }
    return null;
  }

  private static boolean matches(TokenizedText t, int i, String[] words) {
    if (i + words.length > t.size()) return false;
    for (int k = 1; k < words.length; k++) {
      if (!t.gapBefore(i + k).joins() || !t.term(i + k).equals(words[k])) return false;
    }
    return true;
  }

  /** Loads the table from a class-path resource next to this class. */
  static <V> PhraseTable<V> load(String resource, int columns, Parser<V> parser) {
    InputStream in = PhraseTable.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource khabar/money/" + resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, r.lines().toList(), columns, parser);
    } catch (IOException e) {
      throw new UncheckedIOException("reading khabar/money/" + resource, e);
    }
  }

  /**
   * Parses the lines of a table named {@code source}; {@code columns} counts the columns that
   * must follow the phrase (the parser may accept more). Errors name the source and line.
   */
  static <V> PhraseTable<V> parse(String source, List<String> lines, int columns, Parser<V> parser) {
    Map<String, List<String>> classes = new HashMap<>();
    Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      String where = source + ":" + (n + 1);
      if (line.isEmpty() || line.startsWith("#")) continue;
      try {
        if (line.startsWith("@") && line.indexOf('\t') < 0) {
          int eq = line.indexOf('=');
          if (eq < 0) throw new IllegalArgumentException("word class without '='");
          String name = line.substring(0, eq).strip();
          classes.put(name, words(line.substring(eq + 1).strip(), classes));
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < columns + 1) {
          throw new IllegalArgumentException(
              "expected at least " + (columns + 1) + " tab-separated columns, found " + cols.length);
        }
        V value = parser.parse(Arrays.copyOfRange(cols, 1, cols.length));
        if (value == null) continue;
        List<List<String>> slots = new ArrayList<>();
        for (String word : cols[0].strip().split(" +")) slots.add(words(word, classes));
        for (String[] phrase : combinations(slots)) {
          byFirst.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(new Entry<>(phrase, value));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage() + ": " + line, e);
      }
    }
    for (List<Entry<V>> l : byFirst.values()) {
      l.sort(Comparator.comparingInt((Entry<V> e) -> e.words().length).reversed());
    }
    return new PhraseTable<>(Map.copyOf(byFirst));
  }

  /** The folded alternatives of one word slot: {@code a|b|@class}. */
  private static List<String> words(String slot, Map<String, List<String>> classes) {
    List<String> out = new ArrayList<>();
    for (String alt : slot.split("\\|")) {
      alt = alt.strip();
      if (alt.startsWith("@")) {
        List<String> c = classes.get(alt);
        if (c == null) throw new IllegalArgumentException("undefined word class " + alt);
        out.addAll(c);
        continue;
      }
      TokenizedText t = Tokenizer.tokenize(alt);
      if (t.size() != 1) {
        throw new IllegalArgumentException("'" + alt + "' is " + t.size() + " tokens, not one word");
      }
      out.add(t.term(0));
    }
    return out;
  }

  private static List<String[]> combinations(List<List<String>> slots) {
    List<String[]> out = new ArrayList<>();
    out.add(new String[0]);
    for (List<String> slot : slots) {
      List<String[]> next = new ArrayList<>(out.size() * slot.size());
      for (String[] prefix : out) {
        for (String w : slot) {
          String[] p = Arrays.copyOf(prefix, prefix.length + 1);
          p[prefix.length] = w;
          next.add(p);
        }
      }
      out = next;
    }
    return out;
  }
}
