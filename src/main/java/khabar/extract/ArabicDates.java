package khabar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Gregorian dates written in Arabic: a day, a month name and a year, optionally after a
 * weekday, with Western, Arabic-Indic (٠–٩) or Persian (۰–۹) digits:
 *
 * <ul>
 *   <li>Egyptian and Gulf month names: «25 يناير 2025», «الثلاثاء 4 فبراير 2025»;
 *   <li>Levantine and Iraqi names: «25 كانون الثاني 2025», «3 تشرين الأول، 2024»;
 *   <li>Maghreb names: «12 جانفي 2025», «1 أوت 2024»;
 *   <li>both names of a month, as Levantine and Egyptian sites pair them: «28 آب/أغسطس 2013»,
 *       «19 كانون الثاني (يناير) 2026»;
 *   <li>numeric dates, day first as Arab sites write them: «25/01/2025», «25-1-2025», «20 - 04 -
 *       2024»; or year first: «2019/02/09»;
 *   <li>English dates as Arab sites also print them: «November 9, 2020», «12th, November 2025»;
 *   <li>Hijri dates («5 شعبان 1446 هـ»), read with the Umm al-Qura calendar, only when the text has
 *       no Gregorian date: a page that gives both («الموافق») yields its Gregorian date.
 * </ul>
 *
 * Month names are matched with and without hamza on the alef («أغسطس», «اغسطس»). {@link
 * #relative} reads «منذ ساعتين», «منذ 3 أيام» against the time the page was fetched.
 */
public final class ArabicDates {
  private static final Map<String, Integer> MONTHS = months();
  private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
  private static final String MONTH_NAMES = String.join("|", MONTHS.keySet());
  /** The month's other name after the first, «آب/أغسطس» or «كانون الثاني (يناير)»: skipped. */
  private static final String SECOND_NAME = "(?:\\s*(?:/|\\(|-)\\s*(?:" + MONTH_NAMES + ")\\s*\\)?)?";
  private static final Pattern NAMED =
      Pattern.compile("(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])(" + DIGIT + "{1,2})\\s*(?:من\\s+)?(" + MONTH_NAMES + ")(?![\\u0621-\\u064A])" + SECOND_NAME + "\\s*[،,]?\\s*(" + DIGIT + "{4})(?!" + DIGIT + ")");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!" + DIGIT + ")(" + DIGIT + "{1,2}) ?([/.-]) ?(" + DIGIT + "{1,2}) ?\\2 ?(" + DIGIT + "{4})(?!" + DIGIT + ")");
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![" + "0-9\\u0660-\\u0669\\u06F0-\\u06F9" + "/.-])(" + DIGIT + "{4})([/.-])(" + DIGIT + "{1,2})\\2(" + DIGIT + "{1,2})(?![" + "0-9\\u0660-\\u0669\\u06F0-\\u06F9" + "]|[/.-]" + DIGIT + ")");
  /** English month names, as Arab sites print dates in Latin letters too: «November 9, 2020», «12th, November 2025». */
  private static final String EN_MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern EN_DAY_FIRST = Pattern.compile(
      "(?i)(?<![0-9A-Za-z])(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?" + EN_MONTHS + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern EN_MONTH_FIRST = Pattern.compile(
      "(?i)(?<![A-Za-z])" + EN_MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Map<String, Integer> HIJRI_MONTHS = hijriMonths();
  private static final Pattern HIJRI =
      Pattern.compile("(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])(" + DIGIT + "{1,2})\\s*(?:من\\s+)?(" + String.join("|", HIJRI_MONTHS.keySet()) + ")(?![\\u0621-\\u064A])\\s*[،,]?\\s*(" + DIGIT + "{4})(?!" + DIGIT + ")");

  private ArabicDates() {}

  /** The first Gregorian date in {@code text}; else its first Hijri date, as a Gregorian one. */
  public static Optional<LocalDate> find(String text) {
    Optional<Match> best = Optional.empty();
    for (Optional<Match> m : List.of(first(NAMED.matcher(text), Kind.NAMED), first(NUMERIC.matcher(text), Kind.NUMERIC), first(YEAR_FIRST.matcher(text), Kind.YEAR_FIRST),
        first(EN_DAY_FIRST.matcher(text), Kind.EN_DAY_FIRST), first(EN_MONTH_FIRST.matcher(text), Kind.EN_MONTH_FIRST))) {
      if (m.isPresent() && (best.isEmpty() || m.get().start() < best.get().start())) best = m;
    }
    if (best.isEmpty()) best = first(HIJRI.matcher(text), Kind.HIJRI);
    return best.map(Match::date);
  }

  /** «منذ ساعتين», «منذ 3 أيام», «قبل 5 دقائق»: an amount and a unit after منذ or قبل. */
  private static final Pattern RELATIVE = Pattern.compile(
      "(?:منذ|قبل)\\s+(?:(" + DIGIT + "{1,3})\\s*)?(دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع)(?![\\u0621-\\u064A])");

  /**
   * The time {@code text} gives relative to {@code now} («منذ ساعتين» is two hours before), or
   * empty. A unit without a number is one, or two in the dual (ساعتين).
   */
  public static Optional<java.time.Instant> relative(String text, java.time.Instant now) {
    if (now == null) return Optional.empty();
    Matcher m = RELATIVE.matcher(text);
    if (!m.find()) return Optional.empty();
    String unit = m.group(2);
    long n = m.group(1) != null ? number(m.group(1)) : unit.endsWith("ين") ? 2 : 1;
    java.time.Duration one = switch (unit.charAt(0)) {
      case 'د' -> java.time.Duration.ofMinutes(1);
      case 'س' -> java.time.Duration.ofHours(1);
      case 'ي', 'أ', 'ا' -> unit.contains("سب") || unit.contains("ساب") ? java.time.Duration.ofDays(7) : java.time.Duration.ofDays(1);
      default -> java.time.Duration.ofDays(1);
    };
    return Optional.of(now.minus(one.multipliedBy(n)));
  }

  /** Whether {@code text} is a date and nothing else but a weekday and punctuation. */
  public static boolean isOnlyDate(String text) {
    Matcher m = NAMED.matcher(text);
    if (!m.find()) {
      m = NUMERIC.matcher(text);
      if (!m.find()) {
        m = YEAR_FIRST.matcher(text);
        if (!m.find()) return false;
      }
    }
    String rest = (text.substring(0, m.start()) + text.substring(m.end())).replaceAll("[\\s،,|:\\-–—]+", " ").strip();
    return rest.isEmpty() || WEEKDAY.matcher(rest).matches();
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("(?:(?:يوم\\s+)?(?:ال)?(?:أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت))|(?:نشر(?:\\s+في)?)|(?:تاريخ النشر)|(?:التاريخ)|(?:تم نشره)");

  private record Match(int start, LocalDate date) {}

  private enum Kind { NAMED, NUMERIC, YEAR_FIRST, EN_DAY_FIRST, EN_MONTH_FIRST, HIJRI }

  private static Optional<Match> first(Matcher m, Kind kind) {
    while (m.find()) {
      try {
        LocalDate d = switch (kind) {
          case NAMED -> LocalDate.of(number(m.group(3)), MONTHS.get(m.group(2)), number(m.group(1)));
          case NUMERIC -> LocalDate.of(number(m.group(4)), number(m.group(3)), number(m.group(1)));
          case YEAR_FIRST -> LocalDate.of(number(m.group(1)), number(m.group(3)), number(m.group(4)));
          case EN_DAY_FIRST -> LocalDate.of(number(m.group(3)), englishMonth(m.group(2)), number(m.group(1)));
          case EN_MONTH_FIRST -> LocalDate.of(number(m.group(3)), englishMonth(m.group(1)), number(m.group(2)));
          case HIJRI -> LocalDate.from(java.time.chrono.HijrahChronology.INSTANCE.date(number(m.group(3)), HIJRI_MONTHS.get(m.group(2)), number(m.group(1))));
        };
        return Optional.of(new Match(m.start(), d));
      } catch (DateTimeException e) {
        // 31 فبراير or 13/13/2025: not a date, look further
      }
    }
    return Optional.empty();
  }

  private static int englishMonth(String name) {
    return java.time.Month.valueOf(switch (name.substring(0, 3).toUpperCase(java.util.Locale.ROOT)) {
      case "JAN" -> "JANUARY"; case "FEB" -> "FEBRUARY"; case "MAR" -> "MARCH"; case "APR" -> "APRIL";
      case "MAY" -> "MAY"; case "JUN" -> "JUNE"; case "JUL" -> "JULY"; case "AUG" -> "AUGUST";
      case "SEP" -> "SEPTEMBER"; case "OCT" -> "OCTOBER"; case "NOV" -> "NOVEMBER"; default -> "DECEMBER";
    }).getValue();
  }

  private static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) n = n * 10 + Character.digit(digits.charAt(i), 10);
    return n;
  }

  private static Map<String, Integer> hijriMonths() {
    Map<String, Integer> m = new LinkedHashMap<>(); // longer names first, as for the Gregorian months
    String[][] names = {
      {"ربيع الأول", "3"}, {"ربيع الاول", "3"}, {"ربيع الآخر", "4"}, {"ربيع الثاني", "4"}, {"ربيع الاخر", "4"},
      {"جمادى الأولى", "5"}, {"جمادى الاولى", "5"}, {"جمادى الأول", "5"}, {"جمادى الآخرة", "6"}, {"جمادى الاخرة", "6"},
      {"جمادى الثانية", "6"}, {"ذو القعدة", "11"}, {"ذي القعدة", "11"}, {"ذو الحجة", "12"}, {"ذي الحجة", "12"},
      {"محرم", "1"}, {"صفر", "2"}, {"رجب", "7"}, {"شعبان", "8"}, {"رمضان", "9"}, {"شوال", "10"}
    };
    for (String[] n : names) m.put(n[0], Integer.parseInt(n[1]));
    return m;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new LinkedHashMap<>(); // longer names first, so «كانون الثاني» beats a shorter prefix
    String[][] names = {
      {"كانون الثاني", "1"}, {"كانون الأول", "12"}, {"كانون الاول", "12"}, {"تشرين الأول", "10"}, {"تشرين الاول", "10"},
      {"تشرين الثاني", "11"}, {"يناير", "1"}, {"فبراير", "2"}, {"مارس", "3"}, {"أبريل", "4"}, {"ابريل", "4"},
      {"إبريل", "4"}, {"مايو", "5"}, {"يونيو", "6"}, {"يونيه", "6"}, {"يونية", "6"}, {"يوليو", "7"}, {"يوليه", "7"},
      {"يولية", "7"}, {"أغسطس", "8"}, {"اغسطس", "8"}, {"سبتمبر", "9"}, {"أكتوبر", "10"}, {"اكتوبر", "10"},
      {"نوفمبر", "11"}, {"ديسمبر", "12"}, {"شباط", "2"}, {"آذار", "3"}, {"اذار", "3"}, {"نيسان", "4"}, {"أيار", "5"},
      {"ايار", "5"}, {"حزيران", "6"}, {"تموز", "7"}, {"آب", "8"}, {"أيلول", "9"}, {"ايلول", "9"}, {"جانفي", "1"},
      {"فيفري", "2"}, {"أفريل", "4"}, {"افريل", "4"}, {"ماي", "5"}, {"جوان", "6"}, {"جويلية", "7"}, {"أوت", "8"},
      {"اوت", "8"}
    };
    for (String[] n : names) m.put(n[0], Integer.parseInt(n[1]));
    return m;
  }
}
