package khabar.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import khabar.normalize.ArabicLetters;
import khabar.normalize.Gap;
import khabar.normalize.NameKey;
import khabar.normalize.Proclitics;
import khabar.normalize.TokenKind;
import khabar.normalize.TokenizedText;

/**
 * An Arabic name followed by its Latin original in parentheses, «سحابة نجد (Najd Cloud)», read as
 * one name: either spelling identifies the entity.
 *
 * <ul>
 *   <li>The pair is up to {@link #MAX_WORDS} Arabic words right before an opening parenthesis and
 *       up to {@link #MAX_WORDS} Latin words (numbers allowed after the first) right inside it,
 *       closed right after them. The two sides must share their {@link NameKey} (the Latin is a
 *       transliteration, not a translation) or the Latin must be the known entity's English name
 *       or its initials (أمازون ويب سيرفيسز (AWS)); the Arabic side may carry a proclitic (وسحابة), which stays outside the span.
 *   <li>One side is a gazetteer mention and the other is not a mention: the other side becomes a
 *       mention of the same entity.
 *   <li>One side is a candidate: the other side becomes the same candidate, and both carry both
 *       spellings (English name and Arabic name). Two candidates are merged under the Arabic
 *       side's id, everywhere in the article.
 *   <li>Neither side is a mention: the pair becomes one candidate carrying both spellings when a
 *       cue of exactly one type stands before the Arabic side ({@code cueOf}), keyed by the Latin
 *       spelling ({@code cand:company:najd-cloud}), so every Arabic spelling of it meets under one id.
 * </ul>
 *
 * <p>Offsets are into the original text; the parentheses are never part of a span.
 */
final class ParentheticalPairs {

  static final int MAX_WORDS = 4;
  /** Consonants a key needs before it can align two unknown sides. */
  static final int MIN_KEY = 3;

  private ParentheticalPairs() {}

