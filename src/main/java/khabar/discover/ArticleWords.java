package khabar.discover;

import java.util.HashMap;
import java.util.Map;
import khabar.normalize.NameKey;
import khabar.normalize.Tokenizer;

/**
 * The answers {@link CandidateFinder} needs about the folded words of one article, each computed
 * once: whether a word is common, listed, a verb, a given name (foreign, ambiguous), and its
 * candidate-key term. The rules ask the same questions of the same words at every token of a
 * walk (a surname is compared with every later word of the article), and a dictionary answer
 * costs several look-ups of inflected stems; here a repeated question is one hash look-up.
 *
 * <p>One instance per article and thread; the answers are exactly those of {@link CommonWords}
 * and {@link GivenNames}.
 */
final class ArticleWords {
  /** The fewest letters a {@link NameKey} of a word needs to stand for it in a candidate key. */
  static final int MIN_KEY = 3;

  private static final int COMMON = 1;
  private static final int LISTED = 1 << 1;
  private static final int VERB = 1 << 2;
  private static final int GIVEN = 1 << 3;
  private static final int FOREIGN = 1 << 4;
  private static final int AMBIGUOUS = 1 << 5;

  private final CommonWords common;
  private final GivenNames given;
  private final Map<String, Answers> words = new HashMap<>();

  ArticleWords(CommonWords common, GivenNames given) {
    this.common = common;
    this.given = given;
  }

  /** What was asked about one word: a bit per question in {@code asked}, its answer in {@code yes}. */
  private static final class Answers {
    int asked;
    int yes;
    String key;
  }

  /** {@link CommonWords#isCommon}. */
  boolean isCommon(String w) {
    return ask(w, COMMON);
  }

  /** {@link CommonWords#isListed}. */
  boolean isListed(String w) {
    return ask(w, LISTED);
  }

  /** {@link CommonWords#isVerb}. */
  boolean isVerb(String w) {
    return ask(w, VERB);
  }

  /** {@link GivenNames#contains}. */
  boolean isGiven(String w) {
    return ask(w, GIVEN);
  }

  /** {@link GivenNames#isForeign}. */
  boolean isForeign(String w) {
    return ask(w, FOREIGN);
  }

  /** {@link GivenNames#isAmbiguous}. */
  boolean isAmbiguousGiven(String w) {
    return ask(w, AMBIGUOUS);
  }

  /**
   * One term of a candidate key: for an Arabic word its {@link NameKey} when that has at least
   * {@link #MIN_KEY} letters and the word is no Arabic given name (جنسن and جينسن meet; سعد and
   * سعيد, أحمد and حامد stay apart), else the folded word; Latin words as folded (ishara).
   */
  String keyTerm(String term) {
    if (term.isEmpty() || !Tokenizer.isArabicLetter(term.charAt(0))) return term;
    Answers a = answers(term);
    if (a.key == null) {
      if (isGiven(term) && !isForeign(term)) {
        a.key = term;
      } else {
        String k = NameKey.of(term);
        a.key = k.length() >= MIN_KEY ? k : term;
      }
    }
    return a.key;
  }

  private boolean ask(String w, int question) {
    Answers a = answers(w);
    if ((a.asked & question) == 0) {
      if (compute(w, question)) a.yes |= question;
      a.asked |= question;
    }
    return (a.yes & question) != 0;
  }

  private Answers answers(String w) {
    Answers a = words.get(w);
    if (a == null) {
      a = new Answers();
      words.put(w, a);
    }
    return a;
  }

  private boolean compute(String w, int question) {
    return switch (question) {
      case COMMON -> common.isCommon(w);
      case LISTED -> common.isListed(w);
      case VERB -> common.isVerb(w);
      case GIVEN -> given.contains(w);
      case FOREIGN -> given.isForeign(w);
      case AMBIGUOUS -> given.isAmbiguous(w);
      default -> throw new IllegalArgumentException("no question " + question);
    };
  }
}
