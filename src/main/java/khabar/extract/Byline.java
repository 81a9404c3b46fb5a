package khabar.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines as Arab news sites print them: «كتب: محمد السيد», «كتب - محمد السيد», «كتبت سارة
 * علي», «بقلم: سمير عطا الله», «حوار: آسيا العتروس», «إعداد: ...», "By Jane Doe". A byline is a
 * short line of its own; the name after the opening word is the author.
 */
final class Byline {
  /** The longest block that can be a byline line (a name, perhaps a place or a date after it). */
  static final int MAX_LINE_CHARS = 80;
  /** The longest name: a few words. */
  static final int MAX_NAME_CHARS = 45;

  private static final String LETTERS = "\\u0621-\\u064A\\u0671-\\u06D3\\u0660-\\u0669A-Za-z";
  private static final Pattern LINE = Pattern.compile(
      "^\\s*(?:كتب|كتبت|كتبه|بقلم|حوار|إعداد|اعداد|تقرير|تحرير|بواسطة|الكاتب|By|by|BY)(?![" + LETTERS + "])\\s*(?:[:：\\-–—|]\\s*)?"
          + "([" + LETTERS + "][" + LETTERS + "\\s.'ـ]*?)"
          + "\\s*(?:$|[\\-–—|،,(]|\\s{2}|\\d)");
  /** Words that start a sentence, not a name: «كتب الرئيس على حسابه» is news, not a byline. */
  private static final Pattern NOT_A_NAME = Pattern.compile("(?:^|\\s)(?:في|على|عن|أن|إن|إلى|الى|من|the|on|in)(?:\\s|$)");

  private Byline() {}

  /** The author a byline line names, or empty when {@code line} is not a byline. */
  /** The words a byline opens with; a line that opens with none is not one, and no pattern is run on it. */
  private static final List<String> OPENERS = List.of("كتب", "بقلم", "حوار", "إعداد", "اعداد", "تقرير", "تحرير", "بواسطة", "الكاتب", "By", "by", "BY");

  static Optional<String> author(String line) {
    if (line.length() > 2 * MAX_LINE_CHARS || !opensLikeAByline(line.stripLeading())) return Optional.empty();
    String t = MainText.clean(line);
    if (t.isEmpty() || t.length() > MAX_LINE_CHARS || !opensLikeAByline(t)) return Optional.empty();
    Matcher m = LINE.matcher(t);
    if (!m.find()) return Optional.empty();
    String name = m.group(1).strip();
    if (name.isEmpty() || name.length() > MAX_NAME_CHARS || name.split("\\s+").length > 6 || NOT_A_NAME.matcher(name).find()) return Optional.empty();
    return Optional.of(name);
  }

  private static boolean opensLikeAByline(String t) {
    for (String o : OPENERS) if (t.startsWith(o)) return true;
    return false;
  }

  /** Whether {@code line} is a byline line and nothing more. */
  static boolean isByline(String line) {
    return author(line).isPresent();
  }

  /**
   * An author as metadata gives it, without what is not a name: "By " and «بقلم» before it, or a
   * URL in its place (article:author often holds the author's page); blank when nothing is left.
   */
  static String clean(String author) {
    if (author == null) return "";
    String a = MainText.clean(author.replace('\u00A0', ' '));
    if (a.startsWith("http://") || a.startsWith("https://") || a.startsWith("/")) return "";
    if (a.startsWith("(") && a.endsWith(")")) return ""; // «(أبوظبي - البيان)»: a place and a paper credited, not a writer
    Matcher m = LINE.matcher(a);
    if (m.find() && m.start(1) > 0 && m.group(1).length() <= MAX_NAME_CHARS) a = m.group(1).strip();
    Matcher place = NAME_THEN_PLACE.matcher(a);
    return place.matches() ? place.group(1).strip() : a;
  }

  /** «حسام أبو العلا - القاهرة»: a name, then the city the writer files from (one or two words). */
  private static final Pattern NAME_THEN_PLACE = Pattern.compile("(\\S+(?:\\s+\\S+)+?)\\s+[-–—]\\s+\\S+(?:\\s\\S+)?");
}
