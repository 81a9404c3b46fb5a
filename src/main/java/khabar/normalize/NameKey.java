package khabar.normalize;

import static khabar.normalize.ArabicLetters.AIN;
import static khabar.normalize.ArabicLetters.ALEF;
import static khabar.normalize.ArabicLetters.BEH;
import static khabar.normalize.ArabicLetters.DAD;
import static khabar.normalize.ArabicLetters.DAL;
import static khabar.normalize.ArabicLetters.FEH;
import static khabar.normalize.ArabicLetters.GHAIN;
import static khabar.normalize.ArabicLetters.HAH;
import static khabar.normalize.ArabicLetters.HAMZA;
import static khabar.normalize.ArabicLetters.HEH;
import static khabar.normalize.ArabicLetters.JEEM;
import static khabar.normalize.ArabicLetters.KAF;
import static khabar.normalize.ArabicLetters.KHAH;
import static khabar.normalize.ArabicLetters.LAM;
import static khabar.normalize.ArabicLetters.MEEM;
import static khabar.normalize.ArabicLetters.NOON;
import static khabar.normalize.ArabicLetters.QAF;
import static khabar.normalize.ArabicLetters.REH;
import static khabar.normalize.ArabicLetters.SAD;
import static khabar.normalize.ArabicLetters.SEEN;
import static khabar.normalize.ArabicLetters.SHEEN;
import static khabar.normalize.ArabicLetters.TAH;
import static khabar.normalize.ArabicLetters.TEH;
import static khabar.normalize.ArabicLetters.THAL;
import static khabar.normalize.ArabicLetters.THEH;
import static khabar.normalize.ArabicLetters.WAW;
import static khabar.normalize.ArabicLetters.YEH;
import static khabar.normalize.ArabicLetters.ZAH;
import static khabar.normalize.ArabicLetters.ZAIN;

import java.util.ArrayList;
import java.util.List;

/**
 * A spelling-insensitive key for a name, the same for the spellings the press uses for one foreign
 * name and for its Latin original: غوغل، جوجل، قوقل and Google → {@code kl}; ترامب، ترمب and Trump →
 * {@code trmb}; زوكربيرغ، زوكربرج and Zuckerberg → {@code skrbrk}.
 *
 * <p>The key is a consonant skeleton over a few sound classes, one word per space-separated part:
 *
 * <ul>
 *   <li><b>Vowels go</b>: the vowel letters ا و ي ى, hamza in any seat, ع, and a word-final ه (teh
 *       marbuta, folded to ه); in Latin a e i o u w y and a final h. Short vowels are not written
 *       in Arabic, so the long ones that sometimes are cannot count.
 *   <li><b>Classes</b> (Arabic | Latin → key): ب پ | b p → b; ف ڤ | f v ph → f; ت ط ث | t th → t;
 *       د ض | d → d; س ص ز ذ ظ | s z, c before e i y → s; ش, تش | sh sch ch tch, x at the start
 *       (Xiaomi شاومي) → x; ك ق غ ج خ گ | k c q g j ck kh, ch before r or l → k; ه ح | h → h; ل l,
 *       م m, ن n, ر r as they are. x elsewhere is ks; gh is silent after a vowel (Wright), k at
 *       the start (Ghana); h between a vowel and a consonant is silent (John جون).
 *   <li><b>Doubles collapse</b> after vowels are gone: Google → kkl → kl, Cook → kk → k.
 * </ul>
 *
 * <p>A key is for matching spellings that already look alike in other ways (the same article, a
 * known candidate): keys of short names collide (جون John and كون Kahn share {@code kn}), so a
 * caller should want at least two consonants before it trusts one. Digits and other characters are
 * kept as they are.
 */
public final class NameKey {

