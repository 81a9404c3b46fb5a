package khabar.ingest;

import java.nio.charset.StandardCharsets;

/**
 * What {@link ArchiveFrames} needs to know of a web archive format: how a record header starts,
 * where it ends and how long the block after it is. WARC and ARC differ only in these.
 */
abstract sealed class ArchiveSyntax {
  /** {@link #startsRecord}: a record header starts here. */
  static final int YES = 1;
  /** {@link #startsRecord}: no record header starts here. */
  static final int NO = -1;
  /** {@link #startsRecord}: the bytes end before they tell. */
  static final int MORE = 0;

  /** The format's name in messages: WARC, ARC. */
  abstract String name();

  /** The header field that gives the block length, for messages. */
  abstract String lengthField();

  /** Whether the header is its first line only (ARC), not lines up to an empty one (WARC). */
  abstract boolean oneLineHeader();

  /** Most bytes {@link #startsRecord} looks at to tell. */
  abstract int lookahead();

  /**
   * Whether a record header starts at {@code b[from]} (a line start), looking no further than
   * {@code to}: {@link #YES}, {@link #NO}, or {@link #MORE} when the bytes up to {@code to} do not
   * tell; {@code atEnd} says no bytes follow {@code to} (then what is there is a cut header:
   * {@link #YES}).
   */
  abstract int startsRecord(byte[] b, int from, int to, boolean atEnd);

  /** The block length a header declares, or -1 when it declares none that reads. */
  abstract long blockLength(byte[] header);

  /** Called with each good record: a format whose later headers depend on an earlier record learns it here. */
  void saw(byte[] header, byte[] block) {}

  /** WARC: {@code WARC/1.0}, {@code WARC/1.1} and the drafts {@code WARC/0.17}, {@code WARC/0.18}. */
  static final class Warc extends ArchiveSyntax {
    private static final byte[] START = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern LINE_END = java.util.regex.Pattern.compile("\r?\n");

    @Override
    String name() {
      return "WARC";
    }

    @Override
    String lengthField() {
      return "Content-Length";
    }

    @Override
    boolean oneLineHeader() {
      return false;
    }

    @Override
    int lookahead() {
      return START.length + 2;
    }

    /** {@code WARC/} in any case (JHOVE's valid files write {@code warc/1.0}), a digit and a dot. */
    @Override
    int startsRecord(byte[] b, int from, int to, boolean atEnd) {
      int n = lookahead();
      for (int k = 0; k < n; k++) {
        if (from + k >= to) return atEnd ? YES : MORE;
        byte c = b[from + k];
        boolean ok = k < START.length ? (c | (k < 4 ? 0x20 : 0)) == (START[k] | (k < 4 ? 0x20 : 0))
            : k == START.length ? c >= '0' && c <= '9' : c == '.';
        if (!ok) return NO;
      }
      return YES;
    }

    @Override
    long blockLength(byte[] header) {
      String value = field(header, "Content-Length");
      if (value == null) return -1;
      try {
        long n = Long.parseLong(value);
        return n < 0 ? -1 : n;
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /**
     * The first header field {@code name} (any case), or null. A value may be folded onto lines
     * that start with a space or a tab (WARC 1.0 section 4, as HTTP/1.1 allowed): those lines are
     * joined by one space.
     */
    static String field(byte[] header, String name) {
      String[] lines = LINE_END.split(new String(header, StandardCharsets.UTF_8));
      for (int i = 0; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon <= 0 || !lines[i].substring(0, colon).strip().equalsIgnoreCase(name)) continue;
        StringBuilder value = new StringBuilder(lines[i].substring(colon + 1).strip());
        while (i + 1 < lines.length && !lines[i + 1].isEmpty() && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
          String more = lines[++i].strip();
          if (!more.isEmpty()) value.append(value.isEmpty() ? "" : " ").append(more);
        }
        return value.toString();
      }
      return null;
    }
  }

  /**
   * ARC, versions 1 and 2: a one-line header ({@link ArcHeader}); the version block at the start of
   * the file says how many fields the headers after it have.
   */
  static final class Arc extends ArchiveSyntax {
    /** The longest header line looked for (a URL can be long). */
    static final int MAX_LINE = 8192;

    private int fields = ArcHeader.V1_FIELDS;

    @Override
    String name() {
      return "ARC";
    }

    @Override
    String lengthField() {
      return "Archive-length";
    }

    @Override
    boolean oneLineHeader() {
      return true;
    }

    @Override
    int lookahead() {
      return MAX_LINE;
    }

    @Override
    int startsRecord(byte[] b, int from, int to, boolean atEnd) {
      int limit = Math.min(to, from + MAX_LINE);
      int nl = from;
      while (nl < limit && b[nl] != '\n') nl++;
      if (nl == limit && !atEnd && limit - from < MAX_LINE) return MORE;
      // The file ends inside a line: a header cut short when it begins with a URL.
      if (nl == to && atEnd) return ArcHeader.startsLikeOne(b, from, to) ? YES : NO;
      // Either version's header starts a record: the version block is read only after its end is found.
      return ArcHeader.parse(b, from, nl, ArcHeader.V1_FIELDS) != null || ArcHeader.parse(b, from, nl, ArcHeader.V2_FIELDS) != null ? YES : NO;
    }

    @Override
    long blockLength(byte[] header) {
      ArcHeader h = header(header);
      return h == null ? -1 : h.length();
    }

    /** The header of a record, with the field count this file's version block set. */
    ArcHeader header(byte[] header) {
      ArcHeader h = ArcHeader.parse(header, fields);
      if (h != null) return h;
      // The version block of a version 2 file has its ten fields before the block says so.
      h = ArcHeader.parse(header, ArcHeader.V1_FIELDS);
      return h != null ? h : ArcHeader.parse(header, ArcHeader.V2_FIELDS);
    }

    @Override
    void saw(byte[] header, byte[] block) {
      ArcHeader h = header(header);
      if (h != null && h.isFileDescription()) fields = ArcHeader.fieldsOf(block);
    }
  }
}
