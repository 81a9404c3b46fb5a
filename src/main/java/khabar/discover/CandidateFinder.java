package khabar.discover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import khabar.normalize.ArabicLetters;
import khabar.normalize.ArabicNormalizer;
import khabar.normalize.Gap;
import khabar.normalize.LatinLetterNames;
import khabar.normalize.NameKey;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import khabar.tag.CandidateSource;
import khabar.tag.Entity;
import khabar.tag.EntityType;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Mention;
import khabar.util.WordMap;

/**
 * Finds names that no gazetteer lists from the words around them, following the rules of {@code
 * patterns.tsv} ({@link Patterns}).
 *
 * <ol>
 *   <li>At each token not inside a known mention, a cue (شركة، الرئيس التنفيذي، رقائق، قال…),
 *       possibly with an attached و ف ب ل ك, announces a name of its type right after it. The name
 *       is taken by the cue's extents in order: quoted (“X” «X» "X" (X)), a capitalised Latin run,
 *       up to N Arabic words, or a chip model code (MI308, 910C, إتش 20). Cues marked {@code org}
 *       first step over an organisation (a known company, a company found before, or لشركة X،,
 *       which is reported too).
 *   <li>Arabic names end at a stop word, a nationality adjective (الصينية), punctuation, a word
 *       with an attached article (للذكاء) or a known name; company and chip names also at any word
 *       with ال, and their first word is never a nisba adjective in ية (شركة تقنية is no name). A cue
 *       with a definite article attached (للشركة) is a reference, not an introduction.
 *   <li>A capitalised Latin run ending with a suffix word (Capital, Technologies) is a company
 *       with or without a cue.
 *   <li>A given name of the lexicon ({@link GivenNames}: محمد، ليلى، جيمس، وانغ), possibly with
 *       و ف ب ل glued on, followed by a surname is a person without a cue. The surname is up to
 *       three words, joined by بن، أبو، آل… (the word after one of them is always taken); each is
 *       no stop word, verb, cue, word with an attached article or with و glued on, and after an
 *       Arabic given name no common word either (a definite surname is kept when its stem is no
 *       common word or it is a nisba in ي: القحطاني، الكتبي). A given name that is also a word
 *       (سعيد، أمل) needs a first surname word that is no common word; one that folds to a
 *       particle (آن = إن) never opens a name without a cue. Cues with the {@code given} extent
 *       (وزير، الرئيس) step over the office (الاقتصاد الإماراتي) to such a name, ambiguous or not.
 *   <li>Each name found is then also found where the article repeats it without a cue, in the
 *       same spelling or one with the same {@link NameKey} (هوانج after هوانغ), with or
 *       without a proclitic; the surname of a person named in full (a candidate or a gazetteer
 *       person) alone, later in the article, is that person.
 * </ol>
 *
 * <p>A name is refused or cut back ({@link Walk#accept}) so that it is never:
 *
 * <ul>
 *   <li>a name of a known entity of any type (a company read after a person cue: قال كريم،);
 *   <li>a word with a proclitic glued to a common word or a name (وتقنية، ومحمد → محمد);
 *   <li>ended by a verb (يقول), a feminine nisba adjective (الإماراتية) or a second definite
 *       common word (رامي الخطيب الجديد → رامي الخطيب) that merely follows it;
 *   <li>a person made only of common words or of one ambiguous given name;
 *   <li>a company or chip made only of common words (شركة رائدة) unless quoted, repeated in
 *       the article (شركة مدار … وتخطط مدار) or followed by an activity with لل (سنابل للاستثمار).
 * </ul>
 *
 * <p>Candidates never overlap known mentions or one another. Each has the key {@code
 * cand:TYPE:TERMS}: each normalized term of the name by its spelling-insensitive {@link NameKey}
 * (Arabic words that are no Arabic given name, when the key has three letters or more) or as it is,
 * joined by '-', so that spellings of one name share one key in every article and across
 * re-tagging; offsets are into the original text, quotes excluded.
 */
public final class CandidateFinder implements CandidateSource {

  /** Proclitics stripped from a cue word or a repeated name; those ending in ال make a cue definite. */
  private static final Proclitics PROCLITICS = Proclitics.CUES;

  private static final String ARTICLE = "ال";
  /** The folded feminine nisba ending ية: an adjective (صينية، تقنية), never a company's first word. */
  private static final String NISBA = "\u064A\u0647";

  /** Model codes: letters then digits (h20, mi308x) or digits then letters (910c). */
  private static final Pattern CODE = Pattern.compile("[a-z]{1,4}[0-9]{1,5}[a-z]{0,3}|[0-9]{2,5}[a-z]{1,2}");

  private static final Pattern LETTERS = Pattern.compile("[a-z]{1,3}");

  private static final String OPENING = "\"\u201C\u201E\u00AB(["; // " “ „ « ( [
  private static final String CLOSING = "\"\u201D\u201D\u00BB)]"; // " ” ” » ) ]

  private static final int MAX_QUOTED = 6;
  private static final int MAX_LATIN = 5;
  private static final int MIN_ECHO = 3;

  /** Letters that may be glued to a name as a single proclitic: و ف ب ل ك. */
  private static final String CLITIC_LETTERS =
      "" + ArabicLetters.WAW + ArabicLetters.FEH + ArabicLetters.BEH + ArabicLetters.LAM + ArabicLetters.KAF;

  /** لل: ل with the article, which opens an activity after a company's name (سنابل للاستثمار). */
  private static final String LAM_LAM = "" + ArabicLetters.LAM + ArabicLetters.LAM;

  /** Letters glued to a given name that are left out of the person's name: و ف ب ل. */
  /** عبد, which makes one name with the word after it (عبد الله). */
  private static final String ABD = "\u0639\u0628\u062F";

  private static final String NAME_CLITICS = "" + ArabicLetters.WAW + ArabicLetters.FEH + ArabicLetters.BEH + ArabicLetters.LAM;

  /** Words that join the parts of an Arabic name: بن، بنت، ابن، أبو، آل، ولد، عبد (folded). */
  private static final Set<String> CONNECTORS =
      Set.of("\u0628\u0646", "\u0628\u0646\u062A", "\u0627\u0628\u0646", "\u0627\u0628\u0648",
          "\u0627\u0644", "\u0648\u0644\u062F", "\u0639\u0628\u062F");

  private static final int MAX_SURNAME = 3;
  /** Verbs that open a byline at the start of its line (كتبت: منى الموجي), folded. */
  private static final Set<String> BYLINE_VERBS = Set.of("\u0643\u062A\u0628", "\u0643\u062A\u0628\u062A", "\u0628\u0642\u0644\u0645");
  /**
   * Endings of a sound feminine plural with a possessive pronoun (خدماتها، منتجاتهم، شركاتنا):
   * a noun with its owner, never a name. Not اته, which a folded ة also spells (شحاتة).
   */
  private static final List<String> PLURAL_POSSESSED = List.of(
      "\u0627\u062A\u0647\u0627", "\u0627\u062A\u0647\u0645", "\u0627\u062A\u0646\u0627", "\u0627\u062A\u0643\u0645");
  /** Keys shorter than this many letters, or of one word, are too common to tie a name to an entity. */
  private static final int MIN_LINK_KEY = 5;
  /** What separates the words of a listed name, as {@link NameKey} splits them. */
  private static final Pattern NAME_WORDS = Pattern.compile("[\\s\\-_.\u00B7]+");
  private static final int MAX_OFFICE = 4;
  private static final String GIVEN_CUE = "PERSON given name";
  private static final String SURNAME_CUE = "PERSON surname";
  private static final String BYLINE_CUE = "PERSON byline";
  private static final String ROLE_CUE = "PERSON role after";
  /** The most words of a quoted name that a role after it makes a person. */
  private static final int MAX_QUOTED_NAME = 3;

  private final Patterns patterns;
  private final GivenNames given;
  private final CommonWords common;
  private final Gazetteer gazetteer;
  private final KnownWords lexicon;
  /** The first terms of cues and of given names: a token that is none of them, nor one after a proclitic, opens no name. */
  private final WordMap<Boolean> cueWords;
  private final WordMap<Boolean> givenWords;
  /**
   * The listed entities by the {@link NameKey} of a name of two words or more (its English and
   * Arabic names and aliases), per type; "" where two entities share a key.
   */
  private final Map<EntityType, Map<String, String>> byKey;
  /** The companies and chips by the dotless skeleton of each Arabic name ({@link #skeleton}); "" where two share one. */
  private final Map<String, String> bySkeleton;
  /** The listed companies and chips by the key of a one-word Arabic name ({@link #wordKeys}). */
  private final Map<EntityType, Map<String, String>> byWordKey;