  /**
   * {@code mentions} (in text order) with the pairs of {@code t} aligned. {@code cueOf} tells
   * whether a cue of a type stands before tokens {@code [from, to)}.
   */
  static List<Mention> align(TokenizedText t, List<Mention> mentions, CueTest cueOf) {
    List<Mention> out = new ArrayList<>(mentions);
    Map<String, String> renamed = new HashMap<>();
    for (int j = 1; j < t.size(); j++) {
      if (t.kind(j) != TokenKind.LATIN || t.kind(j - 1) != TokenKind.ARABIC || t.gapBefore(j) != Gap.BREAK
          || !gapIs(t, j, '(')) {
        continue;
      }
      int k = j + 1;
      while (k < t.size() && k < j + MAX_WORDS && t.gapBefore(k).joins() && !gapHas(t, k, ')')
          && (t.kind(k) == TokenKind.LATIN || t.kind(k) == TokenKind.NUMBER)) {
        k++;
      }
      String after = k < t.size() ? gap(t, k) : t.text().normalized().substring(t.end(k - 1));
      if (!after.strip().startsWith(")")) continue;
      pair(t, out, j, k, cueOf, renamed);
    }
    if (!renamed.isEmpty()) {
      for (int m = 0; m < out.size(); m++) {
        Mention x = out.get(m);
        String to = renamed.get(x.id());
        if (to != null) out.set(m, new Mention(x.type(), to, x.name(), x.nameAr(), x.text(), x.start(), x.end(), null, true, x.cue()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Whether a cue of {@code type} stands before tokens {@code [from, to)}. */
  @FunctionalInterface
  interface CueTest {
    boolean before(int from, int to, EntityType type);
  }

  private static void pair(TokenizedText t, List<Mention> out, int j, int k, CueTest cueOf, Map<String, String> renamed) {
    String original = t.text().original();
    int ls = t.originalStart(j);
    int le = t.originalEnd(k - 1);
    String latin = original.substring(ls, le);
    Mention lm = exactly(out, ls, le);
    if (lm == null && overlapsAny(out, ls, le)) return;
    Mention am = endingAt(out, t.originalEnd(j - 1));
    if (am != null && lm != null) {
      if (am.candidate() && lm.candidate() && !am.id().equals(lm.id()) && sameKey(am.text(), latin)) {
        renamed.put(lm.id(), am.id());
        replace(out, am, withNames(am, latin, am.text()));
        replace(out, lm, withNames(new Mention(lm.type(), am.id(), "", "", lm.text(), lm.start(), lm.end(), null, true, lm.cue()), latin, am.text()));
      }
      return;
    }
    if (am != null) {
      if (!sameKey(am.text(), latin) && !latin.equalsIgnoreCase(am.name()) && !isInitials(latin, am.name())) return;
      if (am.candidate()) {
        replace(out, am, withNames(am, latin, am.text()));
        out.add(new Mention(am.type(), am.id(), latin, am.text(), latin, ls, le, null, true, am.cue()));
      } else {
        out.add(new Mention(am.type(), am.id(), am.name(), am.nameAr(), latin, ls, le, null));
      }
      return;
    }
    int[] arabic = arabicSide(t, out, j, latin, lm == null ? null : lm.name());
    if (arabic == null) return;
    int as = arabic[2];
    int ae = t.originalEnd(j - 1);
    String ar = original.substring(as, ae);
    if (lm != null) {
      if (lm.candidate()) {
        replace(out, lm, withNames(lm, latin, ar));
        out.add(new Mention(lm.type(), lm.id(), latin, ar, ar, as, ae, null, true, lm.cue()));
      } else {
        out.add(new Mention(lm.type(), lm.id(), lm.name(), lm.nameAr(), ar, as, ae, null));
      }
      return;
    }
    if (NameKey.of(latin).replace(" ", "").length() < MIN_KEY || !Character.isUpperCase(latin.charAt(0))) return;
    EntityType type = null;
    for (EntityType candidate : List.of(EntityType.COMPANY, EntityType.CHIP, EntityType.PERSON)) {
      if (cueOf.before(arabic[0], j, candidate)) {
        if (type != null) return;
        type = candidate;
      }
    }
    if (type == null) return;
    String id = Mention.CANDIDATE_PREFIX + type.name().toLowerCase(Locale.ROOT) + ":"
        + String.join("-", GazetteerLoader.terms(latin));
    String cue = type + " (Latin original)";
    out.add(new Mention(type, id, latin, ar, ar, as, ae, null, true, cue));
    out.add(new Mention(type, id, latin, ar, latin, ls, le, null, true, cue));
  }

  /**
   * The Arabic words before token {@code j} that spell {@code latin} (or {@code english}): {first
   * token, proclitic length, original start}, trying the most words first; null if none do.
   */
  private static int[] arabicSide(TokenizedText t, List<Mention> out, int j, String latin, String english) {
    String want = NameKey.of(latin);
    String alt = english == null || english.isEmpty() ? null : NameKey.of(english);
    for (int n = Math.min(MAX_WORDS, j); n >= 1; n--) {
      int first = j - n;
      boolean ok = true;
      for (int i = first; i < j && ok; i++) {
        ok = t.kind(i) == TokenKind.ARABIC && (i == first || t.gapBefore(i) == Gap.SPACE)
            && overlap(out, t.originalStart(i), t.originalEnd(i)) == null;
      }
      if (!ok) continue;
      String rest = t.text().normalized().substring(t.end(first), t.end(j - 1));
      String term = t.term(first);
      int[] lengths = new int[Proclitics.MAX_CUTS];
      int count = Proclitics.NAMES.lengths(term, 0, term.length(), lengths);
      int[] cuts = new int[count + 1];
      System.arraycopy(lengths, 0, cuts, 1, count);
      count++;
      // the longest cut first: a glued و is a proclitic, unless the Latin starts with the sound
      // و writes (Williams ويليامز, Oliver أوليفر), since the key drops vowel letters either way
      for (int c = count - 1; c >= 0; c--) {
        if (cuts[c] > 0 && (Proclitics.NAMES.cutsProtected(term, 0, term.length(), cuts[c])
            || (term.charAt(cuts[c] - 1) == ArabicLetters.WAW && startsWithWawSound(latin)))) {
          continue;
        }
        String key = NameKey.of(term.substring(cuts[c]) + rest);
        if (key.equals(want) || key.equals(alt)) {
          return new int[] {first, cuts[c], t.text().originalStart(t.start(first) + cuts[c])};
        }
      }
    }
    return null;
  }

  /** Whether {@code latin} is written in capitals and is the initials of {@code name} (AWS). */
  static boolean isInitials(String latin, String name) {
    if (latin.length() < 2 || !latin.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return false;
    String[] words = name.strip().split("[\\s\\-]+");
    if (words.length != latin.length()) return false;
    for (int k = 0; k < words.length; k++) {
      if (words[k].isEmpty() || Character.toUpperCase(words[k].charAt(0)) != latin.charAt(k)) return false;
    }
    return true;
  }

  private static boolean startsWithWawSound(String latin) {
    char c = Character.toLowerCase(latin.charAt(0));
    return c == 'w' || c == 'o' || c == 'u';
  }

  private static boolean sameKey(String a, String b) {
    return NameKey.of(a).equals(NameKey.of(b));
  }

  private static Mention withNames(Mention m, String latin, String arabic) {
    return new Mention(m.type(), m.id(), latin, arabic, m.text(), m.start(), m.end(), null, true, m.cue());
  }

  private static void replace(List<Mention> out, Mention old, Mention now) {
    out.set(out.indexOf(old), now);
  }

  private static Mention exactly(List<Mention> out, int start, int end) {
    for (Mention m : out) {
      if (m.start() == start && m.end() == end) return m;
    }
    return null;
  }

  private static Mention endingAt(List<Mention> out, int end) {
    for (Mention m : out) {
      if (m.end() == end && m.type() != EntityType.MONEY) return m;
    }
    return null;
  }

  private static boolean overlapsAny(List<Mention> out, int start, int end) {
    return overlap(out, start, end) != null;
  }

  private static Mention overlap(List<Mention> out, int start, int end) {
    for (Mention m : out) {
      if (m.overlaps(start, end)) return m;
    }
    return null;
  }

  private static String gap(TokenizedText t, int k) {
    return t.text().normalized().substring(t.end(k - 1), t.start(k));
  }

  private static boolean gapIs(TokenizedText t, int k, char c) {
    return gap(t, k).strip().equals(String.valueOf(c));
  }

  private static boolean gapHas(TokenizedText t, int k, char c) {
    return gap(t, k).indexOf(c) >= 0;
  }
}
