package khabar.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import khabar.normalize.ArabicLetters;
import khabar.normalize.NameKey;
import khabar.normalize.Proclitics;

/**
 * Arabic spellings of a gazetteer entry that the press uses but the entry does not list,
 * proposed by {@link SpellingGenerator} from the entry's English name and kept only when they
 * cannot create a false hit:
 *
 * <ol>
 *   <li><b>Source</b>: each listed Arabic name of the entry (its main spelling, aliases and short
 *       forms; never an ambiguous form) is paired with the span of English words of the same
 *       length whose {@link NameKey} it shares: ترامب with Trump, زوكربيرغ with Zuckerberg. Only
 *       spans of Latin words of at least {@link #MIN_LETTERS} letters that are not written all in
 *       capitals (an acronym is spelled letter by letter, not as a word) are spelled.
 *   <li><b>Same key</b>: a proposal is kept only when its NameKey is the listed spelling's, so
 *       it differs from it only by vowel letters, hamza and the usual alternations (ترمب، ترومب
 *       for ترامب; جوجل for غوغل). At most {@link #PER_NAME} per listed name, cheapest first.
 *   <li><b>Not a word</b>: no word of a proposal is a stop word or a cue word; a one-word
 *       proposal has at least {@link #MIN_ARABIC_LETTERS} letters (three-letter strings are too often
 *       words: امن, security, for Amon) and is no dictionary word, with or without a proclitic,
 *       nor the rest of a dictionary word that starts with a proclitic (فاجأت, surprised, is not
 *       ف + a spelling of AJet) ({@link khabar.normalize.ArabicWords}), nor such a word with a
 *       pronoun attached (بريده, his mail, is no Prada), nor the given name that opens a listed
 *       person's name (مارك is Mark, not Merck).
 *   <li><b>Not a proclitic and a word</b>: a one-word proposal that starts with و ف ب ك or ل keeps
 *       the listed spelling's first two letters (ويرد for وايرد would read و + يرد, "and responds").
 *   <li><b>Not someone else's</b>: a proposal that is already an alias of any kind (or a veto
 *       phrase), or that two entries both propose, is dropped for all of them.
 * </ol>
 *
 * <p>An entry that lists no Arabic name at all gets the {@link #UNLISTED} cheapest spellings of its
 * English name (Latin words of three letters or more, not an acronym), under the same guards.
 *
 * <p>A kept spelling has the kind of the listed name it came from (a surname's variant is a short
 * form like the surname) and is marked generated, so a listed name always beats it.
 */
final class GeneratedSpellings {

  static final int MIN_LETTERS = 3;
  static final int MIN_ARABIC_LETTERS = 4;
  static final int PER_NAME = 3;
  /** Spellings added for an entry that lists no Arabic name at all: the generator's cheapest. */
  static final int UNLISTED = 2;
  static final int CANDIDATES = 12;

  /** One kept spelling. */
  record Proposal(Entity entity, AliasKind kind, String[] terms) {}

  /** Pronouns attached to a noun (folded: ه ها هم هن ي ك كم نا), longest first. */
  private static final List<String> PRONOUNS =
      List.of("\u0647\u0627", "\u0647\u0645", "\u0647\u0646", "\u0643\u0645", "\u0646\u0627", "\u0647", "\u064A", "\u0643");

  private final SpellingGenerator generator;
  private final Predicate<String> functionWord;
  private final Predicate<String> ordinaryWord;

  /**
   * @param functionWord stop words and cue words: no word of a proposal may be one (الي غادسي
   *     would read "to Ghodsi")
   * @param ordinaryWord dictionary words: a one-word proposal may not be one (تماسك, ميته)
   */
  GeneratedSpellings(SpellingGenerator generator, Predicate<String> functionWord, Predicate<String> ordinaryWord) {
    this.generator = generator;
    this.functionWord = functionWord;
    this.ordinaryWord = ordinaryWord;
  }

  /**
   * The spellings to add for {@code entities}, given {@code taken}: whether a term sequence is
   * already an alias or veto phrase.
   */
  List<Proposal> propose(Iterable<Entity> entities, Predicate<String[]> taken) {
    Map<String, Proposal> byTerms = new LinkedHashMap<>();
    Map<String, Integer> owners = new HashMap<>();
    Set<String> givenNames = givenNames(entities);
    for (Entity e : entities) {
      for (Proposal p : forEntity(e)) {
        String key = String.join(" ", p.terms());
        if (taken.test(p.terms())) continue;
        if (p.terms().length == 1 && givenNames.contains(p.terms()[0])) continue; // مارك is Mark before it is Merck
        Proposal prev = byTerms.putIfAbsent(key, p);
        if (prev == null) owners.put(key, 1);
        else if (prev.entity() != e) owners.merge(key, 1, Integer::sum);
      }
    }
    List<Proposal> out = new ArrayList<>();
    for (Map.Entry<String, Proposal> en : byTerms.entrySet()) {
      if (owners.get(en.getKey()) == 1) out.add(en.getValue());
    }
    return out;
  }

