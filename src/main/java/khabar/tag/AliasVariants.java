package khabar.tag;

import static khabar.normalize.ArabicLetters.ALEF;
import static khabar.normalize.ArabicLetters.LAM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import khabar.normalize.LatinLetterNames;
import khabar.normalize.Tokenizer;

/**
 * The spellings of an alias that the press uses but a gazetteer should not have to list, generated
 * from the alias's normalized terms. Each rule is a pure function of the terms:
 *
 * <ul>
 *   <li><b>Latin letter–digit joins and splits.</b> Where letters meet digits, with or without a
 *       space or hyphen, every joined and split form: GPT-4o → gpt4o; H800 → h 800; Ascend 910B →
 *       ascend910b; Gaudi 3 → gaudi3. A single letter is split from a number only when the number
 *       has at least two digits (H 800, never M 4).
 *   <li><b>Arabic letter names of chip codes.</b> A chip code of one to three Latin letters, digits
 *       and up to two letters is also written with the Arabic names of its letters ({@link
 *       LatinLetterNames}, the table discovery reads codes with): H800 → إتش 800,
 *       اتش 800; GB200 → جي بي 200; MI300X → إم آي 300 إكس.
 *   <li><b>A Chinese given name joined.</b> A Chinese name of three Arabic words, family name
 *       first, is also written with the two syllables of the given name as one word (وي تشي جيا →
 *       وي تشيجيا، دونغ مينغ تشو → دونغ مينغتشو): the press writes both.
 *   <li><b>Dropped leading alef.</b> An Arabic name whose first word starts with alef followed by a
 *       letter other than lam, and has at least six letters, is also written without the alef
 *       (إنفيديا → نفيديا). Shorter words are left alone: dropping the alef there makes other words.
 * </ul>
 *
 * <p>Hamza and alef forms, teh marbuta, alef maksura, Persian letters (ڤ) and case need no
 * variants: the shared normalizer folds them in the text and in the gazetteer alike.
 */
final class AliasVariants {

  /** Chips codes: up to three letters, digits, up to two letters (h800, gb200, mi300x, 910b). */
  private static final Pattern CHIP_CODE = Pattern.compile("([a-z]{0,3})([0-9]+)([a-z]{0,2})");

  private static final int MAX_FLEXIBLE_BOUNDARIES = 4;
  private static final int MIN_ALEF_DROP_LENGTH = 6;

  private AliasVariants() {}

  /** Every generated variant of {@code terms} (normalized), without {@code terms} itself. */
  static List<String[]> of(String[] terms, EntityType type) {
    return of(terms, type, false);
  }

  /**
   * As {@link #of(String[], EntityType)}; {@code chinese}: the name is a person's from a country
   * that writes the family name first and a given name of two syllables (China, Taiwan, Hong Kong).
   */
  static List<String[]> of(String[] terms, EntityType type, boolean chinese) {
    Set<List<String>> out = new LinkedHashSet<>();
    if (chinese) {
      String[] joined = joinedGivenName(terms);
      if (joined != null) out.add(List.of(joined));
    }
    for (String[] v : latinJoinsAndSplits(terms)) out.add(List.of(v));
    if (type == EntityType.CHIP) {
      for (String[] v : arabicLetterNames(terms)) out.add(List.of(v));
    }
    String[] dropped = droppedLeadingAlef(terms);
    if (dropped != null) out.add(List.of(dropped));
    out.remove(List.of(terms));
    List<String[]> list = new ArrayList<>(out.size());
    for (List<String> v : out) list.add(v.toArray(String[]::new));
    return list;
  }

