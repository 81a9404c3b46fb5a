package khabar.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import khabar.money.MoneyMatch;
import khabar.money.MoneyRecognizer;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;

/**
 * Finds companies, chips, people and money in an article in one walk over its tokens.
 *
 * <p>At each token the tagger asks the gazetteer trie for the longest alias starting there (also
 * after stripping attached proclitics from an Arabic first token) and the money recognizer for a
 * figure starting there; the longer wins (a tie goes to money) and the walk resumes after it.
 * This is the overlap policy {@code LEFTMOST_LONGEST}: no two mentions overlap, and among
 * mentions starting at the same token the longest is kept.
 *
 * <p>Then ambiguous aliases are kept only near a context cue of their type or when an unambiguous
 * name of the same entity is in the article, and short forms only when a full name is.
 *
 * <p>Finally, with a {@link CandidateSource}, the names it finds from context are added where
 * they overlap no mention found so far: gazetteer matches always win.
 *
 * <p>Offsets are into the original text; attached proclitics are not part of the mention.
 */
public final class Tagger {

  /**
   * Proclitic letter sequences, longest first, that may be attached to a name: conjunctions و ف,
   * prepositions ب ك ل, the article ال and their combinations.
   */
  static final String[] PROCLITICS = {
    "وبال", "وكال", "وفال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
    "ال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ك", "ل"
  };

  private static final int MIN_STEM = 2;

  private final Gazetteer gazetteer;
  private final MoneyRecognizer money;
  private final CandidateSource candidates;

  public Tagger(Gazetteer gazetteer) {
    this(gazetteer, new MoneyRecognizer());
  }

  public Tagger(Gazetteer gazetteer, MoneyRecognizer money) {
    this(gazetteer, money, null);
  }

  private Tagger(Gazetteer gazetteer, MoneyRecognizer money, CandidateSource candidates) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.money = Objects.requireNonNull(money, "money");
    this.candidates = candidates;
  }

  /** This tagger also adding the candidates {@code source} finds (null: none). */
  public Tagger withCandidates(CandidateSource source) {
    return new Tagger(gazetteer, money, source);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * What produced this tagger's mentions: the gazetteer version, followed by the candidate rules'
   * version when candidates are found ({@code 3f2a…+c:91b0…}).
   */
  public String version() {
    return candidates == null ? gazetteer.version() : gazetteer.version() + "+c:" + candidates.version();
  }

  /** The mentions in {@code text}, in text order, with offsets into {@code text}. */
  public List<Mention> tag(String text) {
    return tag(Tokenizer.tokenize(text));
  }

  public List<Mention> tag(TokenizedText t) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Candidate g = longestAlias(t, i);
      MoneyMatch m = money.match(t, i);
      if (m != null && (g == null || m.endToken() >= g.endToken)) {
        int s = t.originalStart(m.startToken());
        int e = t.originalEnd(m.endToken() - 1);
        found.add(new Candidate(null, m, i, m.endToken(), s, e));
        i = m.endToken();
      } else if (g != null) {
        found.add(g);
        i = g.endToken;
      } else {
        i++;
      }
    }
    List<Mention> known = resolve(t, found);
    return candidates == null ? known : merge(known, candidates.find(t, known));
  }

  /**
   * {@code known} with the {@code extra} mentions that overlap none of them nor an earlier extra
   * one, in text order.
   */
  static List<Mention> merge(List<Mention> known, List<Mention> extra) {
    List<Mention> out = new ArrayList<>(known);
    for (Mention c : extra) {
      if (out.stream().noneMatch(m -> m.overlaps(c.start(), c.end()))) out.add(c);
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private Candidate longestAlias(TokenizedText t, int i) {
    Candidate best = longestFrom(t, i, gazetteer.trie().root().child(t.term(i)), 0);
    if (t.kind(i) == TokenKind.ARABIC) {
      String term = t.term(i);
      for (String p : PROCLITICS) {
        if (term.length() - p.length() < MIN_STEM || !term.startsWith(p)) continue;
        AliasTrie.Node n = gazetteer.trie().root().child(term.substring(p.length()));
        Candidate c = longestFrom(t, i, n, p.length());
        if (c != null && (best == null || c.endToken > best.endToken)) best = c;
      }
    }
    return best;
  }

  /** Extends from {@code first} (the node of token i) as far as the trie and the gaps allow. */
  private static Candidate longestFrom(TokenizedText t, int i, AliasTrie.Node first, int skip) {
    if (first == null) return null;
    AliasTrie.Node n = first;
    AliasTrie.Target target = n.target;
    int end = target != null ? i + 1 : -1;
    for (int j = i + 1; j < t.size() && t.gapBefore(j).joins(); j++) {
      n = n.child(t.term(j));
      if (n == null) break;
      if (n.target != null) {
        target = n.target;
        end = j + 1;
      }
    }
    if (target == null) return null;
    int s = t.text().originalStart(t.start(i) + skip);
    int e = t.originalEnd(end - 1);
    return new Candidate(target, null, i, end, s, e);
  }

  private List<Mention> resolve(TokenizedText t, List<Candidate> found) {
    Set<String> confirmed = new HashSet<>();
    for (Candidate c : found) {
      if (c.target != null && c.target.kind() == AliasKind.NORMAL) confirmed.add(c.target.entity().id());
    }
    String original = t.text().original();
    List<Mention> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      String surface = original.substring(c.start, c.end);
      if (c.money != null) {
        out.add(Mention.money(c.money.money(), surface, c.start, c.end));
        continue;
      }
      Entity e = c.target.entity();
      boolean keep =
          switch (c.target.kind()) {
            case NORMAL -> true;
            case SHORT -> confirmed.contains(e.id());
            case AMBIGUOUS -> confirmed.contains(e.id()) || hasCue(t, c, e.type());
          };
      if (keep) out.add(Mention.entity(e, surface, c.start, c.end));
    }
    return out;
  }

  private boolean hasCue(TokenizedText t, Candidate c, EntityType type) {
    int from = Math.max(0, c.startToken - 6);
    int to = Math.min(t.size(), c.endToken + 6);
    for (int k = from; k < to; k++) {
      if (k >= c.startToken && k < c.endToken) continue;
      for (Cue cue : cuesAt(t, k)) {
        if (cue.type() != type) continue;
        int distance = k < c.startToken ? c.startToken - (k + cue.terms().size()) : k - c.endToken;
        if (distance < cue.window() && matchesCue(t, k, cue)) return true;
      }
    }
    return false;
  }

  private List<Cue> cuesAt(TokenizedText t, int k) {
    String term = t.term(k);
    List<Cue> cues = gazetteer.cuesStartingWith(term);
    if (!cues.isEmpty() || t.kind(k) != TokenKind.ARABIC) return cues;
    for (String p : PROCLITICS) {
      if (term.length() - p.length() >= MIN_STEM && term.startsWith(p)) {
        cues = gazetteer.cuesStartingWith(term.substring(p.length()));
        if (!cues.isEmpty()) return cues;
      }
    }
    return cues;
  }

  private static boolean matchesCue(TokenizedText t, int k, Cue cue) {
    for (int m = 1; m < cue.terms().size(); m++) {
      if (k + m >= t.size() || !t.term(k + m).equals(cue.terms().get(m))) return false;
    }
    return true;
  }

  private record Candidate(
      AliasTrie.Target target, MoneyMatch money, int startToken, int endToken, int start, int end) {}
}
