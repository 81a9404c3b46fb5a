package khabar.discover;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import khabar.normalize.NameKey;
import khabar.normalize.Proclitics;
import khabar.normalize.Tokenizer;

/**
 * What the candidate rules know about a folded word, worked out once per word and kept for the
 * articles after: its dictionary classes ({@link CommonWords}), whether it is a given name
 * ({@link GivenNames}), a stop word or the first word of cues ({@link Patterns}), its key term
 * and the proclitics it may drop. The rules ask these questions at every token (a surname is
 * compared with every later word of its article), and one dictionary answer costs several
 * look-ups of inflected stems; with the answers kept, a word costs one look-up per article.
 *
 * <p>Thread-safe. The answers are exactly those of the sources; the store is bounded (emptied
 * when it holds {@link #MAX_WORDS} words), so a long run's rare words do not pile up.
 */
final class KnownWords {
  /** The fewest letters a {@link NameKey} of a word needs to stand for it in a candidate key. */
  static final int MIN_KEY = 3;
  /** Words kept; news text draws most of its tokens from far fewer distinct words. */
  static final int MAX_WORDS = 1 << 17;

  /**
   * The answers about one folded word.
   *
   * @param text the word
   * @param common {@link CommonWords#isCommon}
   * @param listed {@link CommonWords#isListed}
   * @param verb {@link CommonWords#isVerb}
   * @param particle {@link CommonWords#isParticle}
   * @param given {@link GivenNames#contains}
   * @param foreign {@link GivenNames#isForeign}
   * @param ambiguousGiven {@link GivenNames#isAmbiguous}
   * @param stop {@link Patterns#isStop}
   * @param cues {@link Patterns#cuesStartingWith}
   * @param names {@link GivenNames#startingWith}
   * @param key the term that stands for the word in a candidate key ({@link #keyTerm})
   * @param cuts the proclitic sequences it may drop, shortest first ({@link Proclitics#strippable})
   * @param stems the word without each of {@code cuts}, and what is known of it
   */
  record Word(
      String text, boolean common, boolean listed, boolean verb, boolean particle, boolean given, boolean foreign,
      boolean ambiguousGiven, boolean stop, List<CuePattern> cues, List<GivenNames.Name> names, String key,
      List<Proclitics.Form> cuts, List<Word> stems) {}

  private final CommonWords common;
  private final GivenNames givenNames;
  private final Patterns patterns;
  private final Proclitics proclitics;
  private final Map<String, Word> words = new ConcurrentHashMap<>();
  private final int capacity;

  KnownWords(CommonWords common, GivenNames givenNames, Patterns patterns, Proclitics proclitics) {
    this(common, givenNames, patterns, proclitics, MAX_WORDS);
  }

  /** As above, keeping at most {@code capacity} words. */
  KnownWords(CommonWords common, GivenNames givenNames, Patterns patterns, Proclitics proclitics, int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    this.capacity = capacity;
    this.common = common;
    this.givenNames = givenNames;
    this.patterns = patterns;
    this.proclitics = proclitics;
  }

  /** The answers about the folded word {@code w}. */
  Word word(String w) {
    Word a = words.get(w);
    if (a != null) return a;
    a = answer(w);
    if (words.size() >= capacity) words.clear();
    words.put(w, a);
    return a;
  }

  private Word answer(String w) {
    boolean given = givenNames.contains(w);
    boolean foreign = givenNames.isForeign(w);
    List<Proclitics.Form> cuts = proclitics.strippable(w);
    List<Word> stems = cuts.stream().map(f -> word(w.substring(f.length()))).toList();
    return new Word(w, common.isCommon(w), common.isListed(w), common.isVerb(w), common.isParticle(w), given, foreign,
        givenNames.isAmbiguous(w), patterns.isStop(w), patterns.cuesStartingWith(w), givenNames.startingWith(w), keyTerm(w, given, foreign),
        cuts, stems);
  }

  /**
   * One term of a candidate key: for an Arabic word its {@link NameKey} when that has at least
   * {@link #MIN_KEY} letters and the word is no Arabic given name (جنسن and جينسن meet; سعد and
   * سعيد, أحمد and حامد stay apart), else the folded word; Latin words as folded (ishara).
   */
  private static String keyTerm(String term, boolean given, boolean foreign) {
    if (term.isEmpty() || !Tokenizer.isArabicLetter(term.charAt(0))) return term;
    if (given && !foreign) return term;
    String k = NameKey.of(term);
    return k.length() >= MIN_KEY ? k : term;
  }

  /** Number of words kept now. */
  int size() {
    return words.size();
  }

  boolean isCommon(String w) {
    return word(w).common();
  }

  boolean isListed(String w) {
    return word(w).listed();
  }

  boolean isVerb(String w) {
    return word(w).verb();
  }

  boolean isParticle(String w) {
    return word(w).particle();
  }

  boolean isGiven(String w) {
    return word(w).given();
  }

  boolean isForeign(String w) {
    return word(w).foreign();
  }

  boolean isAmbiguousGiven(String w) {
    return word(w).ambiguousGiven();
  }

  boolean isStop(String w) {
    return word(w).stop();
  }

  List<CuePattern> cuesStartingWith(String w) {
    return word(w).cues();
  }

  String keyTerm(String w) {
    return word(w).key();
  }
}
