package khabar.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import khabar.util.WordMap;

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
 * first word may carry an attached proclitic ({@link Proclitics#MONEY}), which the match reports as
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

  /** A trie node: the value of the phrase ending here (or null) and the words that go on. */
  private static final class Node<V> {
    V value;
    final Map<String, Node<V>> next = new HashMap<>();
  }

  private final Node<V> root;
  /** The root's children, read by the range of a token without making a string of it. */
  private final WordMap<Node<V>> first;

  private PhraseTable(Node<V> root) {
    this.root = root;
    this.first = new WordMap<>(root.next);
  }

  /** The folded words that begin a phrase. */
  Set<String> firstWords() {
    return root.next.keySet();
  }

  /** Whether some phrase starts with the folded word {@code word}. */
  boolean startsWith(String word) {
    return root.next.containsKey(word);
  }

  /** The longest phrase starting at token {@code i} (also after a proclitic), or null. */
  Hit<V> longest(TokenizedText t, int i) {
    String s = t.text().normalized();
    int from = t.start(i);
    int to = t.end(i);
    Hit<V> best = longestFrom(t, i, first.get(s, from, to), 0);
    if (from == to || !Proclitics.MONEY.mayStart(s.charAt(from))) return best;
    int[] cuts = new int[Proclitics.MAX_CUTS]; // the proclitics the word starts with, shortest first
    int n = Proclitics.MONEY.lengths(s, from, to, cuts);
    for (int k = 0; k < n; k++) {
      Hit<V> stripped = longestFrom(t, i, first.get(s, from + cuts[k], to), cuts[k]);
      if (stripped != null && (best == null || stripped.end() > best.end())) best = stripped;
    }
    return best;
  }

  /** The longest phrase at token {@code i} reading its first word as {@code first}, or null. */
  Hit<V> longestAs(TokenizedText t, int i, String first) {
    return longestFrom(t, i, root.next.get(first), 0);
  }

  /** The longest phrase whose first word, at token {@code i}, leads to node {@code n} (null: none). */
  private Hit<V> longestFrom(TokenizedText t, int i, Node<V> n, int skip) {
    if (n == null) return null;
    V value = n.value;
    int end = i + 1;
    for (int j = i + 1; j < t.size() && !n.next.isEmpty() && t.gapBefore(j).joins(); j++) {
      n = n.next.get(t.term(j));
      if (n == null) break;
      if (n.value != null) {
        value = n.value;
        end = j + 1;
      }
    }
    return value == null ? null : new Hit<>(value, i, skip, end);
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
    Node<V> root = new Node<>();
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
          Node<V> node = root;
          for (String w : phrase) node = node.next.computeIfAbsent(w, k -> new Node<>());
          if (node.value != null && !node.value.equals(value)) {
            throw new IllegalArgumentException("'" + String.join(" ", phrase) + "' is already " + node.value);
          }
          node.value = value;
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return new PhraseTable<>(root);
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