  /**
   * The first words of the listed people's Arabic names of two words or more: given names (مارك،
   * بول), which a one-word spelling of a company must not be.
   */
  private static Set<String> givenNames(Iterable<Entity> entities) {
    Set<String> out = new java.util.HashSet<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      for (String name : names(e, AliasKind.NORMAL)) {
        String[] terms = GazetteerLoader.terms(name);
        if (terms.length >= 2 && isArabic(terms)) out.add(terms[0]);
      }
    }
    return out;
  }

  /** The proposals of one entry, before the checks against other entries. */
  List<Proposal> forEntity(Entity e) {
    String[] english = e.en().strip().split("\\s+");
    if (e.en().isBlank()) return List.of();
    List<Proposal> out = new ArrayList<>();
    Set<String> listed = new java.util.HashSet<>();
    for (AliasKind kind : List.of(AliasKind.NORMAL, AliasKind.SHORT)) {
      for (String name : names(e, kind)) listed.add(String.join(" ", GazetteerLoader.terms(name)));
    }
    boolean anyArabic = false;
    for (String name : names(e, AliasKind.NORMAL)) anyArabic |= name.chars().anyMatch(c -> khabar.normalize.Tokenizer.isArabicLetter((char) c));
    if (!anyArabic && spellable(english)) {
      int kept = 0;
      for (SpellingGenerator.Spelling s : generator.spell(e.en(), CANDIDATES)) {
        String[] v = GazetteerLoader.terms(s.arabic());
        if (!acceptable(v) || !listed.add(String.join(" ", v))) continue;
        out.add(new Proposal(e, AliasKind.NORMAL, v));
        if (++kept == UNLISTED) break;
      }
    }
    for (AliasKind kind : List.of(AliasKind.NORMAL, AliasKind.SHORT)) {
      for (String name : names(e, kind)) {
        String[] terms = GazetteerLoader.terms(name);
        if (terms.length == 0 || !isArabic(terms)) continue;
        String key = NameKey.of(String.join(" ", terms));
        if (key.replace(" ", "").length() < 2) continue;
        for (int from = 0; from + terms.length <= english.length; from++) {
          String[] span = Arrays.copyOfRange(english, from, from + terms.length);
          if (!spellable(span) || !NameKey.of(String.join(" ", span)).equals(key)) continue;
          int kept = 0;
          for (SpellingGenerator.Spelling s : generator.spell(String.join(" ", span), CANDIDATES)) {
            String[] v = GazetteerLoader.terms(s.arabic());
            String joined = String.join(" ", v);
            if (listed.contains(joined) || !NameKey.of(joined).equals(key) || !acceptable(v)
                || !sameStart(v, terms)) {
              continue;
            }
            listed.add(joined);
            out.add(new Proposal(e, kind, v));
            if (++kept == PER_NAME) break;
          }
        }
      }
    }
    return out;
  }

  private boolean acceptable(String[] v) {
    for (String w : v) {
      if (functionWord.test(w)) return false;
    }
    if (v.length > 1) return true;
    if (v[0].length() < MIN_ARABIC_LETTERS || ordinaryWord.test(v[0])) return false;
    for (String pronoun : PRONOUNS) { // بريده, his mail, is no spelling of Prada
      if (v[0].endsWith(pronoun) && ordinaryWord.test(v[0].substring(0, v[0].length() - pronoun.length()))) return false;
    }
    int[] cuts = new int[Proclitics.MAX_CUTS];
    int n = Proclitics.NAMES.lengths(v[0], 0, v[0].length(), cuts);
    for (int k = 0; k < n; k++) {
      if (ordinaryWord.test(v[0].substring(cuts[k]))) return false; // والدين: و + الدين
    }
    // the other way round: a word that is a proclitic and the proposal (فاجأت, surprised, would
    // read ف + اجأت, a spelling of AJet) makes the proposal a false hit wherever that word stands
    for (Proclitics.Form f : Proclitics.NAMES.forms()) {
      if (ordinaryWord.test(f.letters() + v[0])) return false;
    }
    return true;
  }

  /**
   * Whether a one-word variant starting with a proclitic letter (و ف ب ك ل) keeps the listed
   * spelling's first two letters: ويرد for وايرد would read و + يرد (and responds).
   */
  private static boolean sameStart(String[] variant, String[] listed) {
    if (variant.length != 1) return true;
    String v = variant[0];
    String l = listed[0];
    if (!Proclitics.NAMES.mayStart(v.charAt(0)) || v.charAt(0) == ArabicLetters.ALEF) return true;
    return v.length() >= 2 && l.length() >= 2 && v.regionMatches(0, l, 0, 2);
  }

  private static List<String> names(Entity e, AliasKind kind) {
    List<String> out = new ArrayList<>();
    if (kind == AliasKind.NORMAL) {
      if (!e.ar().isEmpty() && !e.ambiguous().contains(e.ar())) out.add(e.ar());
      out.addAll(e.aliases());
    } else {
      out.addAll(e.shortForms());
    }
    return out;
  }

  private static boolean spellable(String[] words) {
    for (String w : words) {
      if (w.length() < MIN_LETTERS || !w.matches("[A-Za-z]+") || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isArabic(String[] terms) {
    for (String t : terms) {
      for (int k = 0; k < t.length(); k++) {
        if (!khabar.normalize.Tokenizer.isArabicLetter(t.charAt(k))) return false;
      }
    }
    return true;
  }
}
