package khabar.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import khabar.money.ExchangeRates;
import khabar.money.MoneyMatch;
import khabar.money.MoneyRecognizer;
import khabar.normalize.LatinLetterNames;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;
import khabar.normalize.Tokenizer;

/**
 * Finds companies, chips, people and money in an article in one walk over its tokens.
 *
 * <h2>Matching</h2>
 *
 * At each token the tagger asks the gazetteer trie for the longest alias starting there, also
 * after stripping attached proclitics from an Arabic first token (the rules of {@link
 * Proclitics#NAMES}: a stem of two letters or more, never cutting into a protected word such as
 * وسام or كمال), and the
 * money recognizer for a figure starting there. The longer wins (a tie goes to money, then to the
 * token as written over a stripped one) and the walk resumes after it. This is the overlap policy
 * {@code LEFTMOST_LONGEST}: no two mentions overlap, a mention starting earlier wins over one
 * starting inside it, and among mentions starting at the same token the longest is kept. Names
 * match whole tokens only, so a name never fires inside a longer word, and a multi-word name
 * never spans punctuation other than hyphens and dots.
 *
 * <p>A veto phrase (نهر الأمازون) matched this way is consumed and reported as nothing. A name
 * spelled only in Arabic letter names (بي تي) is no mention when a letter name is joined to it
 * before or after: it is then part of a longer code (جي بي تي, GPT, holds BT's بي تي).
 *
 * <h2>Evidence</h2>
 *
 * <ul>
 *   <li>An unambiguous alias is always kept.
 *   <li>An ambiguous alias (also an ordinary word: إكس، ميكرون) is kept when a cue of its type
 *       (شركة، رقائق، الرئيس التنفيذي) stands within the cue's window and is not taken by another
 *       name of its type (a name between the cue and the alias, or right after a cue that
 *       follows it: شركة TSMC وي، التابع لشركة أوبن إيه آي), or when the same entity is
 *       established anywhere in the article: by an unambiguous alias, or by an ambiguous one with
 *       a cue (one sense per article). One of two or more words with no cue gives way in the
 *       walk to an unambiguous name starting inside it and running past it. Never with the article
 *       glued to it (الطلبات، بالطلبات): a brand that is also a word takes no article.
 *   <li>A short form (a surname alone) is kept when an unambiguous alias of the same entity occurs
 *       earlier in the article. When several entities share it, the one named most recently
 *       before it wins.
 * </ul>
 *
 * <p>A chip's name that opens with its maker's (Nvidia A100) is two mentions: the maker, then the
 * chip; an article naming the chip so names the company too.
 *
 * <p>Then, with a {@link CandidateSource}, the names it finds from context are added where
 * they overlap no mention found so far: gazetteer matches always win. Last, an Arabic name and
 * its Latin original in parentheses are aligned ({@link ParentheticalPairs}): either spelling
 * identifies the entity, and an unknown pair after a cue becomes one candidate with both.
 *
 * <p>Offsets are into the original text; attached proclitics are not part of the mention.
 */
public final class Tagger {

  private static final Proclitics PROCLITICS = Proclitics.NAMES;

  /** Letter names that are also particles (folded: في، إن/أن، أو، أي). */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("\u0641\u064A", "\u0627\u0646", "\u0627\u0648", "\u0627\u064A");
  private static final int CUE_SCAN = 6;

  private final Gazetteer gazetteer;
  private final AliasTrie trie;
  private final MoneyRecognizer money;
  private final CandidateSource candidates;
  private final ExchangeRates rates;

  public Tagger(Gazetteer gazetteer) {
    this(gazetteer, new MoneyRecognizer());
  }

  public Tagger(Gazetteer gazetteer, MoneyRecognizer money) {
    this(gazetteer, money, null);
  }

  private Tagger(Gazetteer gazetteer, MoneyRecognizer money, CandidateSource candidates) {
    this(gazetteer, money, candidates, ExchangeRates.standard());
  }

  private Tagger(Gazetteer gazetteer, MoneyRecognizer money, CandidateSource candidates, ExchangeRates rates) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.trie = gazetteer.trie();
    this.money = Objects.requireNonNull(money, "money");
    this.candidates = candidates;
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  /** This tagger also adding the candidates {@code source} finds (null: none). */
  public Tagger withCandidates(CandidateSource source) {
    return new Tagger(gazetteer, money, source, rates);
  }