  /** All joined and split forms at the letter–digit boundaries of an all-Latin alias. */
  static List<String[]> latinJoinsAndSplits(String[] terms) {
    // pieces: maximal runs of letters or of digits (keeping '.' and ',' inside numbers)
    List<String> pieces = new ArrayList<>();
    List<Boolean> spaceBefore = new ArrayList<>();
    for (String term : terms) {
      if (!isAsciiAlnum(term)) return List.of();
      int k = 0;
      boolean first = true;
      while (k < term.length()) {
        int s = k;
        boolean digit = Tokenizer.isDigit(term.charAt(k));
        while (k < term.length() && (Tokenizer.isDigit(term.charAt(k)) || isNumberMark(term, k)) == digit) k++;
        pieces.add(term.substring(s, k));
        spaceBefore.add(first && !pieces.isEmpty() && pieces.size() > 1);
        first = false;
      }
    }
    List<Integer> flexible = new ArrayList<>();
    for (int b = 1; b < pieces.size(); b++) {
      String left = pieces.get(b - 1);
      String right = pieces.get(b);
      boolean leftDigit = Tokenizer.isDigit(left.charAt(0));
      boolean rightDigit = Tokenizer.isDigit(right.charAt(0));
      if (leftDigit == rightDigit) continue;
      String letters = leftDigit ? right : left;
      String digits = leftDigit ? left : right;
      if (!spaceBefore.get(b) && letters.length() == 1 && digits.length() < 2) continue;
      flexible.add(b);
    }
    if (flexible.isEmpty() || flexible.size() > MAX_FLEXIBLE_BOUNDARIES) return List.of();
    List<String[]> out = new ArrayList<>();
    for (int mask = 0; mask < (1 << flexible.size()); mask++) {
      StringBuilder sb = new StringBuilder(pieces.get(0));
      for (int b = 1; b < pieces.size(); b++) {
        int f = flexible.indexOf(b);
        boolean split = f >= 0 ? (mask & (1 << f)) != 0 : spaceBefore.get(b);
        if (split) sb.append(' ');
        sb.append(pieces.get(b));
      }
      String[] v = GazetteerLoader.terms(sb.toString());
      if (!Arrays.equals(v, terms)) out.add(v);
    }
    return out;
  }

  /** H800 → [اتش, 800], [اش, 800]; only for a single code term. */
  static List<String[]> arabicLetterNames(String[] terms) {
    if (terms.length != 1) return List.of();
    Matcher m = CHIP_CODE.matcher(terms[0]);
    if (!m.matches() || m.group(1).isEmpty()) return List.of();
    List<List<String>> forms = new ArrayList<>();
    forms.add(new ArrayList<>());
    forms = spell(forms, m.group(1));
    if (forms.isEmpty()) return List.of();
    for (List<String> f : forms) f.add(m.group(2));
    forms = spell(forms, m.group(3));
    List<String[]> out = new ArrayList<>();
    for (List<String> f : forms) out.add(f.toArray(String[]::new));
    return out;
  }

  private static List<List<String>> spell(List<List<String>> prefixes, String letters) {
    for (char c : letters.toCharArray()) {
      List<String> names = LatinLetterNames.of(c);
      if (names.isEmpty()) return List.of();
      List<List<String>> next = new ArrayList<>();
      for (List<String> p : prefixes) {
        for (String name : names) {
          List<String> q = new ArrayList<>(p);
          q.add(name);
          next.add(q);
        }
      }
      prefixes = next;
    }
    return prefixes;
  }

  /** [وي, تشي, جيا] → [وي, تشيجيا]; null unless three Arabic words. */
  static String[] joinedGivenName(String[] terms) {
    if (terms.length != 3) return null;
    for (String w : terms) if (w.isEmpty() || !Tokenizer.isArabicLetter(w.charAt(0))) return null;
    return new String[] {terms[0], terms[1] + terms[2]};
  }

  /** [انفيديا] → [نفيديا]; null when the rule does not apply. */
  static String[] droppedLeadingAlef(String[] terms) {
    if (terms.length == 0) return null;
    String first = terms[0];
    if (first.length() < MIN_ALEF_DROP_LENGTH || first.charAt(0) != ALEF || first.charAt(1) == LAM) return null;
    if (!Tokenizer.isArabicLetter(first.charAt(1))) return null;
    String[] v = terms.clone();
    v[0] = first.substring(1);
    return v;
  }

  private static boolean isAsciiAlnum(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!((c >= 'a' && c <= 'z') || Tokenizer.isDigit(c) || isNumberMark(s, k))) return false;
    }
    return true;
  }

  /** '.' or ',' between two digits, which the tokenizer keeps inside a number. */
  private static boolean isNumberMark(String s, int k) {
    char c = s.charAt(k);
    return (c == '.' || c == ',') && k > 0 && k + 1 < s.length()
        && Tokenizer.isDigit(s.charAt(k - 1)) && Tokenizer.isDigit(s.charAt(k + 1));
  }
}
