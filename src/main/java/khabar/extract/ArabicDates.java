package khabar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 *   <li>numeric dates, day first as Arab sites write them: «25/01/2025», «25-1-2025».
 * </ul>
 *
 * Hijri dates («5 شعبان 1446») are left alone: their month names are not in the tables, so a page
 * that gives both calendars yields its Gregorian date. Month names are matched with and without
 * hamza on the alef («أغسطس», «اغسطس»).
 */
public final class ArabicDates {
  private static final Map<String, Integer> MONTHS = months();
  private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
  private static final Pattern NAMED =
      Pattern.compile("(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])(" + DIGIT + "{1,2})\\s*(?:من\\s+)?(" + String.join("|", MONTHS.keySet()) + ")(?![\\u0621-\\u064A])\\s*[،,]?\\s*(" + DIGIT + "{4})(?!" + DIGIT + ")");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!" + DIGIT + ")(" + DIGIT + "{1,2})[/.-](" + DIGIT + "{1,2})[/.-](" + DIGIT + "{4})(?!" + DIGIT + ")");

  private ArabicDates() {}

  /** The first date in {@code text}. */
  public static Optional<LocalDate> find(String text) {
    Optional<Match> named = first(NAMED.matcher(text), true);
    Optional<Match> numeric = first(NUMERIC.matcher(text), false);
    if (named.isPresent() && numeric.isPresent()) return Optional.of(named.get().start() <= numeric.get().start() ? named.get().date() : numeric.get().date());
    return named.or(() -> numeric).map(Match::date);
  }

  /** Whether {@code text} is a date and nothing else but a weekday and punctuation. */
  public static boolean isOnlyDate(String text) {
    Matcher m = NAMED.matcher(text);
    if (!m.find()) {
      m = NUMERIC.matcher(text);
      if (!m.find()) return false;
    }
    String rest = (text.substring(0, m.start()) + text.substring(m.end())).replaceAll("[\\s،,|:\\-–—]+", " ").strip();
    return rest.isEmpty() || WEEKDAY.matcher(rest).matches();
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("(?:(?:يوم\\s+)?(?:ال)?(?:أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت))|(?:نشر(?:\\s+في)?)|(?:تاريخ النشر)");

  private record Match(int start, LocalDate date) {}

  private static Optional<Match> first(Matcher m, boolean named) {
    while (m.find()) {
      try {
        int day = number(m.group(1));
        int month = named ? MONTHS.get(m.group(2)) : number(m.group(2));
        return Optional.of(new Match(m.start(), LocalDate.of(number(m.group(3)), month, day)));
      } catch (DateTimeException e) {
        // 31 فبراير or 13/13/2025: not a date, look further
      }
    }
    return Optional.empty();
  }

  private static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) n = n * 10 + Character.digit(digits.charAt(i), 10);
    return n;
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
