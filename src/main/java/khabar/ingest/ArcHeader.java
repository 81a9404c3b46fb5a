package khabar.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one-line header of an Internet Archive ARC record: {@code URL IP-address Archive-date
 * Content-type Archive-length} (version 1), or with five more fields before the length (version 2:
 * result code, checksum, location, offset, file name).
 *
 * <p>Fields are taken from the right, split on single spaces, so a URL with spaces in it (as some
 * crawlers wrote them) keeps them, and an empty content type (two spaces) is read as empty.
 *
 * @param url the URL, as written
 * @param date the archive date, 14 digits {@code yyyyMMddHHmmss} in UTC (fewer or more digits are
 *     kept as written; {@link #fetched} tells whether it reads)
 * @param contentType the content type field, possibly empty
 * @param length the Archive-length, or -1 when it is not a number
 */
record ArcHeader(String url, String date, String contentType, long length) {

  /** Header fields of an ARC version 1 record. */
  static final int V1_FIELDS = 5;
  /** Header fields of an ARC version 2 record. */
  static final int V2_FIELDS = 10;

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S.*");
  /** Digits, or a dash for a date not known (JWAT's test files write {@code filedesc:// - - - 76}). */
  private static final Pattern DATE = Pattern.compile("\\d{8,20}|-");
  private static final DateTimeFormatter ARC_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

  /**
   * The header in {@code line} (its line end is dropped), or null when the line is no ARC record
   * header: a URL with a scheme, {@code fields - 1} fields after it, an archive date of digits.
   * A header whose length is not a number is still a header (its {@link #length} is -1), so a bad
   * record is named where it starts.
   */
  static ArcHeader parse(byte[] b, int from, int to, int fields) {
    while (to > from && (b[to - 1] == '\n' || b[to - 1] == '\r')) to--;
    for (int i = from; i < to; i++) if ((b[i] & 0xFF) < 0x20 && b[i] != '\t') return null;
    String line = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    String[] right = new String[fields - 1];
    int end = line.length();
    for (int k = 0; k < right.length; k++) {
      int sp = line.lastIndexOf(' ', end - 1);
      if (sp < 0) return null;
      right[k] = line.substring(sp + 1, end);
      end = sp;
    }
    String url = line.substring(0, end);
    String date = right[fields - 3];
    if (!SCHEME.matcher(url).matches() || !DATE.matcher(date).matches()) return null;
    String len = right[0];
    long length = -1;
    if (!len.isEmpty() && len.length() <= 18 && len.chars().allMatch(Character::isDigit)) length = Long.parseLong(len);
    return new ArcHeader(url, date, right[fields - 4], length);
  }

  /** Whether {@code b[from..to)}, a line cut short, begins as a header does: with a URL. */
  static boolean startsLikeOne(byte[] b, int from, int to) {
    int end = from;
    while (end < to && b[end] != ' ' && (b[end] & 0xFF) >= 0x20) end++;
    return end > from && (end == to || b[end] == ' ') && SCHEME.matcher(new String(b, from, end - from, StandardCharsets.ISO_8859_1)).matches();
  }

  /** The header that starts {@code header} (a whole line), or null. */
  static ArcHeader parse(byte[] header, int fields) {
    return parse(header, 0, header.length, fields);
  }

  /** The archive date as an instant, or null when it is not a 14-digit (or 12-digit) date. */
  Instant fetched() {
    String d = date.length() == 12 ? date + "00" : date;
    if (d.length() != 14) return null;
    try {
      return LocalDateTime.parse(d, ARC_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether this is the version block at the start of the file, not a capture. */
  boolean isFileDescription() {
    return url.regionMatches(true, 0, "filedesc:", 0, 9);
  }

  /** Whether the URL is a web page's (http or https), the only captures that can be pages. */
  boolean isWeb() {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  /**
   * The header field count the version block {@code block} sets for the records after it: its
   * first line starts with the version ({@code 1 0 ...}, {@code 2 0 ...}).
   */
  static int fieldsOf(byte[] block) {
    return block.length > 0 && block[0] == '2' ? V2_FIELDS : V1_FIELDS;
  }
}