  /** This tagger valuing non-dollar figures with {@code table} instead of the shipped rates. */
  public Tagger withRates(ExchangeRates table) {
    return new Tagger(gazetteer, money, candidates, table);
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

  /**
   * The mentions in {@code text}, in text order, with offsets into {@code text}; non-dollar
   * figures are valued at the latest rates (flagged as a fallback: the date is unknown).
   */
  public List<Mention> tag(String text) {
    return tag(Tokenizer.tokenize(text), null);
  }

  /** The mentions in an article published at {@code published} (null: unknown). */
  public List<Mention> tag(String text, java.time.Instant published) {
    return tag(Tokenizer.tokenize(text), published);
  }

  public List<Mention> tag(TokenizedText t) {
    return tag(t, null);
  }

  /** The mentions of {@code t}, non-dollar figures valued as of {@code published}. */
  public List<Mention> tag(TokenizedText t, java.time.Instant published) {
    List<Mention> out = new ArrayList<>(tagAt(t));
    for (int k = 0; k < out.size(); k++) {
      Mention m = out.get(k);
      if (m.money() == null || m.money().hasUsd()) continue;
      out.set(k, Mention.money(rates.convert(m.money(), published), m.text(), m.start(), m.end()));
    }
    return out;
  }

  private List<Mention> tagAt(TokenizedText t) {
    List<Candidate> found = new ArrayList<>();
    int[] cuts = new int[Proclitics.MAX_CUTS];
    int i = 0;
    while (i < t.size()) {
      Candidate g = longestAlias(t, i, cuts);
      MoneyMatch m = money.match(t, i);
      if (m != null && (g == null || m.endToken() >= g.endToken)) {
        for (MoneyMatch f = m; f != null; f = f.equivalent()) {
          int s = t.text().originalStart(t.start(f.startToken()) + f.skip());
          found.add(new Candidate(null, f, f.startToken(), f.endToken(), s, t.originalEnd(f.endToken() - 1), 0, false));
        }
        i = m.resumeToken();
      } else if (g != null && (insideLetterCode(t, g) || yieldsToNext(t, g, found, cuts))) {
        i++;
      } else if (g != null) {
        if (!g.targets.get(0).isVeto()) found.add(g);
        i = g.endToken;
      } else {
        i++;
      }
    }
    List<Mention> known = resolve(t, found);
    if (candidates == null) return ParentheticalPairs.align(t, known, (from, to, type) -> false);
    return ParentheticalPairs.align(
        t, merge(known, candidates.find(t, known)), (from, to, type) -> hasCue(t, from, to, type, List.of()));
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

  /**
   * Whether an ambiguous alias with no cue of its type nearby gives way to an unambiguous name
   * that starts inside it and runs past its end: in {@code أن بي سي ماجازين} the particle أن and
   * the first words of PC Magazine spell NBC's {@code إن بي سي}. Asked only of ambiguous aliases.
   */
  private boolean yieldsToNext(TokenizedText t, Candidate g, List<Candidate> found, int[] cuts) {
    if (g.money != null || g.targets.get(0).kind() != AliasKind.AMBIGUOUS || g.endToken - g.startToken < 2) return false;
    for (AliasTrie.Target target : g.targets) {
      if (hasCue(t, g, target.entity().type(), found)) return false;
    }
    Candidate next = longestAlias(t, g.startToken + 1, new int[cuts.length]);
    return next != null && next.targets.get(0).kind() == AliasKind.NORMAL && next.endToken > g.endToken;
  }

  /**
   * Whether name {@code g} is spelled only in Arabic letter names and a letter name is joined to
   * it before or after (جي بي تي holds BT's بي تي): it is then a piece of a longer code. The
   * letter names that are also particles (في، إن، أو، أي) do not count as neighbours: حصة في بي تي
   * is a stake in BT.
   */
  private static boolean insideLetterCode(TokenizedText t, Candidate g) {
    if (g.money != null || g.skip > 0) return false;
    for (int k = g.startToken; k < g.endToken; k++) {
      if (t.kind(k) != TokenKind.ARABIC || !LatinLetterNames.isName(t.term(k))) return false;
    }
    return (g.startToken > 0 && t.gapBefore(g.startToken).joins() && letterNeighbour(t, g.startToken - 1))
        || (g.endToken < t.size() && t.gapBefore(g.endToken).joins() && letterNeighbour(t, g.endToken));
  }

  private static boolean letterNeighbour(TokenizedText t, int k) {
    return t.kind(k) == TokenKind.ARABIC && LatinLetterNames.isName(t.term(k)) && !PARTICLES.contains(t.term(k));
  }

  /**
   * The longest alias starting at token {@code i}, as written or with a proclitic stripped;
   * {@code lengths} is room for the proclitic cuts, reused from token to token.
   */
  private Candidate longestAlias(TokenizedText t, int i, int[] lengths) {
    String s = t.text().normalized();
    int from = t.start(i);
    int to = t.end(i);
    Candidate best = longestFrom(t, i, trie.child(AliasTrie.ROOT, s, from, to), 0);
    if (t.kind(i) == TokenKind.ARABIC) {
      int count = PROCLITICS.lengths(s, from, to, lengths);
      for (int k = count - 1; k >= 0; k--) {
        int stem = from + lengths[k];
        Candidate c = longestFrom(t, i, trie.child(AliasTrie.ROOT, s, stem, to), lengths[k]);
        if (c != null && (best == null || c.endToken > best.endToken)
            && !PROCLITICS.cutsProtected(s, from, to, lengths[k])) {
          best = c;
        }
      }
    }
    return best;
  }

  /** Extends from {@code first} (the node of token i) as far as the trie and the gaps allow. */
  private Candidate longestFrom(TokenizedText t, int i, int first, int skip) {
    if (first == AliasTrie.NONE) return null;
    String s = t.text().normalized();
    int n = first;
    int node = trie.hasTarget(n) ? n : AliasTrie.NONE;
    int end = node != AliasTrie.NONE ? i + 1 : -1;
    for (int j = i + 1; j < t.size() && t.gapBefore(j).joins(); j++) {
      n = trie.child(n, s, t.start(j), t.end(j));
      if (n == AliasTrie.NONE) break;
      if (trie.hasTarget(n)) {
        node = n;
        end = j + 1;
      }
    }
    if (node == AliasTrie.NONE) return null;
    int start = t.text().originalStart(t.start(i) + skip);
    boolean definite = skip > 0 && PROCLITICS.cutsArticle(s, t.start(i), skip);
    return new Candidate(trie.targets(node), null, i, end, start, t.originalEnd(end - 1), skip, definite);
  }

  private List<Mention> resolve(TokenizedText t, List<Candidate> found) {
    Map<String, Integer> firstNamed = new HashMap<>();
    for (Candidate c : found) {
      if (c.money == null && c.targets.get(0).kind() == AliasKind.NORMAL) {
        firstNamed.putIfAbsent(c.targets.get(0).entity().id(), c.startToken);
      }
    }
    for (Candidate c : found) {
      if (c.money != null || c.targets.get(0).kind() != AliasKind.AMBIGUOUS || c.definite) continue;
      for (AliasTrie.Target target : c.targets) {
        if (hasCue(t, c, target.entity().type(), found)) {
          firstNamed.putIfAbsent(target.entity().id(), c.startToken);
          break;
        }
      }
    }
    String original = t.text().original();
    List<Mention> out = new ArrayList<>(found.size());
    Map<String, Integer> lastNamed = new HashMap<>();
    for (Candidate c : found) {
      String surface = original.substring(c.start, c.end);
      if (c.money != null) {
        out.add(Mention.money(c.money.money(), surface, c.start, c.end));
        continue;
      }
      Entity e = switch (c.targets.get(0).kind()) {
        case NORMAL -> c.targets.get(0).entity();
        case AMBIGUOUS -> supported(t, c, firstNamed, found);
        case SHORT -> mostRecent(c, lastNamed);
      };
      if (e == null) continue;
      if (c.targets.get(0).kind() == AliasKind.NORMAL) lastNamed.put(e.id(), c.startToken);
      int maker = e.type() == EntityType.CHIP ? makerEnd(t, c, e) : -1;
      if (maker > 0) {
        // Nvidia A100: the maker is named too, and the chip is the rest
        Entity vendor = gazetteer.entity(e.attributes().get("vendor"));
        int split = t.originalEnd(maker - 1);
        int rest = t.originalStart(maker);
        lastNamed.put(vendor.id(), c.startToken);
        out.add(Mention.entity(vendor, original.substring(c.start, split), c.start, split));
        out.add(Mention.entity(e, original.substring(rest, c.end), rest, c.end));
        continue;
      }
      out.add(Mention.entity(e, surface, c.start, c.end));
    }
    return out;
  }

  /**
   * The token where chip {@code e}'s name in {@code c} goes on after its maker's name, when it
   * opens with one (Nvidia A100, إنفيديا H100: a name of the vendor, then the model), else -1.
   */
  private int makerEnd(TokenizedText t, Candidate c, Entity e) {
    String vendor = e.attributes().get("vendor");
    if (vendor == null || c.endToken - c.startToken < 2) return -1;
    String s = t.text().normalized();
    int n = trie.child(AliasTrie.ROOT, s, t.start(c.startToken) + c.skip, t.end(c.startToken));
    for (int j = c.startToken + 1; j < c.endToken && n != AliasTrie.NONE; j++) {
      for (AliasTrie.Target x : trie.targets(n)) {
        if (x.kind() == AliasKind.NORMAL && x.entity().id().equals(vendor)) return j;
      }
      n = trie.child(n, s, t.start(j), t.end(j));
    }
    return -1;
  }

  /**
   * The first entity of an ambiguous alias that is named in the article or has a cue nearby; none
   * when the article is glued to it: a brand that is also a word (طلبات، زين، ميكرون) takes no
   * article, so الطلبات is the word whatever else the article names.
   */
  private Entity supported(TokenizedText t, Candidate c, Map<String, Integer> named, List<Candidate> found) {
    if (c.definite) return null;
    for (AliasTrie.Target target : c.targets) {
      if (named.containsKey(target.entity().id())) return target.entity();
    }
    for (AliasTrie.Target target : c.targets) {
      if (hasCue(t, c, target.entity().type(), found)) return target.entity();
    }
    return null;
  }

  /** The entity of a short form whose full name came most recently before it, or null. */
  private static Entity mostRecent(Candidate c, Map<String, Integer> lastNamed) {
    Entity best = null;
    int bestAt = -1;
    for (AliasTrie.Target target : c.targets) {
      Integer at = lastNamed.get(target.entity().id());
      if (at != null && at > bestAt) {
        best = target.entity();
        bestAt = at;
      }
    }
    return best;
  }

  /**
   * Whether a cue of {@code type} stands within its window of {@code c} and is not taken by
   * another of the {@code names} found: one of its type between the cue and {@code c} (شركة TSMC
   * وي: the cue names TSMC), or right after a cue that follows {@code c} (جي بي تي التابع لشركة
   * أوبن إيه آي: the cue names OpenAI). A name with و glued on (شركات أبل وأمازون وكريم) is
   * coordinated with those between: the cue names the whole list.
   */
  private boolean hasCue(TokenizedText t, Candidate c, EntityType type, List<Candidate> names) {
    boolean coordinated = c.skip > 0 && t.term(c.startToken).charAt(0) == khabar.normalize.ArabicLetters.WAW;
    return hasCue(t, c.startToken, c.endToken, type, coordinated ? List.of() : names);
  }

  /** As above for tokens {@code [startToken, endToken)}. */
  private boolean hasCue(TokenizedText t, int startToken, int endToken, EntityType type, List<Candidate> names) {
    int from = Math.max(0, startToken - CUE_SCAN);
    int to = Math.min(t.size(), endToken + CUE_SCAN);
    for (int k = from; k < to; k++) {
      if (k >= startToken && k < endToken) continue;
      for (Cue cue : cuesAt(t, k)) {
        if (cue.type() != type) continue;
        int after = k + cue.terms().size();
        int distance = k < startToken ? startToken - after : k - endToken;
        if (distance < cue.window() && matchesCue(t, k, cue) && !takenBy(names, type, k, after, startToken)) return true;
      }
    }
    return false;
  }

  /**
   * Whether one of {@code names} of {@code type} takes the cue at tokens {@code [cue, after)} from
   * a name starting at token {@code start}: it stands between them, or right after a cue that
   * follows the name.
   */
  private static boolean takenBy(List<Candidate> names, EntityType type, int cue, int after, int start) {
    for (Candidate n : names) {
      if (n.money != null || n.targets.stream().noneMatch(x -> x.entity().type() == type)) continue;
      boolean between = cue < start && n.startToken >= after && n.endToken <= start;
      boolean named = cue > start && n.startToken == after;
      if (between || named) return true;
    }
    return false;
  }

  private List<Cue> cuesAt(TokenizedText t, int k) {
    String term = t.term(k);
    List<Cue> cues = gazetteer.cuesStartingWith(term);
    if (!cues.isEmpty() || t.kind(k) != TokenKind.ARABIC) return cues;
    int[] lengths = new int[Proclitics.MAX_CUTS];
    int count = PROCLITICS.lengths(term, 0, term.length(), lengths);
    for (int p = count - 1; p >= 0; p--) {
      cues = gazetteer.cuesStartingWith(term.substring(lengths[p]));
      if (!cues.isEmpty()) return cues;
    }
    return cues;
  }

  private static boolean matchesCue(TokenizedText t, int k, Cue cue) {
    for (int m = 1; m < cue.terms().size(); m++) {
      if (k + m >= t.size() || !t.term(k + m).equals(cue.terms().get(m))) return false;
    }
    return true;
  }

  /**
   * {@code skip}: the characters of proclitic before the name in its first token; {@code
   * definite}: a name matched after a proclitic with the article (الطلبات، بالطلبات).
   */
  private record Candidate(
      List<AliasTrie.Target> targets, MoneyMatch money, int startToken, int endToken, int start, int end, int skip,
      boolean definite) {}
}
