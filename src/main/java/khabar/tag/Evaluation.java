package khabar.tag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a tagger against a gold set, per type, in two ways:
 *
 * <ul>
 *   <li><b>exact</b>: a found mention counts when a gold mention has the same type, id, start and
 *       end;
 *   <li><b>overlap</b>: when a gold mention of the same type and id overlaps it (each gold mention
 *       is used once).
 * </ul>
 *
 * <p>Precision, recall and F1 are over the gold mentions whose entity is in the gazetteer (and
 * MONEY): that is what the tagger can be asked to find. Gold mentions of entities absent from the
 * gazetteer are counted apart ({@link Score#outside}) and give {@link Score#recallAll()}, the
 * recall a gazetteer alone reaches on all names. Candidate mentions are left out of these
 * scores, so they are the same with and without candidates. Only the types that occur in the gold
 * set are scored, so a gold set without money annotations does not penalise money found.
 *
 * <p>Two more views count every name, as a reader would:
 *
 * <ul>
 *   <li>{@link #all}: per type, exact spans, over all gold mentions and all mentions found; a
 *       candidate counts for a gold mention of an entity the gazetteer lacks (any id), a gazetteer
 *       mention for one with its id.
 *   <li>{@link #byClass}: the same matching per class of the gold mention (the {@code class} the
 *       annotator gave: hashtag, quoted, candidate…; else {@code known} when the gazetteer has the
 *       entity, {@code absent} when not) and type: how many were found. A false hit has no gold
 *       class: it is counted under {@code gazetteer} or {@code candidate}, by what produced it.
 * </ul>
 */
public final class Evaluation {

  /** Counts for one type under one matching rule. */
  public record Score(int truePositives, int falsePositives, int falseNegatives, int outside) {
    public double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Recall over all gold mentions, those of entities absent from the gazetteer included. */
    public double recallAll() {
      int gold = truePositives + falseNegatives + outside;
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    Score plus(Score o) {
      return new Score(
          truePositives + o.truePositives, falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives, outside + o.outside);
    }
  }

  /** A miss or a false hit, for the error listing. */
  public record Error(String article, boolean miss, EntityType type, String id, String text, int start, int end) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT, "%s %s %-7s %-22s %5d-%-5d %s", article, miss ? "MISS " : "FALSE", type, id, start, end, text);
    }
  }

  /** The class given to gold mentions without one whose entity the gazetteer has. */
  public static final String KNOWN = "known";
  /** The class given to gold mentions without one whose entity the gazetteer lacks. */
  public static final String ABSENT = "absent";

  /** Gold mentions of one class and type, and how many were found with their exact span. */
  public record ClassScore(String cls, EntityType type, int gold, int found) {
    public double recall() {
      return gold == 0 ? 1.0 : (double) found / gold;
    }
  }

  private final Map<EntityType, Score> exact = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Score> all = new EnumMap<>(EntityType.class);
  private final Map<String, int[]> classes = new java.util.TreeMap<>();
  private final Map<String, Integer> falseHits = new java.util.TreeMap<>();
  private final Map<EntityType, Score> overlap = new EnumMap<>(EntityType.class);
  private final List<Error> errors = new ArrayList<>();
  private final Set<EntityType> types;

  private Evaluation(Set<EntityType> types) {
    this.types = types;
    for (EntityType t : types) {
      exact.put(t, new Score(0, 0, 0, 0));
      overlap.put(t, new Score(0, 0, 0, 0));
      all.put(t, new Score(0, 0, 0, 0));
    }
  }

  /** Tags every gold article with {@code tagger} and scores the result. */
  public static Evaluation run(Tagger tagger, List<GoldArticle> gold) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (GoldArticle a : gold) {
      for (GoldArticle.Span s : a.mentions()) types.add(s.type());
    }
    Evaluation ev = new Evaluation(types);
    for (GoldArticle a : gold) ev.add(a, tagger.tag(a.text()), tagger.gazetteer());
    return ev;
  }

  private void add(GoldArticle a, List<Mention> found, Gazetteer g) {
    for (EntityType type : types) {
      List<GoldArticle.Span> inside = new ArrayList<>();
      int outside = 0;
      for (GoldArticle.Span s : a.mentions()) {
        if (s.type() != type) continue;
        if (type == EntityType.MONEY || g.entity(s.id()) != null) inside.add(s);
        else outside++;
      }
      List<Mention> predicted = found.stream().filter(m -> m.type() == type && !m.candidate()).toList();
      exact.merge(type, score(a, inside, predicted, outside, false, true), Score::plus);
      overlap.merge(type, score(a, inside, predicted, outside, true, false), Score::plus);
      addAll(a, type, found.stream().filter(m -> m.type() == type).toList(), g);
    }
  }

  /** Scores every gold mention of {@code type} against every mention found, by class. */
  private void addAll(GoldArticle a, EntityType type, List<Mention> predicted, Gazetteer g) {
    List<GoldArticle.Span> gold = a.mentions().stream().filter(s -> s.type() == type).toList();
    boolean[] used = new boolean[gold.size()];
    int tp =
        match(gold, predicted, used,
            (s, m) -> s.start() == m.start() && s.end() == m.end()
                && (m.candidate() ? type != EntityType.MONEY && g.entity(s.id()) == null : s.id().equals(m.id())),
            m -> falseHits.merge((m.candidate() ? "candidate " : "gazetteer ") + type, 1, Integer::sum));
    for (int k = 0; k < gold.size(); k++) {
      GoldArticle.Span s = gold.get(k);
      String cls = !s.cls().isEmpty() ? s.cls() : type == EntityType.MONEY || g.entity(s.id()) != null ? KNOWN : ABSENT;
      int[] c = classes.computeIfAbsent(cls + "\t" + type.name(), x -> new int[2]);
      c[0]++;
      if (used[k]) c[1]++;
    }
    all.merge(type, new Score(tp, predicted.size() - tp, gold.size() - tp, 0), Score::plus);
  }

  private Score score(
      GoldArticle a, List<GoldArticle.Span> gold, List<Mention> predicted, int outside, boolean loose, boolean log) {
    boolean[] used = new boolean[gold.size()];
    int tp =
        match(gold, predicted, used,
            (s, m) -> s.id().equals(m.id())
                && (loose ? s.overlaps(m.start(), m.end()) : s.start() == m.start() && s.end() == m.end()),
            m -> {
              if (log) errors.add(new Error(a.id(), false, m.type(), m.id(), m.text(), m.start(), m.end()));
            });
    int fp = predicted.size() - tp;
    int fn = 0;
    for (int k = 0; k < gold.size(); k++) {
      if (used[k]) continue;
      fn++;
      GoldArticle.Span s = gold.get(k);
      if (log) errors.add(new Error(a.id(), true, s.type(), s.id(), a.text().substring(s.start(), s.end()), s.start(), s.end()));
    }
    return new Score(tp, fp, fn, outside);
  }

  /**
   * Greedy one-to-one matching: each predicted mention takes the first unused gold span {@code
   * same} accepts, marking it in {@code used}; one that finds none is handed to {@code falseHit}.
   * Returns the number matched.
   */
  private static int match(
      List<GoldArticle.Span> gold, List<Mention> predicted, boolean[] used,
      java.util.function.BiPredicate<GoldArticle.Span, Mention> same, java.util.function.Consumer<Mention> falseHit) {
    int tp = 0;
    for (Mention m : predicted) {
      int hit = -1;
      for (int k = 0; k < gold.size() && hit < 0; k++) {
        if (!used[k] && same.test(gold.get(k), m)) hit = k;
      }
      if (hit >= 0) {
        used[hit] = true;
        tp++;
      } else {
        falseHit.accept(m);
      }
    }
    return tp;
  }

  /** The types scored: those that occur in the gold set, in enum order. */
  public Set<EntityType> types() {
    return types;
  }

  public Score exact(EntityType type) {
    return exact.get(type);
  }

  public Score overlap(EntityType type) {
    return overlap.get(type);
  }

  /** Every name of {@code type}, candidates included, exact spans (see the class comment). */
  public Score all(EntityType type) {
    return all.get(type);
  }

  /** The gold mentions per class and type and how many were found, by class then type. */
  public List<ClassScore> byClass() {
    List<ClassScore> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : classes.entrySet()) {
      String[] k = e.getKey().split("\t");
      out.add(new ClassScore(k[0], EntityType.valueOf(k[1]), e.getValue()[0], e.getValue()[1]));
    }
    return out;
  }

  /** False hits of the all-names view by what produced them ({@code candidate PERSON}, {@code gazetteer COMPANY}). */
  public Map<String, Integer> falseHits() {
    return java.util.Collections.unmodifiableMap(falseHits);
  }

  /** Misses and false hits under exact matching, in article order. */
  public List<Error> errors() {
    return List.copyOf(errors);
  }
}