  /** A finder with cue rules alone: no given names, no check against the gazetteers. */
  public CandidateFinder(Patterns patterns) {
    this(patterns, GivenNames.NONE, CommonWords.standard(), null);
  }

  /**
   * A finder with the cue rules, the given-name lexicon and the common words; a candidate is never
   * a name of {@code gazetteer} (null: no such check).
   */
  public CandidateFinder(Patterns patterns, GivenNames given, CommonWords common, Gazetteer gazetteer) {
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.given = Objects.requireNonNull(given, "given");
    this.common = Objects.requireNonNull(common, "common");
    this.gazetteer = gazetteer;
    this.lexicon = new KnownWords(common, given, patterns, PROCLITICS);
    this.cueWords = WordMap.of(patterns.cueFirstTerms());
    this.givenWords = WordMap.of(given.firstTerms());
    this.byKey = gazetteer == null ? Map.of() : keys(gazetteer);
    this.byWordKey = gazetteer == null ? Map.of() : wordKeys(gazetteer);
    this.bySkeleton = gazetteer == null ? Map.of() : skeletons(gazetteer);
  }

  /** Letters that a dot or two tell apart, each mapped to the first of its group (ب ت ث ن ي؛ ج ح خ؛ ...). */
  private static final String[] DOTTED = {
    "\u0628\u062A\u062B\u0646\u064A", "\u062C\u062D\u062E", "\u062F\u0630", "\u0631\u0632",
    "\u0633\u0634", "\u0635\u0636", "\u0637\u0638", "\u0639\u063A", "\u0641\u0642"
  };
  /** Names of fewer letters than this share their skeleton with too many words. */
  private static final int MIN_SKELETON = 5;

