package khabar.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import khabar.normalize.TokenizedText;
import khabar.tag.GazetteerException;
import khabar.tag.GazetteerLoader;
import khabar.util.Sha256;

/**
 * The given-name lexicon of {@code given-names.tsv}: Arabic spellings of given names across
 * languages, the words that open a person's name (محمد، ليلى، جيمس، ماسايوشي، وانغ).
 *
 * <ul>
 *   <li>A spelling may have two words (عبد الله، جان لوك); the longest one at a token wins.
 *   <li>A name that is also an ordinary word (أمل hope, سعيد happy, علي on) is <b>ambiguous</b>:
 *       the file gives the word's meaning in its third column.
 *   <li>A name whose origins include {@code arabic} is <b>Arabic</b>: the word after it must look
 *       like a surname (not a common word); after a foreign name any word that is no stop word,
 *       verb or definite word may be its surname (كوك، ماسك are nouns too).
 *   <li>A name whose origins include {@code chinese} or {@code korean} is a <b>family name first</b>
 *       (وانغ لي مينغ، بارك مين هو): the name alone later in the article is its first word.
 * </ul>
 *
 * <p>Strict: a malformed line fails the load with every problem listed by file and line.
 */
public final class GivenNames {
  /** The file name, beside the gazetteers. */
  public static final String FILE = "given-names.tsv";

  static final List<String> HEADER = List.of("spellings", "origin", "ordinary");

  /** One spelling: its normalized terms, whether it is also a word, whether it is Arabic. */
  record Name(List<String> terms, boolean ambiguous, boolean arabic, boolean familyFirst) {}

  /** A given name found at a token: how many tokens it covers and what it is. */
  record Match(int length, boolean ambiguous, boolean arabic, boolean familyFirst) {}

  /** The lexicon with no names: the given-name rule finds nothing. */
  public static final GivenNames NONE = new GivenNames(List.of(), "none");

  private final Map<String, List<Name>> byFirstTerm;
  private final String version;
  private final int size;

  GivenNames(List<Name> names, String version) {
    Map<String, List<Name>> m = new HashMap<>();
    for (Name n : names) m.computeIfAbsent(n.terms().get(0), k -> new ArrayList<>()).add(n);
    m.values().forEach(l -> l.sort((a, b) -> b.terms().size() - a.terms().size()));
    this.byFirstTerm = Map.copyOf(m);
    this.version = version;
    this.size = names.size();
  }

  /** Reads {@code file}; throws {@link GazetteerException} listing every bad line. */
  public static GivenNames load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read given names " + file, e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return parse(file.toString(), text.lines().toList(), Sha256.hex(bytes).substring(0, 12));
  }

  /** عبد and the article (folded), which a compound given name (عبد السلام) joins or not. */
  private static final String ABD = "\u0639\u0628\u062F";
  private static final String ARTICLE = "\u0627\u0644";

  static GivenNames parse(String where, List<String> lines, String version) {
    List<String> errors = new ArrayList<>();
    List<Name> names = new ArrayList<>();
    TsvRows.forEach(where, lines, HEADER, errors, (at, cols) -> {
      if (cols[1].isBlank()) {
        errors.add(at + "no origin (arabic, english, chinese, ...)");
        return;
      }
      List<String> origins = List.of(cols[1].strip().split("\\s*,\\s*"));
      boolean arabic = origins.contains("arabic");
      boolean familyFirst = origins.contains("chinese") || origins.contains("korean");
      boolean ambiguous = !cols[2].isBlank();
      for (String spelling : cols[0].split("\\|")) {
        String[] terms = GazetteerLoader.terms(spelling.strip());
        if (terms.length == 0 || terms.length > 2) {
          errors.add(at + "spelling '" + spelling + "' must have one or two words");
          continue;
        }
        names.add(new Name(List.of(terms), ambiguous, arabic, familyFirst));
        // عبد السلام is as often written عبدالسلام: the servant-of names are one word or two
        Name glued = new Name(List.of(terms[0] + (terms.length == 2 ? terms[1] : "")), ambiguous, arabic, familyFirst);
        if (terms.length == 2 && terms[0].equals(ABD) && terms[1].startsWith(ARTICLE) && !names.contains(glued)) {
          names.add(glued);
        }
      }
    });
    if (!errors.isEmpty()) throw new GazetteerException(errors);
    return new GivenNames(names, version);
  }

  /** The longest given name starting at token {@code i} whose first term is {@code first}, or null. */
  Match at(TokenizedText t, int i, String first) {
    return at(t, i, startingWith(first));
  }

  /** The first terms of the spellings. */
  java.util.Set<String> firstTerms() {
    return byFirstTerm.keySet();
  }

  /** The spellings whose first term is {@code first}, longest first. */
  List<Name> startingWith(String first) {
    return byFirstTerm.getOrDefault(first, List.of());
  }

  /** The longest of {@code names} ({@link #startingWith} the term at token {@code i}) that stands at token {@code i}, or null. */
  Match at(TokenizedText t, int i, List<Name> names) {
    for (Name n : names) {
      int k = 1;
      while (k < n.terms().size() && i + k < t.size() && t.gapBefore(i + k).joins()
          && t.term(i + k).equals(n.terms().get(k))) {
        k++;
      }
      if (k == n.terms().size()) return new Match(k, n.ambiguous(), n.arabic(), n.familyFirst());
    }
    return null;
  }

  /** Whether {@code term} alone is a given name (ambiguous or not). */
  boolean contains(String term) {
    return byFirstTerm.getOrDefault(term, List.of()).stream().anyMatch(n -> n.terms().size() == 1);
  }

  /** Whether {@code term} alone is a given name of a language other than Arabic. */
  boolean isForeign(String term) {
    return byFirstTerm.getOrDefault(term, List.of()).stream().anyMatch(n -> n.terms().size() == 1 && !n.arabic());
  }

  /** Whether {@code term} alone is a given name that is also an ordinary word. */
  boolean isAmbiguous(String term) {
    return byFirstTerm.getOrDefault(term, List.of()).stream().anyMatch(n -> n.terms().size() == 1 && n.ambiguous());
  }

  /** Number of spellings. */
  public int size() {
    return size;
  }

  /** Hash of the file's bytes. */
  public String version() {
    return version;
  }
}
