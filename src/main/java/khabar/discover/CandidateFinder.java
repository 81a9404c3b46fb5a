package khabar.discover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import khabar.normalize.ArabicLetters;
import khabar.normalize.Gap;
import khabar.normalize.LatinLetterNames;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;
import khabar.tag.CandidateSource;
import khabar.tag.EntityType;
import khabar.tag.Mention;

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
 *   <li>Each name found is then also found where the article repeats it without a cue.
 * </ol>
 *
 * <p>Candidates never overlap known mentions or one another. Each has the key {@code
 * cand:TYPE:TERMS} (the name's normalized terms joined by '-'), so spellings that the normalizer
 * folds together share one key; offsets are into the original text, quotes excluded.
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

  private final Patterns patterns;

  public CandidateFinder(Patterns patterns) {
    this.patterns = Objects.requireNonNull(patterns, "patterns");
  }

  /** A finder with the rules of {@code patterns.tsv} in {@code gazetteerDir}. */
  public static CandidateFinder load(Path gazetteerDir) {
    return new CandidateFinder(Patterns.load(gazetteerDir.resolve(Patterns.FILE)));
  }

  @Override
  public String version() {
    return patterns.version();
  }

  /** The candidate mentions of {@code text}, given the mentions already {@code known} there. */
  public List<Mention> find(String text, List<Mention> known) {
    return find(Tokenizer.tokenize(text), known);
  }

  @Override
  public List<Mention> find(TokenizedText text, List<Mention> known) {
    return new Walk(text, known).run();
  }

  /** A name found: tokens {@code [from, to)}, {@code skip} characters of proclitic at its start. */
  private record Found(EntityType type, int from, int to, int skip, String cue, boolean quoted) {}

  /** The state of one article's walk. */
  private final class Walk {
    private final TokenizedText t;
    private final Mention[] known;
    private final boolean[] taken;
    private final List<Found> found = new ArrayList<>();

    Walk(TokenizedText t, List<Mention> mentions) {
      this.t = t;
      this.known = new Mention[t.size()];
      this.taken = new boolean[t.size()];
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
        if (end > i) i = end - 1;
      }
      echo();
      String original = t.text().original();
      List<Mention> out = new ArrayList<>(found.size());
      found.sort(Comparator.comparingInt(Found::from));
      for (Found f : found) {
        int s = t.text().originalStart(t.start(f.from) + f.skip);
        int e = t.originalEnd(f.to - 1);
        out.add(Mention.candidate(f.type, key(f), original.substring(s, e), s, e, f.cue));
      }
      return out;
    }

    private boolean busy(int i) {
      return known[i] != null || taken[i];
    }

    /**
     * Tries the cues starting at token {@code i} (of {@code only} type when given); on a match
     * records the names and returns the token after the last one, else -1.
     */
    private int cueAt(int i, EntityType only) {
      String term = t.term(i);
      List<Proclitics.Form> cuts = t.kind(i) == TokenKind.ARABIC ? PROCLITICS.strippable(term) : List.of();
      for (int p = cuts.size(); p >= 0; p--) {
        Proclitics.Form cut = p < cuts.size() ? cuts.get(p) : null;
        String stem = cut == null ? term : term.substring(cut.length());
        boolean definite = cut != null && cut.definite();
        for (CuePattern c : patterns.cuesStartingWith(stem)) {
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
          int end =
              switch (x) {
                case QUOTED -> quoted(start);
                case LATIN -> latin(start);
                case ARABIC -> arabic(start, c.arabicWords(), c.type());
                case CODE -> code(start);
              };
          if (end <= start) continue;
          if (c.comma() && !punctuationAfter(end - 1)) continue;
          add(new Found(c.type(), start, end, 0, c.label(), x == Extent.QUOTED));
          return end;
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
          add(new Found(f.type, k, k + n, echoAt(f, k, n), f.cue, false));
          return k + n;
        }
      }
      return -1;
    }

    /** A company cue word standing alone (للشركة، لشركة إنفيديا handled above). */
    private boolean isCompanyReference(int k) {
      String term = t.term(k);
      if (isCompanyCue(term) || (term.startsWith(ARTICLE) && isCompanyCue(term.substring(ARTICLE.length())))) return true;
      for (Proclitics.Form p : PROCLITICS.strippable(term)) {
        if (isCompanyCue(term.substring(p.length()))) return true;
      }
      return false;
    }

    private boolean isCompanyCue(String term) {
      return patterns.cuesStartingWith(term).stream().anyMatch(c -> c.type() == EntityType.COMPANY && c.cue().size() == 1);
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
        if (w.length() < 2 || patterns.isStop(w) || (w.charAt(0) == ArabicLetters.WAW && patterns.isStop(w.substring(1)))) break;
        if (attachedArticle(w) || (k > j && !patterns.cuesStartingWith(w).isEmpty())) break;
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
          add(new Found(type, i, k + 1, 0, type + " suffix " + t.term(k), false));
          return k + 1;
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
          if (skip >= 0) add(new Found(f.type, i, i + n, skip, f.cue, false));
        }
      }
    }

    /** The proclitic length at which name {@code f} recurs at token {@code i}, or -1. */
    private int echoAt(Found f, int i, int n) {
      for (int k = 0; k < n; k++) {
        if (busy(i + k) || (k > 0 && !t.gapBefore(i + k).joins())) return -1;
        if (k > 0 && !t.term(i + k).equals(t.term(f.from + k))) return -1;
      }
      if (i + n < t.size() && t.gapBefore(i + n) == Gap.NONE) return -1;
      String first = t.term(i);
      String name = t.term(f.from);
      if (first.equals(name)) return 0;
      if (t.kind(i) != TokenKind.ARABIC) return -1;
      for (Proclitics.Form p : PROCLITICS.strippable(first)) {
        if (first.length() == p.length() + name.length() && first.endsWith(name)) return p.length();
      }
      return -1;
    }

    private boolean punctuationAfter(int k) {
      String after = k + 1 < t.size() ? gapText(k + 1) : t.text().normalized().substring(t.end(k));
      return !after.isBlank() || k + 1 == t.size();
    }

    /** The normalized characters between token {@code k - 1} and token {@code k}. */
    private String gapText(int k) {
      return t.text().normalized().substring(k == 0 ? 0 : t.end(k - 1), t.start(k));
    }

    private String key(Found f) {
      StringBuilder b = new StringBuilder(f.type.name().toLowerCase(java.util.Locale.ROOT)).append(':');
      for (int k = f.from; k < f.to; k++) {
        if (k > f.from) b.append('-');
        b.append(k == f.from ? t.term(k).substring(f.skip) : t.term(k));
      }
      return b.toString();
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
