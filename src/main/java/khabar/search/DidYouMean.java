package khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import khabar.index.Fields;
import khabar.tag.Entity;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean" for a query without hits. For each plain word the index does not have:
 *
 * <ol>
 *   <li>the closest name of a gazetteer entity (any alias, in the word's script: Latin for a Latin
 *       word, else Arabic), at most {@value #MAX_EDITS} edits away after normalization
 *       (Samsnug → Samsung, سامسوتج → سامسونج);
 *   <li>the closest terms of the index itself (Lucene's {@link DirectSpellChecker} over the
 *       normalized body terms, at most two edits, more frequent first).
 * </ol>
 *
 * Each suggestion is the whole query with that one word replaced; only suggestions that have hits
 * are kept, at most {@value #MAX}, names first.
 */
final class DidYouMean {
  static final int MAX = 3;
  static final int MAX_EDITS = 2;
  /** The folded names of each gazetteer, computed once (a generated gazetteer has a million). */
  private static final Map<Gazetteer, List<Name>> NAMES = Collections.synchronizedMap(new WeakHashMap<>());

  private record Name(String folded, String shown) {}

  private final IndexReader reader;
  private final Gazetteer gazetteer;
  private final Analyzer analyzer;

  DidYouMean(IndexReader reader, Gazetteer gazetteer, Analyzer analyzer) {
    this.reader = reader;
    this.gazetteer = gazetteer;
    this.analyzer = analyzer;
  }

  /**
   * @param query the query as typed
   * @param words its plain words, as typed
   * @param hasHits whether a query text has hits (with the request's filters)
   */
  List<String> suggest(String query, List<String> words, Predicate<String> hasHits) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    List<String> spelled = new ArrayList<>();
    for (String w : words) {
      List<String> forms = forms(w);
      if (forms.isEmpty() || known(forms)) continue;
      String term = forms.getLast();
      String name = closestName(w);
      if (name != null) offer(out, replace(query, w, name), hasHits);
      DirectSpellChecker checker = new DirectSpellChecker();
      checker.setMinPrefix(0);
      checker.setMinQueryLength(3);
      for (SuggestWord s : checker.suggestSimilar(new Term(Fields.BODY, term), MAX, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
        spelled.add(replace(query, w, s.string));
      }
    }
    for (String s : spelled) offer(out, s, hasHits);
    return out.stream().limit(MAX).toList();
  }

  private static void offer(Set<String> out, String candidate, Predicate<String> hasHits) {
    if (out.size() < MAX && !out.contains(candidate) && hasHits.test(candidate)) out.add(candidate);
  }

  /** The query with the first whole-word occurrence of {@code word} replaced. */
  static String replace(String query, String word, String by) {
    int at = 0;
    while ((at = query.indexOf(word, at)) >= 0) {
      boolean startOk = at == 0 || !Character.isLetterOrDigit(query.charAt(at - 1));
      int end = at + word.length();
      boolean endOk = end == query.length() || !Character.isLetterOrDigit(query.charAt(end));
      if (startOk && endOk) {
        String shown = by.contains(" ") ? '"' + by + '"' : by;
        return query.substring(0, at) + shown + query.substring(end);
      }
      at = end;
    }
    return query;
  }

  /** The closest entity name in the word's script within the edit limit, or null. */
  private String closestName(String word) {
    if (gazetteer == null) return null;
    String folded = String.join(" ", GazetteerLoader.terms(word));
    if (folded.length() < 3) return null;
    boolean latin = isLatin(word);
    String best = null;
    int bestDistance = MAX_EDITS + 1;
    for (Name n : NAMES.computeIfAbsent(gazetteer, DidYouMean::names)) {
      if (isLatin(n.shown()) != latin || Math.abs(n.folded().length() - folded.length()) >= bestDistance) continue;
      int d = distance(folded, n.folded(), bestDistance - 1);
      if (d > 0 && d < bestDistance) {
        bestDistance = d;
        best = n.shown();
      }
    }
    return best;
  }

  private static List<Name> names(Gazetteer g) {
    List<Name> out = new ArrayList<>();
    for (Entity e : g.entities()) {
      List<String> all = new ArrayList<>(e.aliases());
      all.add(e.en());
      all.add(e.ar());
      for (String a : all) {
        if (!a.isBlank()) out.add(new Name(String.join(" ", GazetteerLoader.terms(a)), a));
      }
    }
    return out;
  }

  private static boolean isLatin(String s) {
    return s.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x0250);
  }

  /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) return limit + 1;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private boolean known(List<String> forms) throws IOException {
    for (String f : forms) {
      if (reader.docFreq(new Term(Fields.BODY, f)) + reader.docFreq(new Term(Fields.TITLE, f)) > 0) return true;
    }
    return false;
  }

  /**
   * The analyzed forms of a one-word query (the analyzer stacks the word with its article
   * stripped: الصين, صين), the barest last; empty when it analyzes to several words or none.
   */
  private List<String> forms(String word) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!out.isEmpty() && pos.getPositionIncrement() > 0) return List.of();
        out.add(t.toString());
      }
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