  /** What separates the words of a name; compiled once (String.split compiled it on every call). */
  private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s\\-_.·]+");

  private NameKey() {}

  /** The key of {@code name} in either script (mixed is fine: each word by its own letters). */
  public static String of(String name) {
    String folded = ArabicNormalizer.normalize(name).normalized();
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAKS.split(folded)) {
      if (w.isEmpty()) continue;
      String k = isLatinWord(w) ? latin(w) : arabic(w);
      if (!k.isEmpty()) words.add(k);
    }
    return String.join(" ", words);
  }

  /**
   * The key of a name of one word, in either script, with the doubles that {@link #of} collapses
   * kept where they are written: two spellings of one word agree on it when they differ by vowel
   * letters, hamza and the sound classes alone. An Arabic word keeps every class it writes
   * (فينينفست, Fininvest, is {@code fnnfst}, فينفاست, VinFast, {@code fnfst}; {@link #of} gives both
   * {@code fnfst}); a Latin word writes a doubled letter once, as Arabic spells it (Google, غوغل:
   * {@code kkl}). Empty when {@code name} is not one word.
   */
  public static String word(String name) {
    String folded = ArabicNormalizer.normalize(name).normalized().strip();
    if (folded.isEmpty() || WORD_BREAKS.matcher(folded).find()) return "";
    if (!isLatinWord(folded)) return arabic(folded, false);
    StringBuilder once = new StringBuilder(folded.length());
    for (int k = 0; k < folded.length(); k++) {
      if (k == 0 || folded.charAt(k) != folded.charAt(k - 1)) once.append(folded.charAt(k));
    }
    return latin(once.toString(), false);
  }

  /** The key of one folded Arabic word. */
  static String arabic(String w) {
    return arabic(w, true);
  }

  private static String arabic(String w, boolean collapse) {
    StringBuilder b = new StringBuilder(w.length());
    int end = w.length();
    if (end > 1 && w.charAt(end - 1) == HEH) end--;
    for (int k = 0; k < end; k++) {
      char c = w.charAt(k);
      if (c == TEH && k + 1 < end && w.charAt(k + 1) == SHEEN) continue; // تش is one sound, ش
      append(b, arabicClass(c), collapse);
    }
    return b.toString();
  }

  private static char arabicClass(char c) {
    if (c == ALEF || c == WAW || c == YEH || c == HAMZA || c == AIN) return 0;
    if (c == BEH) return 'b';
    if (c == FEH) return 'f';
    if (c == TEH || c == TAH || c == THEH) return 't';
    if (c == DAL || c == DAD) return 'd';
    if (c == SEEN || c == SAD || c == ZAIN || c == THAL || c == ZAH) return 's';
    if (c == SHEEN) return 'x';
    if (c == KAF || c == QAF || c == GHAIN || c == JEEM || c == KHAH) return 'k';
    if (c == HEH || c == HAH) return 'h';
    if (c == LAM) return 'l';
    if (c == MEEM) return 'm';
    if (c == NOON) return 'n';
    if (c == REH) return 'r';
    return Tokenizer.isArabicLetter(c) ? 0 : c;
  }

  /** The key of one lower-case Latin word. */
  static String latin(String w) {
    return latin(w, true);
  }

  private static String latin(String w, boolean collapse) {
    StringBuilder b = new StringBuilder(w.length());
    int n = w.length();
    if (n > 1 && w.charAt(n - 1) == 'h' && isVowel(w.charAt(n - 2))) n--; // Sarah, Noah
    for (int k = 0; k < n; k++) {
      char c = w.charAt(k);
      char next = k + 1 < n ? w.charAt(k + 1) : 0;
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> {}
        case 'b', 'p' -> {
          if (c == 'p' && next == 'h') {
            append(b, 'f', collapse);
            k++;
          } else {
            append(b, 'b', collapse);
          }
        }
        case 'f', 'v' -> append(b, 'f', collapse);
        case 't' -> {
          if (next == 'h') k++;
          if (next == 'c' && k + 2 < n && w.charAt(k + 2) == 'h') continue; // tch is ch
          append(b, 't', collapse);
        }
        case 'd' -> append(b, 'd', collapse);
        case 's' -> {
          if (next == 'h') {
            append(b, 'x', collapse);
            k++;
          } else if (next == 'c' && k + 2 < n && w.charAt(k + 2) == 'h') {
            append(b, 'x', collapse);
            k += 2;
          } else {
            append(b, 's', collapse);
          }
        }
        case 'z' -> append(b, 's', collapse);
        case 'c' -> {
          if (next == 'h') {
            append(b, k + 2 < n && (w.charAt(k + 2) == 'r' || w.charAt(k + 2) == 'l') ? 'k' : 'x', collapse);
            k++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            append(b, 's', collapse);
          } else {
            append(b, 'k', collapse);
            if (next == 'k') k++;
          }
        }
        case 'k', 'q', 'j' -> {
          append(b, 'k', collapse);
          if (c == 'k' && next == 'h') k++;
        }
        case 'g' -> {
          if (next == 'h') {
            if (k == 0) append(b, 'k', collapse);
            k++;
          } else {
            append(b, 'k', collapse);
          }
        }
        case 'x' -> {
          if (k == 0) {
            append(b, 'x', collapse); // Xiaomi شاومي, Xi شي
          } else {
            append(b, 'k', collapse);
            append(b, 's', collapse);
          }
        }
        case 'h' -> {
          if (k == 0 || !isVowel(w.charAt(k - 1)) || (next != 0 && isVowel(next))) append(b, 'h', collapse); // John جون
        }
        case 'l', 'm', 'n', 'r' -> append(b, c, collapse);
        default -> append(b, c, collapse);
      }
    }
    return b.toString();
  }

  private static void append(StringBuilder b, char c, boolean collapse) {
    if (c == 0) return;
    if (!collapse) {
      b.append(c);
      return;
    }
    if (b.length() > 0 && b.charAt(b.length() - 1) == c) return;
    b.append(c);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isLatinWord(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= 'a' && c <= 'z') return true;
      if (Tokenizer.isArabicLetter(c)) return false;
    }
    return false;
  }
}