  /**
   * The dotless skeleton (rasm) of folded Arabic text: letters that differ only by their dots
   * become one (سامسونع and سامسونغ → one skeleton). A dropped or misplaced dot is the commonest
   * typo in Arabic text, and the press makes it in names it does not know well.
   */
  static String skeleton(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int k = 0; k < folded.length(); k++) {
      char c = folded.charAt(k);
      for (String group : DOTTED) {
        if (group.indexOf(c) >= 0) {
          c = group.charAt(0);
          break;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** The names an entity is linked by: its aliases, English and Arabic names. */
  private static List<String> names(Entity e) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.en());
    names.add(e.ar());
    return names;
  }

  /** Records that {@code key} names entity {@code id}; a key that two entities share names neither (""). */
  private static void claim(Map<String, String> byKey, String key, String id) {
    byKey.merge(key, id, (a, b) -> a.equals(b) ? a : "");
  }

  private static Map<String, String> skeletons(Gazetteer gazetteer) {
    Map<String, String> out = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.PERSON) continue;
      for (String name : names(e)) {
        String folded = ArabicNormalizer.normalize(name).normalized().strip();
        if (folded.isEmpty() || !folded.chars().allMatch(c -> c == ' ' || Tokenizer.isArabicLetter((char) c))) continue;
        if (folded.replace(" ", "").length() < MIN_SKELETON) continue;
        claim(out, e.type() + " " + skeleton(folded), e.id());
      }
    }
    return out;
  }

  private static Map<EntityType, Map<String, String>> keys(Gazetteer gazetteer) {
    Map<EntityType, Map<String, String>> out = new java.util.EnumMap<>(EntityType.class);
    for (Entity e : gazetteer.entities()) {
      Map<String, String> keys = out.computeIfAbsent(e.type(), x -> new HashMap<>());
      for (String name : names(e)) {
        String k = NameKey.of(name);
        // every word must count: George W. Bush keys as George Bush (w is a vowel), who may be his father
        if (linkable(k) && k.split(" ").length == NAME_WORDS.split(name.strip()).length) claim(keys, k, e.id());
      }
    }
    return out;
  }

  /**
   * The listed companies and chips by the {@link NameKey#word} key of a name of one word (English or
   * Arabic name, alias), of {@link #MIN_LINK_KEY} letters or more; "" where two entities share a
   * key. A person's one word is a surname, whose keys collide far more often: not here.
   */
  private static Map<EntityType, Map<String, String>> wordKeys(Gazetteer gazetteer) {
    Map<EntityType, Map<String, String>> out = new java.util.EnumMap<>(EntityType.class);
    for (Entity e : gazetteer.entities()) {
      if (e.type() != EntityType.COMPANY && e.type() != EntityType.CHIP) continue;
      Map<String, String> keys = out.computeIfAbsent(e.type(), x -> new HashMap<>());
      for (String name : names(e)) {
        String k = NameKey.word(name);
        if (k.length() >= MIN_LINK_KEY) claim(keys, k, e.id());
      }
    }
    return out;
  }

  /** Whether key {@code k} is of two words or more, each of two letters or more, and long enough in all. */
  private static boolean linkable(String k) {
    String[] words = k.split(" ");
    if (words.length < 2 || k.length() - (words.length - 1) < MIN_LINK_KEY) return false;
    for (String w : words) if (w.length() < 2) return false;
    return true;
  }

  /**
   * A finder with the rules of {@code patterns.tsv} and {@code given-names.tsv} (when present) in
   * {@code gazetteerDir}, checking candidates against the gazetteers there.
   */
  public static CandidateFinder load(Path gazetteerDir) {
    return load(gazetteerDir, GazetteerLoader.load(gazetteerDir));
  }

  /** As {@link #load(Path)}, with the gazetteers already loaded. */
  public static CandidateFinder load(Path gazetteerDir, Gazetteer gazetteer) {
    Path names = gazetteerDir.resolve(GivenNames.FILE);
    return new CandidateFinder(
        Patterns.load(gazetteerDir.resolve(Patterns.FILE)),
        Files.isRegularFile(names) ? GivenNames.load(names) : GivenNames.NONE,
        CommonWords.standard(),
        gazetteer);
  }

  @Override
  public String version() {
    return patterns.version() + "." + given.version() + "." + common.size();
  }

  /** The candidate mentions of {@code text}, given the mentions already {@code known} there. */
  public List<Mention> find(String text, List<Mention> known) {
    return find(Tokenizer.tokenize(text), known);
  }

  @Override
  public List<Mention> find(TokenizedText text, List<Mention> known) {
    return new Walk(text, known).run();
  }

  /**
   * A name found: tokens {@code [from, to)}, {@code skip} characters of proclitic at its start;
   * {@code key} the candidate key (null: built from the tokens), {@code link} the gazetteer person
   * whose surname it is (null for candidates).
   */
  private record Found(
      EntityType type, int from, int to, int skip, String cue, boolean quoted, String key, Mention link) {
    Found(EntityType type, int from, int to, int skip, String cue, boolean quoted) {
      this(type, from, to, skip, cue, quoted, null, null);
    }

    Found span(int from, int to, int skip) {
      return new Found(type, from, to, skip, cue, quoted, key, link);
    }
  }

  /** The state of one article's walk. */
  private final class Walk {
    private final TokenizedText t;
    private final Mention[] known;
    private final boolean[] taken;
    private final List<Found> found = new ArrayList<>();
    /**
     * What is known of each token's term and of its stems, and the given name it opens, taken
     * once: the rules ask at every token (the terms themselves are kept by the TokenizedText).
     */
    private final KnownWords.Word[] words;
    private final GivenNames.Match[] givenNames;
    private final boolean[] givenAsked;
    /** Room for a token's proclitic cuts, reused from token to token. */
    private final int[] cuts = new int[Proclitics.MAX_CUTS];

    Walk(TokenizedText t, List<Mention> mentions) {
      this.t = t;
      this.known = new Mention[t.size()];
      this.taken = new boolean[t.size()];
      this.words = new KnownWords.Word[t.size()];
      this.givenNames = new GivenNames.Match[t.size()];
      this.givenAsked = new boolean[t.size()];
      List<Mention> sorted = new ArrayList<>(mentions);
      sorted.sort(Comparator.comparingInt(Mention::start));
      int m = 0;
      for (int i = 0; i < t.size(); i++) {
        int s = t.originalStart(i);
        int e = t.originalEnd(i);
        while (m < sorted.size() && sorted.get(m).end() <= s) m++;
        if (m < sorted.size() && sorted.get(m).overlaps(s, e)) known[i] = sorted.get(m);
      }
    }

    List<Mention> run() {
      for (int i = 0; i < t.size(); i++) {
        if (busy(i)) continue;
        int end = cueAt(i, null);
        if (end < 0) end = suffixed(i);
        if (end < 0) end = byline(i);
        if (end < 0) end = writtenBy(i);
        if (end < 0) end = quotedBeforeRole(i);
        if (end < 0) end = personAt(i);
        if (end > i) i = end - 1;
      }
      echo();
      surnames();
      samePeople();
      dropLoneCommonNames();
      String original = t.text().original();
      List<Mention> out = new ArrayList<>(found.size());
      found.sort(Comparator.comparingInt(Found::from));
      for (Found f : found) {
        int s = t.text().originalStart(t.start(f.from) + f.skip);
        int e = t.originalEnd(f.to - 1);
        String text = original.substring(s, e);
        Entity listed = f.link == null ? listedByKey(f) : null;
        if (listed == null && f.link == null) listed = listedBySkeleton(f);
        if (f.link != null) {
          out.add(new Mention(f.link.type(), f.link.id(), f.link.name(), f.link.nameAr(), text, s, e, null));
        } else if (listed != null) {
          out.add(Mention.entity(listed, text, s, e));
        } else {
          out.add(Mention.candidate(f.type, key(f), text, s, e, f.cue));
        }
      }
      return out;
    }

    /**
     * The listed entity of {@code f}'s type whose name of as many words has {@code f}'s key, when
     * one alone has it: another transliteration of a listed name (ساتيا نادالا for ساتيا ناديلا، صن
     * ميكروسيستمس for صن مايكروسيستمز) is that entity, not a new one. Arabic names only, of two
     * words or more: a short key is shared by too many names; or one word for a company or a chip
     * (شركة سامسنج for سامسونج), by its key with doubled classes kept ({@link #wordKeys}). Never a name opening with an Arabic
     * given name (written in Arabic, not transliterated: سليمان is not سلمان), nor a person's opening
     * with a Chinese or Korean family name (their syllables collide: تشونغ مونغ).
     */
    private Entity listedByKey(Found f) {
      if (t.kind(f.from) != TokenKind.ARABIC) return null;
      if (f.to - f.from == 1) {
        String id = byWordKey.getOrDefault(f.type, Map.of()).get(NameKey.word(t.term(f.from).substring(f.skip)));
        return id == null || id.isEmpty() ? null : gazetteer.entity(id);
      }
      GivenNames.Match first = givenAt(f.from, f.skip);
      if (first != null && (first.arabic() || (first.familyFirst() && f.type == EntityType.PERSON))) return null;
      StringBuilder name = new StringBuilder();
      for (int k = f.from; k < f.to; k++) {
        if (t.kind(k) != TokenKind.ARABIC) return null;
        if (k > f.from) name.append(' ');
        name.append(k == f.from ? t.term(k).substring(f.skip) : t.term(k));
      }
      String key = NameKey.of(name.toString());
      if (!linkable(key)) return null;
      String id = byKey.getOrDefault(f.type, Map.of()).get(key);
      return id == null || id.isEmpty() ? null : gazetteer.entity(id);
    }

    /**
     * The listed company or chip whose Arabic name has {@code f}'s dotless skeleton when one alone
     * has it: a name with a dot dropped or misplaced (سامسونع for سامسونغ) is that entity, not a
     * new one. Never a common word, and only for names of {@link #MIN_SKELETON} letters or more.
     */
    private Entity listedBySkeleton(Found f) {
      if (f.type == EntityType.PERSON) return null;
      StringBuilder name = new StringBuilder();
      for (int k = f.from; k < f.to; k++) {
        if (t.kind(k) != TokenKind.ARABIC) return null;
        String w = k == f.from ? t.term(k).substring(f.skip) : t.term(k);
        if (lexicon.isCommon(w)) return null;
        if (k > f.from) name.append(' ');
        name.append(w);
      }
      if (name.length() - (f.to - f.from - 1) < MIN_SKELETON) return null;
      String id = bySkeleton.get(f.type + " " + skeleton(name.toString()));
      return id == null || id.isEmpty() ? null : gazetteer.entity(id);
    }

    private boolean busy(int i) {
      return known[i] != null || taken[i];
    }

    /** What is known of token {@code k}'s term. */
    private KnownWords.Word word(int k) {
      KnownWords.Word w = words[k];
      if (w == null) words[k] = w = lexicon.word(t.term(k));
      return w;
    }

    /** The proclitic sequences token {@code k} may drop ({@link Proclitics#strippable}). */
    private List<Proclitics.Form> strippable(int k) {
      return word(k).cuts();
    }

    /** Token {@code k} without each of its {@link #strippable} sequences, in their order. */
    private List<KnownWords.Word> stems(int k) {
      return word(k).stems();
    }

    /**
     * Tries the cues starting at token {@code i} (of {@code only} type when given); on a match
     * records the names and returns the token after the last one, else -1.
     */
    private int cueAt(int i, EntityType only) {
      if (!mayStartCue(i)) return -1;
      List<Proclitics.Form> cuts = t.kind(i) == TokenKind.ARABIC ? strippable(i) : List.of();
      for (int p = cuts.size(); p >= 0; p--) {
        Proclitics.Form cut = p < cuts.size() ? cuts.get(p) : null;
        boolean definite = cut != null && cut.definite();
        for (CuePattern c : (cut == null ? word(i) : stems(i).get(p)).cues()) {
          if (only != null && c.type() != only) continue;
          if (definite && !c.cue().get(0).startsWith(ARTICLE)) continue;
          int j = afterCue(i, c);
          if (j < 0) continue;
          int end = name(c, j);
          if (end > 0) return end;
        }
      }
      return -1;
    }

    /**
     * Whether a cue may start at token {@code i}: it is the first word of a cue as written or
     * after a proclitic. Read in place, so that most tokens cost one look-up in a small table.
     */
    private boolean mayStartCue(int i) {
      String s = t.text().normalized();
      int from = t.start(i);
      int to = t.end(i);
      if (cueWords.contains(s, from, to)) return true;
      if (t.kind(i) != TokenKind.ARABIC) return false;
      int n = PROCLITICS.lengths(s, from, to, cuts);
      for (int k = 0; k < n; k++) {
        if (cueWords.contains(s, from + cuts[k], to)) return true;
      }
      return false;
    }

    /** The token after cue {@code c} starting at {@code i}, or -1 when its other words are not there. */
    private int afterCue(int i, CuePattern c) {
      for (int k = 1; k < c.cue().size(); k++) {
        int j = i + k;
        if (j >= t.size() || busy(j) || !t.gapBefore(j).joins() || !t.term(j).equals(c.cue().get(k))) return -1;
      }
      return i + c.cue().size();
    }

    /** Takes the name of cue {@code c} at token {@code j}; returns the token after it, or -1. */
    private int name(CuePattern c, int j) {
      int before = found.size();
      int start = c.org() ? skipOrganisation(j) : j;
      if (start < t.size() && !busy(start) && (start == j || t.gapBefore(start) != Gap.NONE)) {
        for (Extent x : c.extents()) {
          int from = x == Extent.GIVEN ? afterOffice(start) : start;
          int end =
              switch (x) {
                case QUOTED -> quoted(start);
                case LATIN -> latin(start);
                case ARABIC -> arabic(start, c.arabicWords(), c.type());
                case CODE -> code(start);
                case GIVEN -> titled(from);
              };
          if (end <= from) continue;
          if (c.comma() && !punctuationAfter(end - 1)) continue;
          if (c.org() && c.type() == EntityType.PERSON && x == Extent.ARABIC && end - from == 1
              && givenAt(from, 0) == null) {
            // مؤسس راكوتن: one unknown word after a role is its organisation, not a person; after
            // the organisation (الرئيسة التنفيذية للشركة، دافعت) it is the verb of the sentence
            continue;
          }
          Found f = accept(new Found(c.type(), from, end, 0, c.label(), x == Extent.QUOTED));
          if (f == null) continue;
          add(f);
          return f.to;
        }
      }
      return found.size() > before ? start : -1;
    }

    /**
     * Steps over an organisation between a role and a name: a known company (لإنفيديا), a company
     * cue with its name (لشركة X), or a definite reference (للشركة), and a comma after it.
     */
    private int skipOrganisation(int j) {
      int k = j;
      if (k < t.size() && known[k] != null && known[k].type() == EntityType.COMPANY) {
        Mention m = known[k];
        while (k < t.size() && known[k] == m) k++;
      } else if (k < t.size() && !busy(k)) {
        int end = foundCompanyAt(k);
        if (end < 0) end = cueAt(k, EntityType.COMPANY);
        if (end < 0) end = suffixed(k);
        if (end > k) k = end;
        else if (isCompanyReference(k)) k++;
      }
      return k;
    }

    /** The token after a company found earlier that recurs at {@code k} (لقسط), or -1. */
    private int foundCompanyAt(int k) {
      for (Found f : found) {
        int n = f.to - f.from;
        if (f.type == EntityType.COMPANY && k + n <= t.size() && echoAt(f, k, n) >= 0) {
          add(new Found(f.type, k, k + n, echoAt(f, k, n), f.cue, false, key(f), null));
          return k + n;
        }
      }
      return -1;
    }

    /** A company cue word standing alone (للشركة، لشركة إنفيديا handled above). */
    private boolean isCompanyReference(int k) {
      String term = t.term(k);
      if (isCompanyCue(term) || (term.startsWith(ARTICLE) && isCompanyCue(term.substring(ARTICLE.length())))) return true;
      for (Proclitics.Form p : strippable(k)) {
        if (isCompanyCue(term.substring(p.length()))) return true;
      }
      return false;
    }

    private boolean isCompanyCue(String term) {
      return lexicon.cuesStartingWith(term).stream().anyMatch(c -> c.type() == EntityType.COMPANY && c.cue().size() == 1);
    }

    private void add(Found f) {
      found.add(f);
      for (int k = f.from; k < f.to; k++) taken[k] = true;
    }

    /** Tokens of a name in quotes whose opening quote is just before {@code j}; the token after. */
    private int quoted(int j) {
      String before = gapText(j).strip();
      if (before.isEmpty()) return -1;
      int q = OPENING.indexOf(before.charAt(before.length() - 1));
      if (q < 0) return -1;
      char close = CLOSING.charAt(q);
      for (int k = j; k < t.size() && k < j + MAX_QUOTED; k++) {
        if (busy(k)) return -1;
        String after = k + 1 < t.size() ? gapText(k + 1) : t.text().normalized().substring(t.end(k));
        if (after.indexOf(close) >= 0) return k + 1;
        if (k + 1 < t.size() && !t.gapBefore(k + 1).joins()) return -1;
      }
      return -1;
    }

    /** A capitalised Latin run from {@code j}, with codes and numbers after its first word. */
    private int latin(int j) {
      if (t.kind(j) != TokenKind.LATIN || !capitalised(j)) return -1;
      int k = j + 1;
      while (k < t.size() && k < j + MAX_LATIN && !busy(k)) {
        Gap g = t.gapBefore(k);
        if (g != Gap.SPACE && g != Gap.JOINER) break;
        boolean word = t.kind(k) == TokenKind.LATIN && (capitalised(k) || CODE.matcher(t.term(k)).matches());
        if (!word && t.kind(k) != TokenKind.NUMBER) break;
        k++;
      }
      return k;
    }

    private boolean capitalised(int i) {
      return Character.isUpperCase(t.text().original().charAt(t.originalStart(i)));
    }

    /** Up to {@code max} Arabic words of a name of {@code type} from {@code j}. */
    private int arabic(int j, int max, EntityType type) {
      int k = j;
      while (k < t.size() && k < j + max) {
        if (t.kind(k) != TokenKind.ARABIC || busy(k)) break;
        if (k > j && t.gapBefore(k) != Gap.SPACE) break;
        String w = t.term(k);
        if (type == EntityType.PERSON && k > j && lexicon.isStop(w) && lexicon.isForeign(w) && markAfter(k)) {
          k++; // a family-first name may end with a syllable that is also a word: بارك مين هو،
          break;
        }
        if (w.length() < 2 || lexicon.isStop(w) || (w.charAt(0) == ArabicLetters.WAW && lexicon.isStop(w.substring(1)))) break;
        if (k > j && looksLikeVerb(w)) break;
        if (attachedArticle(w) || (k > j && !lexicon.cuesStartingWith(w).isEmpty())) break;
        if (w.startsWith(ARTICLE) && (k == j || type != EntityType.PERSON)) break;
        if (k == j && type != EntityType.PERSON && w.endsWith(NISBA)) break;
        k++;
      }
      return k;
    }

    /** A chip model code at {@code j}: h20, 910c, mi 308, or Arabic letter names and a number. */
    private int code(int j) {
      if (t.kind(j) == TokenKind.LATIN) {
        if (CODE.matcher(t.term(j)).matches()) return j + 1;
        if (LETTERS.matcher(t.term(j)).matches() && j + 1 < t.size() && t.kind(j + 1) == TokenKind.NUMBER
            && t.gapBefore(j + 1).joins()) {
          return j + 2;
        }
        return -1;
      }
      int k = j;
      while (k < t.size() && k < j + 3 && t.kind(k) == TokenKind.ARABIC && LatinLetterNames.isName(t.term(k))) k++;
      if (k == j || k >= t.size() || t.kind(k) != TokenKind.NUMBER || !t.gapBefore(k).joins()) return -1;
      return k + 1;
    }

    /** A capitalised Latin run at {@code i} ending with a suffix word (Ishara Capital). */
    private int suffixed(int i) {
      if (t.kind(i) != TokenKind.LATIN || (i > 0 && t.kind(i - 1) == TokenKind.LATIN && t.gapBefore(i).joins())) {
        return -1;
      }
      int end = latin(i);
      for (int k = end - 1; k > i; k--) {
        EntityType type = patterns.suffixType(t.term(k));
        if (type != null) {
          Found f = accept(new Found(type, i, k + 1, 0, type + " suffix " + t.term(k), false));
          if (f == null) return -1;
          add(f);
          return f.to;
        }
      }
      return -1;
    }

    /** Finds again, without a cue, each name already found (also with a proclitic attached). */
    private void echo() {
      List<Found> names = List.copyOf(found);
      for (Found f : names) {
        int n = f.to - f.from;
        if (n == 1 && t.length(f.from) < MIN_ECHO) continue;
        for (int i = 0; i + n <= t.size(); i++) {
          int skip = echoAt(f, i, n);
          if (skip >= 0) add(new Found(f.type, i, i + n, skip, f.cue, false, key(f), f.link));
        }
      }
    }

    /** The proclitic length at which name {@code f} recurs at token {@code i}, or -1. */
    private int echoAt(Found f, int i, int n) {
      for (int k = 0; k < n; k++) {
        if (busy(i + k) || (k > 0 && !t.gapBefore(i + k).joins())) return -1;
        if (k > 0 && !sameSpelling(t.term(i + k), t.term(f.from + k))) return -1;
      }
      if (i + n < t.size() && t.gapBefore(i + n) == Gap.NONE) return -1;
      String name = t.term(f.from).substring(f.skip);
      return spelledAt(i, name, spellingKey(name), 2);
    }

    /**
     * How many proclitic letters token {@code i} has before a spelling of {@code name} ({@link
     * #sameSpelling}), as written (0) or after a sequence that leaves at least {@code minStem}
     * letters; -1 when it is no spelling of it.
     */
    private int spelledAt(int i, String name, String nameKey, int minStem) {
      if (spells(word(i), name, nameKey)) return 0;
      if (t.kind(i) != TokenKind.ARABIC) return -1;
      List<Proclitics.Form> forms = strippable(i);
      List<KnownWords.Word> s = stems(i);
      for (int k = 0; k < s.size(); k++) {
        if (s.get(k).text().length() >= minStem && spells(s.get(k), name, nameKey)) return forms.get(k).length();
      }
      return -1;
    }

    /**
     * The key {@link #sameSpelling} compares {@code name} by, or null when it is a common word
     * (then only the same letters spell it).
     */
    private String spellingKey(String name) {
      return lexicon.isCommon(name) ? null : keyTerm(name);
    }

    /** {@link #sameSpelling}{@code (a, name)}, {@code nameKey} from {@link #spellingKey}. */
    private static boolean spells(KnownWords.Word a, String name, String nameKey) {
      if (a.text().equals(name)) return true;
      return nameKey != null && a.text().length() >= 3 && !a.common() && a.key().equals(nameKey) && !a.key().equals(a.text());
    }

    private boolean punctuationAfter(int k) {
      String after = k + 1 < t.size() ? gapText(k + 1) : t.text().normalized().substring(t.end(k));
      return !after.isBlank() || k + 1 == t.size();
    }

    /** Whether a punctuation mark follows token {@code k} (the end of the text is none). */
    private boolean markAfter(int k) {
      String after = k + 1 < t.size() ? gapText(k + 1) : t.text().normalized().substring(t.end(k));
      return !after.isBlank();
    }

    /** The normalized characters between token {@code k - 1} and token {@code k}. */
    private String gapText(int k) {
      return t.text().normalized().substring(k == 0 ? 0 : t.end(k - 1), t.start(k));
    }

    private String key(Found f) {
      if (f.key != null) return f.key;
      StringBuilder b = new StringBuilder(f.type.name().toLowerCase(java.util.Locale.ROOT)).append(':');
      for (int k = f.from; k < f.to; k++) {
        if (k > f.from) b.append('-');
        b.append(keyTerm(k == f.from ? t.term(k).substring(f.skip) : t.term(k)));
      }
      return b.toString();
    }

    private String keyTerm(String term) {
      return lexicon.keyTerm(term);
    }

    /** Two folded terms that spell one name: equal, or equal keys when neither is a common word. */
    private boolean sameSpelling(String a, String b) {
      if (a.equals(b)) return true;
      return a.length() >= 3 && !lexicon.isCommon(a) && !lexicon.isCommon(b) && keyTerm(a).equals(keyTerm(b))
          && !keyTerm(a).equals(a);
    }



    private boolean isVerb(String w) {
      return lexicon.isVerb(w) && !lexicon.isGiven(w);
    }

    /** Whether {@code w} is an ordinary word: common and no given name. */
    private boolean isWord(String w) {
      return lexicon.isCommon(w) && !lexicon.isGiven(w);
    }

    /** The given name at token {@code i} after {@code skip} letters; one that is also a particle (آن = إن) is ambiguous. */
    private GivenNames.Match givenAt(int i, int skip) {
      if (skip == 0) {
        if (!givenAsked[i]) {
          givenNames[i] = givenAt(i, t.term(i), word(i).names());
          givenAsked[i] = true;
        }
        return givenNames[i];
      }
      String first = t.term(i).substring(skip);
      return givenAt(i, first, given.startingWith(first));
    }

    private GivenNames.Match givenAt(int i, String first, List<GivenNames.Name> names) {
      GivenNames.Match m = given.at(t, i, names);
      if (m == null || m.ambiguous() || m.length() > 1 || !lexicon.isParticle(first)) return m;
      return new GivenNames.Match(m.length(), true, m.arabic(), m.familyFirst());
    }

    /**
     * A person opening with a given name at {@code i} (possibly with one proclitic letter glued:
     * ومحمد), without a cue; records it and returns the token after it, or -1.
     */
    private int personAt(int i) {
      if (t.kind(i) != TokenKind.ARABIC || !mayOpenName(i)) return -1;
      int skip = 0;
      GivenNames.Match m = givenAt(i, 0);
      String term = t.term(i);
      // و ف ب ل glued to a given name (ومحمد), never to a word that is one as written (كيان is no ك + يان)
      if (m == null && term.length() >= 4 && NAME_CLITICS.indexOf(term.charAt(0)) >= 0 && !lexicon.isGiven(term)
          && !lexicon.isListed(term)) {
        skip = 1;
        m = givenAt(i, 1);
      }
      if (m == null || i + m.length() > t.size()) return -1;
      if (m.ambiguous() && m.length() == 1 && lexicon.isParticle(term.substring(skip))) return -1;
      for (int k = i + 1; k < i + m.length(); k++) if (busy(k)) return -1;
      int after = i + m.length();
      // after a list, but not before an ordinary definite word (حسن الأداء), read as everywhere else
      boolean listed = inListOfPeople(i, skip) && !(after < t.size() && definiteWord(t.term(after)));
      int end = surname(after, m.arabic(), m.ambiguous(), listed);
      // an item of the list closed by the next comma: its one surname may have a verb's letters (فرانسوا فيت،)
      if (listed && end == after && after < t.size() && !busy(after) && t.kind(after) == TokenKind.ARABIC
          && t.gapBefore(after) == Gap.SPACE && markAfter(after) && !lexicon.isStop(t.term(after)) && !isCue(t.term(after))) {
        end = after + 1;
      }
      if (end <= i + m.length()) return -1;
      int s0 = i + m.length();
      boolean doubtful = onlyWords(s0, end, 0) || t.term(s0).charAt(0) == ArabicLetters.WAW; // ordinary words; و + a word
      if (!m.arabic() && doubtful && !boundaryAt(end)) return -1;
      Found f = accept(new Found(EntityType.PERSON, i, end, skip, GIVEN_CUE, false));
      if (f == null) return -1;
      add(f);
      return f.to;
    }

    /**
     * Whether a name may end before token {@code k}: the end of the text, punctuation, a stop word,
     * a verb or a cue. A foreign given name before an ordinary word (بول تقييد قدرة، سيلفي عمدة
     * روما) or a word that opens with و (جون واتسون إن; not وغركم بالله) is a name only when the
     * phrase stops there, as ماسك does in إيلون ماسك، or in تيم كوك في.
     */
    private boolean boundaryAt(int k) {
      if (k >= t.size() || markAfter(k - 1) || t.kind(k) != TokenKind.ARABIC) return true;
      String w = t.term(k);
      String stem = w.length() > 3 && (w.charAt(0) == ArabicLetters.WAW || w.charAt(0) == ArabicLetters.FEH) ? w.substring(1) : w;
      return lexicon.isStop(w) || lexicon.isStop(stem) || isVerb(w) || isCue(w);
    }

    /**
     * Whether a given name at {@code i} ({@code skip} letters of و glued on) continues a list of
     * people: a person found or listed ends right before it, and a comma or that و joins them
     * (بكل من إبراهيم بوداود، حسن رشاد، وعبد القادر معمر). The list is the evidence, as an
     * office is: the surname may be a word (رشاد، معمر).
     */
    private boolean inListOfPeople(int i, int skip) {
      if (i == 0) return false;
      boolean comma = originalGap(i).strip().matches("[\u060C,]");
      boolean and = skip == 1 && t.term(i).charAt(0) == ArabicLetters.WAW && t.gapBefore(i) == Gap.SPACE;
      if (!comma && !and) return false;
      if (known[i - 1] != null) return known[i - 1].type() == EntityType.PERSON;
      for (Found f : found) if (f.type == EntityType.PERSON && f.to == i) return true;
      return false;
    }

    /** Whether {@code w} is an ordinary word with the article (الأداء): a phrase, not a surname after a list. */
    private boolean definiteWord(String w) {
      return w.startsWith(ARTICLE) && lexicon.isCommon(w);
    }

    /**
     * A byline that opens its line with a verb of writing (كتب، كتبت، بقلم), perhaps a colon,
     * then a given name and one or two more words, ending the line or at a colon (كتبت: جهاد
     * شعبان؛ كتبت منى الموجي:). As for {@link #byline}, the form is the evidence, so a given name
     * or a surname that is also a word counts. Records it and returns the token after it, or -1.
     */
    private int writtenBy(int i) {
      if (t.kind(i) != TokenKind.ARABIC || !BYLINE_VERBS.contains(t.term(i)) || !lineStart(i)) return -1;
      int j = i + 1;
      if (j >= t.size() || busy(j) || t.kind(j) != TokenKind.ARABIC) return -1;
      GivenNames.Match m = givenAt(j, 0);
      if (m == null) return -1;
      int k = j + m.length();
      while (k < t.size() && k < j + m.length() + 2 && !busy(k) && t.kind(k) == TokenKind.ARABIC
          && t.gapBefore(k) == Gap.SPACE && originalGap(k).indexOf('\n') < 0
          && (namePart(t.term(k)) || lexicon.isGiven(t.term(k)))) {
        k++;
      }
      if (k == j + m.length()) return -1;
      if (k < t.size()) {
        String gap = originalGap(k);
        if (gap.indexOf('\n') < 0 && !gap.strip().equals(":")) return -1;
      }
      Found f = accept(new Found(EntityType.PERSON, j, k, 0, BYLINE_CUE, false));
      if (f == null || f.to != k) return -1;
      add(f);
      return k;
    }

    /**
     * A byline: a line that opens with a given name and one or two more words, then a dash and
     * the place or the desk, or a bar and the date (صقر خالد – جدة، بدر الجبل- سبق- تبوك، داود علي
     * | منذ ٣ أشهر). The form is the evidence, so
     * a given name that is also a word (بدر، صقر) and a surname that is one (الجبل) count there.
     * Records it and returns the token after it, or -1.
     */
    private int byline(int i) {
      if (t.kind(i) != TokenKind.ARABIC || !lineStart(i)) return -1;
      GivenNames.Match m = givenAt(i, 0);
      if (m == null || (m.length() == 1 && lexicon.isParticle(t.term(i)))) return -1;
      int k = i + m.length();
      // a given name that folds to a particle (علي، على) is a name here: the form is the evidence
      while (k < t.size() && k < i + m.length() + 2 && !busy(k) && t.kind(k) == TokenKind.ARABIC
          && t.gapBefore(k) == Gap.SPACE && (namePart(t.term(k)) || lexicon.isGiven(t.term(k)))) {
        k++;
      }
      if (k == i + m.length() || k >= t.size() || !dashBefore(k)) return -1;
      Found f = accept(new Found(EntityType.PERSON, i, k, 0, BYLINE_CUE, false));
      if (f == null || f.to != k) return -1;
      add(f);
      return k;
    }

    /**
     * A name in quotes, then a comma and the person's role (“روميت شاه”، المحلل في شركة X):
     * the role in apposition is the evidence, after the name instead of before it. The comma is
     * needed: without it the quotes are as often a quotation before the subject of its verb
     * (وصفها «خطوة كبيرة» الرئيس التنفيذي). The role is a cue of a person that names an
     * organisation or a definite noun of office that is no title before a given name (المحلل،
     * المدير التنفيذي, not الرئيس). Up to three words, none a stop word or with an attached
     * article. Records it and returns the token after it, or -1.
     */
    private int quotedBeforeRole(int i) {
      int end = quoted(i);
      if (end < 0 || end - i > MAX_QUOTED_NAME || end >= t.size() || busy(end)) return -1;
      for (int k = i; k < end; k++) {
        if (lexicon.isStop(t.term(k)) || attachedArticle(t.term(k)) || t.term(k).startsWith(ARTICLE)) return -1;
      }
      String between = gapText(end).replaceAll("\\s", "");
      if (between.length() != 2 || !isCloseQuote(between.charAt(0)) || "\u060C,".indexOf(between.charAt(1)) < 0) {
        return -1;
      }
      if (!roleAt(end)) return -1;
      Found f = accept(new Found(EntityType.PERSON, i, end, 0, ROLE_CUE, true));
      if (f == null) return -1;
      add(f);
      return end;
    }

    private boolean isCloseQuote(char c) {
      return CLOSING.indexOf(c) >= 0;
    }

    /** Whether a role of a person starts at token {@code k} (see {@link #quotedBeforeRole}). */
    private boolean roleAt(int k) {
      if (t.kind(k) != TokenKind.ARABIC) return false;
      List<Proclitics.Form> cuts = strippable(k);
      for (int p = cuts.size(); p >= 0; p--) {
        for (CuePattern c : (p == cuts.size() ? word(k) : stems(k).get(p)).cues()) {
          if (c.type() != EntityType.PERSON || afterCue(k, c) < 0) continue;
          if (c.org() || (c.cue().get(0).startsWith(ARTICLE) && !c.extents().contains(Extent.GIVEN))) return true;
        }
      }
      return false;
    }

    /** The original text between token {@code k - 1} and token {@code k}. */
    private String originalGap(int k) {
      int from = t.originalEnd(k - 1);
      int to = t.text().originalStart(t.start(k));
      return from > to ? "" : t.text().original().substring(from, to); // two words of one character's expansion (ﷺ)
    }

    /** Whether token {@code i} opens a line of the original text. */
    private boolean lineStart(int i) {
      if (i == 0) return t.text().original().substring(0, t.text().originalStart(t.start(0))).isBlank();
      String gap = originalGap(i);
      return gap.indexOf('\n') >= 0 && gap.isBlank();
    }

    /**
     * Whether a dash (- – —) or a bar (|, as web pages set a byline before its date) stands
     * between token {@code k - 1} and token {@code k}.
     */
    private boolean dashBefore(int k) {
      String gap = originalGap(k).strip();
      return gap.length() == 1 && "-\u2013\u2014|".indexOf(gap.charAt(0)) >= 0;
    }

    /** Whether a given name may start at token {@code i}, as written or after one of و ف ب ل (read in place). */
    private boolean mayOpenName(int i) {
      String s = t.text().normalized();
      int from = t.start(i);
      int to = t.end(i);
      return givenWords.contains(s, from, to)
          || (to - from >= 4 && NAME_CLITICS.indexOf(s.charAt(from)) >= 0 && givenWords.contains(s, from + 1, to));
    }

    /** After a title cue and its office at {@code p}: the token after a person named there, or -1. */
    private int titled(int p) {
      if (p >= t.size() || busy(p) || t.kind(p) != TokenKind.ARABIC) return -1;
      GivenNames.Match m = givenAt(p, 0);
      if (m == null || (m.length() == 1 && lexicon.isParticle(t.term(p)))) return -1; // وزير الاقتصاد إن
      int end = surname(p + m.length(), m.arabic(), false, true);
      return end > p + m.length() ? end : -1;
    }

    /** The token after up to {@link #MAX_OFFICE} definite words naming an office (الاقتصاد الإماراتي). */
    private int afterOffice(int j) {
      int k = j;
      while (k < t.size() && k < j + MAX_OFFICE && !busy(k) && t.kind(k) == TokenKind.ARABIC
          && (k == j || t.gapBefore(k) == Gap.SPACE)) {
        String w = t.term(k);
        String stem = w.startsWith(ArabicLetters.WAW + ARTICLE) ? w.substring(1) : w;
        if (!stem.startsWith(ARTICLE) || stem.length() < 4) break;
        k++;
      }
      return k;
    }

    /**
     * The surname after a given name ending at {@code j}: the token after it ({@code j} when there
     * is none). {@code arabic}: the given name is Arabic, so a common word is no surname (a
     * definite nisba is: الكتبي); {@code strict}: the given name is also a word, so its first
     * surname word must be no common word and no Arabic given name; {@code titled}: an office
     * comes before (وزير المالية محمد الجدعان), so the first surname word may be any name part.
     */
    private int surname(int j, boolean arabic, boolean strict, boolean titled) {
      int k = j;
      int words = 0;
      boolean joined = false;
      while (k < t.size() && words < MAX_SURNAME) {
        if (t.kind(k) != TokenKind.ARABIC || busy(k) || t.gapBefore(k) != Gap.SPACE) break;
        String w = t.term(k);
        if (CONNECTORS.contains(w) && k + 1 < t.size() && !joined) {
          k++;
          joined = true;
          continue;
        }
        if (w.equals(ABD) && k + 1 < t.size() && t.gapBefore(k + 1) == Gap.SPACE && namePart(t.term(k + 1))) {
          k++; // بن عبد الله: عبد and its word are one name
        }
        boolean ok = joined || (titled && k == j) ? namePart(w)
            : surnameWord(w, k == j ? arabic : true, strict && k == j, k == j) || fatherName(k, strict && k == j);
        if (!ok) {
          // a family-first name may end with a syllable that is also a word: بارك مين هو،
          if (k > j && !joined && lexicon.isForeign(w) && markAfter(k)) k++;
          break;
        }
        joined = false;
        words++;
        k++;
      }
      while (k > j && CONNECTORS.contains(t.term(k - 1))) k--;
      return k;
    }

    /**
     * Whether token {@code k} is a father's name inside a chain of names (أحمد صالح قنديل، محمد
     * عمر باعبود): an Arabic given name that is also a word counts when a family name that is no
     * common word follows it, which the word reading would not explain.
     */
    private boolean fatherName(int k, boolean strict) {
      String w = t.term(k);
      if (strict || !lexicon.isGiven(w) || lexicon.isForeign(w) || k + 1 >= t.size() || busy(k + 1)) return false;
      if (t.kind(k + 1) != TokenKind.ARABIC || t.gapBefore(k + 1) != Gap.SPACE) return false;
      String next = t.term(k + 1);
      return !lexicon.isCommon(next) && !lexicon.isGiven(next) && surnameWord(next, true, false, false);
    }

    /**
     * Whether {@code w} is و glued to a name or a word (وميليندا، والشركة): a second name or the
     * next phrase, never part of this name. A given name or a listed word that starts with و
     * (وليد، وهبة) is not; after a foreign given name ({@code foreign}) neither is a word whose
     * rest is neither a name nor a word: the و of a transliterated W (جون واتسون).
     */
    private boolean conjoined(String w, boolean foreign) {
      if (w.length() < 4 || w.charAt(0) != ArabicLetters.WAW || lexicon.isGiven(w) || lexicon.isListed(w)) return false;
      if (!foreign) return true;
      String rest = w.substring(1);
      return lexicon.isGiven(rest) || lexicon.isCommon(rest) || knownName(rest) || rest.startsWith(ARTICLE);
    }

    /** A word after بن، أبو، آل: any word that is no stop word, verb, cue or word with an article attached. */
    private boolean namePart(String w) {
      return w.length() >= 2 && !conjoined(w, false) && !lexicon.isStop(w) && !attachedArticle(w)
          && lexicon.cuesStartingWith(w).isEmpty() && !looksLikeVerb(w);
    }

    private boolean surnameWord(String w, boolean arabic, boolean strict, boolean first) {
      for (String end : PLURAL_POSSESSED) if (w.length() > end.length() + 1 && w.endsWith(end)) return false;
      if (w.length() < 2 || lexicon.isStop(w) || (w.charAt(0) == ArabicLetters.WAW && lexicon.isStop(w.substring(1)))) return false;
      if (conjoined(w, first && !arabic)) return false;
      if (attachedArticle(w) || isCue(w)) return false;
      if (first && !arabic ? looksLikeVerb(w) : isVerb(w)) return false;
      if (strict && lexicon.isCommon(w)) return false;
      boolean word = lexicon.isAmbiguousGiven(w) && lexicon.isCommon(w); // بان، أمل: read as the word
      if (lexicon.isGiven(w) && !word) return !strict || lexicon.isForeign(w);
      if (w.startsWith(ARTICLE)) {
        if (w.length() <= 3 || w.endsWith(NISBA)) return false;
        String stem = w.substring(ARTICLE.length());
        // a family named after an ancestor (يوسف السليمان، خالد الراشد) is no definite word
        boolean ancestor = lexicon.isGiven(stem) && !lexicon.isForeign(stem) && !lexicon.isAmbiguousGiven(stem);
        return !lexicon.isCommon(w) || (!strict && (w.charAt(w.length() - 1) == '\u064A' || ancestor));
      }
      return !lexicon.isCommon(w) || (!arabic && !strict);
    }

    /** Whether {@code w} is a cue word, also with a proclitic glued on (بشركة، لشركة): it ends a name. */
    private boolean isCue(String w) {
      if (!lexicon.cuesStartingWith(w).isEmpty()) return true;
      for (Proclitics.Form p : PROCLITICS.strippable(w)) {
        if (w.length() - p.length() >= 3 && !lexicon.cuesStartingWith(w.substring(p.length())).isEmpty()) return true;
      }
      return false;
    }

    /** Whether token {@code k} is a verb or a person cue (وأضاف، وقال): a bare surname may follow. */
    private boolean saying(int k) {
      if (t.kind(k) != TokenKind.ARABIC) return false;
      String w = t.term(k);
      if (isVerb(w)) return true;
      String stem = w.length() > 3 && (w.charAt(0) == ArabicLetters.WAW || w.charAt(0) == ArabicLetters.FEH) ? w.substring(1) : w;
      return lexicon.cuesStartingWith(w).stream().anyMatch(c -> c.type() == EntityType.PERSON)
          || lexicon.cuesStartingWith(stem).stream().anyMatch(c -> c.type() == EntityType.PERSON);
    }

    /**
     * A verb of the dictionary that has a verb's form too: a present prefix (يقول، تعلن) or three
     * or four letters (قال، أكد); موريتا and دي are verb stems there but names here.
     */
    private boolean looksLikeVerb(String w) {
      return isVerb(w) && ((w.length() >= 3 && w.length() <= 4) || "\u064A\u062A\u0646\u0627\u0648\u0641\u0633".indexOf(w.charAt(0)) >= 0);
    }

    /**
     * The name {@code f} cut back and checked, or null when it is refused (see the class comment):
     * never a known name, a proclitic on a word, a trailing verb or adjective, nor only common
     * words for a person.
     */
    private Found accept(Found f) {
      int from = f.from;
      int to = f.to;
      int skip = f.skip;
      if (f.quoted && latinGloss(from, to)) return null;
      if (!f.quoted) {
        for (int k = from; k < to; k++) {
          if (indefinite(k)) {
            to = k;
            break;
          }
        }
        if (to == from) return null;
        while (to - from > 1 && trailingNoise(f.type, from, to - 1)) to--;
        if (skip == 0 && t.kind(from) == TokenKind.ARABIC) {
          String w = t.term(from);
          if (w.length() >= 4 && CLITIC_LETTERS.indexOf(w.charAt(0)) >= 0 && !lexicon.isCommon(w) && !lexicon.isGiven(w)
              && givenAt(from, 0) == null) {
            String rest = w.substring(1);
            if (lexicon.isGiven(rest) || knownName(rest)) skip = 1;
            else if (lexicon.isListed(rest)) return null;
          }
        }
      }
      int s = t.text().originalStart(t.start(from) + skip);
      int e = t.originalEnd(to - 1);
      if (gazetteer != null && gazetteer.resolve(t.text().original().substring(s, e)) != null) return null;
      if (!f.quoted && f.type == EntityType.PERSON && onlyWords(from, to, skip)) return null;
      if (f.cue.equals(GIVEN_CUE) && to - from <= givenAt(from, skip).length()) return null;
      if (f.type == EntityType.PERSON && to - from == 1 && t.kind(from) == TokenKind.ARABIC) {
        GivenNames.Match m = givenAt(from, skip);
        if (m != null && m.ambiguous()) return null;
      }
      return f.span(from, to, skip);
    }

    private boolean knownName(String term) {
      return gazetteer != null && gazetteer.resolve(term) != null;
    }

    /**
     * Whether {@code [from, to)} is Latin in lower case alone, without a digit: a word glossing
     * the Arabic before it in parentheses (رقائق (chips)), not a name, which is capitalised.
     */
    private boolean latinGloss(int from, int to) {
      for (int k = from; k < to; k++) {
        if (t.kind(k) != TokenKind.LATIN || capitalised(k) || t.term(k).chars().anyMatch(Character::isDigit)) return false;
      }
      return true;
    }

    /**
     * Whether token {@code k} is written with tanween (عالميًا، جديدٌ): an indefinite word, an
     * adverb or an adjective, which a proper name never is.
     */
    private boolean indefinite(int k) {
      if (t.kind(k) != TokenKind.ARABIC) return false;
      String original = t.text().original();
      for (int c = t.originalStart(k); c < t.originalEnd(k); c++) {
        char ch = original.charAt(c);
        if (ch >= '\u064B' && ch <= '\u064D') return true;
      }
      return false;
    }

    /** Whether token {@code k}, the last of a name of {@code type} from {@code from}, merely follows it. */
    private boolean trailingNoise(EntityType type, int from, int k) {
      if (t.kind(k) != TokenKind.ARABIC) return false;
      String w = t.term(k);
      if (looksLikeVerb(w)) return true;
      if (type != EntityType.PERSON || !w.startsWith(ARTICLE)) return false;
      String before = t.term(k - 1);
      if (before.equals(ABD) || CONNECTORS.contains(before)) return false; // عبد الله، بن الوليد
      return w.endsWith(NISBA) || (k > from + 1 && lexicon.isCommon(w) && !lexicon.isGiven(w.substring(2)));
    }

    /** Whether every Arabic token of {@code [from, to)} is an ordinary word and none is Latin or a number. */
    private boolean onlyWords(int from, int to, int skip) {
      if (t.kind(from) == TokenKind.ARABIC && givenAt(from, skip) != null) return false;
      for (int k = from; k < to; k++) {
        if (t.kind(k) != TokenKind.ARABIC) return false;
        String w = k == from ? t.term(k).substring(skip) : t.term(k);
        if (!isWord(w) && !CONNECTORS.contains(w)) return false;
      }
      return true;
    }

    /**
     * Links the surname of each person named in full (a candidate or a gazetteer person) where it
     * later stands alone ({@link #link}); for a name that opens with a Chinese or Korean family
     * name, that first word too (بارك مين هو … بارك).
     */
    private void surnames() {
      for (Found f : people()) {
        GivenNames.Match first = t.kind(f.from) == TokenKind.ARABIC ? givenAt(f.from, f.skip) : null;
        int last = f.to - 1;
        int from = last > f.from && CONNECTORS.contains(t.term(last - 1)) ? last - 1 : last;
        link(f, from, last + 1);
        if (first != null && first.familyFirst() && f.to - f.from >= 2) link(f, f.from, f.from + 1);
      }
    }

    /** The people named in full so far: candidates of two words or more and gazetteer persons. */
    private List<Found> people() {
      List<Found> people = new ArrayList<>();
      for (Found f : found) if (f.type == EntityType.PERSON && f.link == null && f.to - f.from >= 2) people.add(f);
      Mention previous = null;
      for (int i = 0; i < t.size(); i++) {
        Mention m = known[i];
        if (m == null || m == previous || m.type() != EntityType.PERSON) continue;
        previous = m;
        int end = i;
        while (end < t.size() && known[end] == m) end++;
        if (end - i >= 2) people.add(new Found(EntityType.PERSON, i, end, 0, SURNAME_CUE, false, null, m));
      }
      return people;
    }

    /**
     * Finds tokens {@code [from, to)} of person {@code f} again alone after it: a surname of at
     * least three letters, or a compound one (بن عمر). A surname that is also a common word
     * (الكتبي، كوك) counts only right after a verb or a person cue (وأضاف الكتبي، وقال كوك).
     */
    private void link(Found f, int from, int to) {
      int n = to - from;
      String surname = t.term(to - 1);
      if (t.kind(to - 1) != TokenKind.ARABIC || surname.length() < 3 || CONNECTORS.contains(surname)) return;
      boolean compound = n == 2;
      if (!compound && lexicon.isGiven(surname) && !lexicon.isForeign(surname)) return;
      boolean word = !compound && isWord(surname);
      String key = f.link == null ? key(f) : null;
      String head = t.term(from);
      String headKey = spellingKey(head);
      for (int i = f.to; i + n <= t.size(); i++) {
        boolean free = true;
        for (int k = i; k < i + n; k++) free &= !busy(k) && t.kind(k) == TokenKind.ARABIC;
        if (!free || (i + n < t.size() && t.gapBefore(i + n) == Gap.NONE)) continue;
        if (n == 2 && (!t.term(i + 1).equals(surname) || !t.gapBefore(i + 1).joins())) continue;
        // the spelling first: it rejects nearly every word, and the checks after it are pure
        int skip = spelledAt(i, head, headKey, 3);
        if (skip < 0) continue;
        if (i > 0 && !busy(i - 1) && t.gapBefore(i) == Gap.SPACE) {
          GivenNames.Match before = givenAt(i - 1, 0);
          if (before != null && !before.ambiguous()) continue;
        }
        if (word && !(i > 0 && t.gapBefore(i) == Gap.SPACE && saying(i - 1))) continue;
        add(new Found(EntityType.PERSON, i, i + n, skip, SURNAME_CUE, false, key, f.link));
      }
    }

    /**
     * Gives a person found again under another form the identity of the first: a surname alone
     * that a cue found on its own (وقالت سو: after ليزا سو; وقال دريك after جوشوا دريك), and a
     * longer or shorter form of the same name, with the same given name and family name (ناصر بن
     * حمد بن عوشن … ناصر عوشن): the press gives the whole chain of names once and shortens it.
     */
    private void samePeople() {
      List<Found> people = people();
      people.sort(Comparator.comparingInt(Found::from));
      for (int n = 0; n < found.size(); n++) {
        Found g = found.get(n);
        if (g.type != EntityType.PERSON || g.link != null || t.kind(g.from) != TokenKind.ARABIC) continue;
        for (Found p : people) {
          if (p.from >= g.from) break;
          if (p == g || !samePerson(p, g)) continue;
          found.set(n, new Found(g.type, g.from, g.to, g.skip, g.cue, g.quoted, p.link == null ? key(p) : null, p.link));
          break;
        }
      }
    }

    /** Whether {@code later} names person {@code first} again: its family name alone, or the same first and last names. */
    private boolean samePerson(Found first, Found later) {
      if (t.kind(first.to - 1) != TokenKind.ARABIC || t.kind(later.to - 1) != TokenKind.ARABIC) return false;
      String family = t.term(first.to - 1);
      String last = t.term(later.to - 1);
      if (later.to - later.from == 1) return !later.cue.equals(GIVEN_CUE) && t.term(later.from).substring(later.skip).equals(family);
      String given1 = t.term(first.from).substring(first.skip);
      String given2 = t.term(later.from).substring(later.skip);
      GivenNames.Match m = givenAt(first.from, first.skip);
      // only Arabic chains of names shorten so; جورج بوش after جورج دبليو بوش may be the father
      return given1.equals(given2) && m != null && m.arabic() && last.length() >= 3 && sameSpelling(last, family);
    }

    /** Whether token {@code k} names an activity with لل (سنابل للاستثمار، ميزان للتحليلات): a company's name. */
    private boolean activityAfter(int k) {
      return k < t.size() && t.kind(k) == TokenKind.ARABIC && t.gapBefore(k) == Gap.SPACE
          && t.term(k).startsWith(LAM_LAM) && t.term(k).length() > 4;
    }

    /**
     * Drops the companies and chips made only of common words (شركة رائدة) that are neither quoted
     * nor repeated in the article: an ordinary word after a cue is a name only with that evidence.
     * An activity with لل after it makes it a name (سنابل للاستثمار), but not after a participle
     * that agrees with the cue (شركة مصنعة للشرائح، منتجة للنفط): that is the cue's adjective and
     * its object.
     */
    private void dropLoneCommonNames() {
      Map<String, Integer> count = new HashMap<>();
      for (Found f : found) if (f.link == null) count.merge(key(f), 1, Integer::sum);
      found.removeIf(f -> f.link == null && f.type != EntityType.PERSON && !f.quoted && count.get(key(f)) == 1
          && onlyWords(f.from, f.to, f.skip) && (!activityAfter(f.to) || participle(f)));
    }

    /**
     * Whether {@code f} is one word of the shape of a feminine participle: م first, the folded teh
     * marbuta last, five letters or more (مصنعة، منتجة، مطورة، مستثمرة).
     */
    private boolean participle(Found f) {
      if (f.to - f.from != 1) return false;
      String w = t.term(f.from).substring(f.skip);
      return w.length() >= 5 && w.charAt(0) == ArabicLetters.MEEM && w.charAt(w.length() - 1) == ArabicLetters.HEH;
    }
  }

  /** Whether {@code w} carries an article after another proclitic (للذكاء، بالصين، والشركة). */
  private static boolean attachedArticle(String w) {
    for (Proclitics.Form p : PROCLITICS.forms()) {
      if (p.definite() && w.length() > p.length() && w.startsWith(p.letters())) return true;
    }
    return false;
  }
}
