package khabar.discover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import khabar.tag.CandidateSource;
import khabar.tag.EntityType;
import khabar.tag.Evaluation;
import khabar.tag.GazetteerException;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;
import khabar.tag.Tagger;

/**
 * Measures candidates on a gold folder of articles ({@code *.txt}) whose names absent from the
 * gazetteers are listed in {@code annotations.tsv} (file, type, name; spellings of one entity
 * separated by '|'; optionally a fourth column, class: the form the name takes, as in the gold
 * set of docs/TAGGING.md — {@code given-name}, {@code title}, {@code quoted}, {@code hashtag}…;
 * {@code candidate} when empty or absent).
 *
 * <ul>
 *   <li><b>Unknown recall</b>: listed entities that at least one candidate of the same type names.
 *   <li><b>Candidate precision</b>: candidates whose normalized text is a listed spelling of the
 *       same type in that article, over all candidates.
 *   <li><b>Gazetteer matches unchanged</b>: the tagger with candidates must report every
 *       gazetteer and money mention it reports without them (it may add the surname of a
 *       gazetteer person named in full before).
 * </ul>
 */
public final class CandidateEval {
  public static final String ANNOTATIONS = "annotations.tsv";

  /** The class of an annotation without one. */
  static final String DEFAULT_CLASS = "candidate";

  /** One annotated entity: its type, the normalized keys of its spellings, and its class. */
  record Gold(String file, EntityType type, String name, Set<String> keys, String cls) {}

  /**
   * What a run measured.
   *
   * @param articles articles read
   * @param unknown annotated unknown entities
   * @param found unknown entities named by a candidate
   * @param candidates candidate mentions
   * @param correct candidates naming an annotated entity
   * @param known gazetteer and money mentions without candidates
   * @param knownChanged articles whose gazetteer and money mentions differ with candidates
   * @param misses unknown entities not found ({@code file TYPE name})
   * @param wrong candidates that name no annotated entity ({@code file TYPE text [cue]})
   * @param classes unknown entities and those found, per class and type
   */
  public record Result(
      int articles, int unknown, int found, int candidates, int correct, int known, int knownChanged,
      List<String> misses, List<String> wrong, List<Evaluation.ClassScore> classes) {
    public Result {
      misses = List.copyOf(misses);
      wrong = List.copyOf(wrong);
      classes = List.copyOf(classes);
    }

    public double recall() {
      return unknown == 0 ? 1 : (double) found / unknown;
    }

    public double precision() {
      return candidates == 0 ? 1 : (double) correct / candidates;
    }

    /** A few lines for people: the figures, then each miss and wrong candidate. */
    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT,
          "%d article(s): unknown recall %d/%d = %.3f; candidate precision %d/%d = %.3f; "
              + "%d gazetteer/money mention(s), changed in %d article(s)%n",
          articles, found, unknown, recall(), correct, candidates, precision(), known, knownChanged));
      for (Evaluation.ClassScore c : classes) {
        b.append(String.format(Locale.ROOT, "  class %-18s %-8s %3d/%-3d = %.3f%n", c.cls(), c.type(), c.found(), c.gold(), c.recall()));
      }
      misses.forEach(m -> b.append("  missed ").append(m).append('\n'));
      wrong.forEach(w -> b.append("  wrong  ").append(w).append('\n'));
      return b.toString();
    }
  }

  private CandidateEval() {}

  /** Tags every article of {@code dir} with {@code tagger} alone and with {@code candidates}. */
  public static Result evaluate(Path dir, Tagger tagger, CandidateSource candidates) throws IOException {
    Objects.requireNonNull(candidates, "candidates");
    Map<String, List<Gold>> gold = readAnnotations(dir.resolve(ANNOTATIONS));
    Tagger withCandidates = tagger.withCandidates(candidates);
    Map<String, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path p : s) files.put(p.getFileName().toString(), p);
    }
    for (String f : gold.keySet()) {
      if (!files.containsKey(f)) throw new IllegalArgumentException(dir.resolve(ANNOTATIONS) + ": no article " + f);
    }
    int unknown = 0, found = 0, candidateCount = 0, correct = 0, known = 0, knownChanged = 0;
    List<String> misses = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    Map<String, int[]> classes = new TreeMap<>();
    for (Map.Entry<String, Path> e : files.entrySet()) {
      String text = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      List<Mention> plain = tagger.tag(text);
      List<Mention> all = withCandidates.tag(text);
      known += plain.size();
      // candidates may add a gazetteer person's surname, never remove or change a gazetteer mention
      if (!all.containsAll(plain)) knownChanged++;
      List<Gold> entities = gold.getOrDefault(e.getKey(), List.of());
      List<Mention> cands = all.stream().filter(Mention::candidate).toList();
      for (Mention c : cands) {
        candidateCount++;
        if (entities.stream().anyMatch(g -> names(g, c))) correct++;
        else wrong.add(e.getKey() + " " + c.type() + " " + c.text() + " [" + c.cue() + "]");
      }
      for (Gold g : entities) {
        unknown++;
        int[] c = classes.computeIfAbsent(g.cls() + "\t" + g.type().name(), k -> new int[2]);
        c[0]++;
        if (cands.stream().anyMatch(m -> names(g, m))) {
          found++;
          c[1]++;
        } else {
          misses.add(e.getKey() + " " + g.type() + " " + g.name());
        }
      }
    }
    List<Evaluation.ClassScore> byClass = new ArrayList<>();
    classes.forEach((k, v) -> {
      String[] p = k.split("\t");
      byClass.add(new Evaluation.ClassScore(p[0], EntityType.valueOf(p[1]), v[0], v[1]));
    });
    return new Result(files.size(), unknown, found, candidateCount, correct, known, knownChanged, misses, wrong, byClass);
  }

  private static boolean names(Gold g, Mention c) {
    return g.type() == c.type() && g.keys().contains(key(c.text()));
  }

  /** The normalized terms of a name joined by '-', as candidate keys are built. */
  static String key(String name) {
    return String.join("-", GazetteerLoader.terms(name));
  }

  static Map<String, List<Gold>> readAnnotations(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, List<Gold>> out = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    boolean header = false;
    int columns = 3;
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (!header) {
        header = true;
        columns = cols.length;
        if (!List.of(cols).equals(List.of("file", "type", "name")) && !List.of(cols).equals(List.of("file", "type", "name", "class"))) {
          errors.add(file + ":" + ln + ": expected the header 'file\\ttype\\tname' or 'file\\ttype\\tname\\tclass'");
          break;
        }
        continue;
      }
      if ((cols.length != columns && !(columns == 4 && cols.length == 3)) || cols[0].isBlank() || cols[2].isBlank()) {
        errors.add(file + ":" + ln + ": expected file, type, name" + (columns == 4 ? " and class" : "") + ", tab-separated");
        continue;
      }
      String cls = cols.length == 4 && !cols[3].isBlank() ? cols[3].strip() : DEFAULT_CLASS;
      try {
        Set<String> keys =
            java.util.Arrays.stream(cols[2].split("\\|")).map(CandidateEval::key).collect(Collectors.toSet());
        out.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>())
            .add(new Gold(cols[0].strip(), EntityType.parse(cols[1]), cols[2].strip(), keys, cls));
      } catch (IllegalArgumentException e) {
        errors.add(file + ":" + ln + ": " + e.getMessage());
      }
    }
    if (!errors.isEmpty()) throw new GazetteerException(errors);
    return out;
  }
}
