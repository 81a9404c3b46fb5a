package khabar.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a WARC or ARC file into records without trusting any one record's length field: a record is
 * taken only when its block ends where the next record (or the file) begins. What a header looks
 * like and where its length is are the {@link ArchiveSyntax}'s; the rules, in order:
 *
 * <ol>
 *   <li>a record is a header (WARC: lines from {@code WARC/1.0} to an empty line; ARC: one line,
 *       {@link ArcHeader}) that declares a length, then that many bytes of block, then line ends;
 *   <li>after the block comes the terminator CR LF CR LF, or only line ends and white space (none,
 *       for an ARC written without them) and then the next record header or the end of the file; otherwise
 *       the length is wrong (longer or shorter than the block) and the record is {@link Frame#bad
 *       bad} (never read: its body would be the wrong bytes);
 *   <li>after a bad record, or bytes that are no record header, reading resumes at the next line
 *       that starts a record header, searched from the end of the bad record's header line; the
 *       bytes passed over are counted;
 *   <li>a record whose block is over the size limit is passed over (streamed), with its header
 *       and the first {@value #HEAD_BYTES} bytes of its block kept so the caller can tell what it
 *       was;
 *   <li>a damaged gzip member ({@link GzipMembers.DamagedMember}) makes the record it was in bad,
 *       and reading resumes at the next member.
 * </ol>
 *
 * <p>Positions are the byte offsets where each record starts: in the file for an uncompressed WARC,
 * of the record's gzip member for a compressed one (with {@code +N}, N bytes into the member's
 * uncompressed bytes, when one member holds several records).
 */
final class ArchiveFrames {

  /**
   * One record, or one place that was no good record.
   *
   * @param position where it starts: the byte offset, or for a record inside a gzip member that
   *     holds several, the member's offset, {@code +} and how far into its uncompressed bytes
   * @param header the header bytes including the empty line, or null for a bad frame
   * @param block the block; only its first {@value ArchiveFrames#HEAD_BYTES} bytes when it is over the
   *     limit (shorter than {@code blockLength}); null when the frame is bad
   * @param blockLength the declared block length (-1 when unknown)
   * @param bad what was wrong, or null for a good record
   * @param truncated whether the file ended inside the record
   */
  record Frame(String position, byte[] header, byte[] block, long blockLength, String bad, boolean truncated) {
    /** The WARC header field {@code name} (case-insensitive, folded lines joined), or null. */
    String field(String name) {
      return header == null ? null : ArchiveSyntax.Warc.field(header, name);
    }
  }

  /** How much of a block over the limit is kept, for its HTTP head. */
  static final int HEAD_BYTES = 64 * 1024;

  /** The longest record header read. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private static final byte[] TERMINATOR = {'\r', '\n', '\r', '\n'};

  private final ArchiveSyntax syntax;
  private final InputStream in;
  private final GzipMembers gzip;
  private final long maxBlock;
  /** Bytes given back, read again before {@link #in}. */
  private byte[] back = new byte[0];
  private int backPos;
  /** Uncompressed offset of the next byte {@link #read} returns. */
  private long offset;
  private long skippedBytes;
  /** Damage met while checking a record's end, reported as the next frame. */
  private IOException pending;

  /**
   * @param syntax the archive format
   * @param in the archive's bytes: uncompressed, or a {@link GzipMembers}
   * @param maxBlock blocks above this many bytes are passed over unread
   */
  ArchiveFrames(ArchiveSyntax syntax, InputStream in, long maxBlock) {
    this.syntax = syntax;
    this.in = in;
    this.gzip = in instanceof GzipMembers g ? g : null;
    this.maxBlock = maxBlock;
  }

  /** Bytes passed over while looking for the next record after a bad one. */
  long skippedBytes() {
    return skippedBytes;
  }

  private String position(long at) {
    if (gzip == null) return Long.toString(at);
    long into = gzip.intoMember(at);
    return gzip.memberOf(at) + (into > 0 ? "+" + into : "");
  }

  /** The next frame, or null at the end of the file. */
  Frame next() throws IOException {
    try {
      return frame();
    } catch (GzipMembers.DamagedMember e) {
      back = new byte[0];
      backPos = 0;
      offset = gzip.offset();
      return new Frame(Long.toString(e.memberOffset), null, null, -1, e.getMessage(), false);
    } catch (GzipMembers.Truncated e) {
      back = new byte[0];
      backPos = 0;
      offset = gzip.offset();
      return new Frame(Long.toString(e.memberOffset), null, null, -1, e.getMessage(), true);
    }
  }

  private Frame frame() throws IOException {
    if (pending != null) {
      IOException e = pending;
      pending = null;
      throw e;
    }
    // Line ends, blank space and NUL padding before a record are passed over, and a byte order
    // mark at the start of the file.
    int c;
    do {
      c = read();
      if (c == 0xEF && offset == 1) c = skipByteOrderMark();
    } while (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == 0);
    if (c < 0) return null;
    long start = offset - 1;
    unread(new byte[] {(byte) c});
    String position = position(start);

    ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
    boolean ended = readHeader(header);
    byte[] h = header.toByteArray();
    if (syntax.startsRecord(h, 0, h.length, true) != ArchiveSyntax.YES) {
      String first = firstLine(h);
      resync(h, 1);
      return new Frame(position, null, null, -1, "not " + article() + " record header: \"" + first + "\"", false);
    }
    if (!ended) {
      if (h.length >= MAX_HEADER_BYTES) {
        resync(h, 1);
        return new Frame(position, null, null, -1, "record header longer than " + MAX_HEADER_BYTES + " bytes", false);
      }
      return new Frame(position, null, null, -1, "file ends inside the record header", true);
    }
    long length = syntax.blockLength(h);
    if (length < 0) {
      resync(h, 1);
      return new Frame(position, null, null, -1, "record header without a valid " + syntax.lengthField(), false);
    }
    if (length > maxBlock) {
      byte[] head = readUpTo((int) Math.min(length, HEAD_BYTES));
      long skipped = head.length + skip(length - head.length);
      if (skipped < length) return new Frame(position, h, null, length, "file ends inside the record (" + skipped + " of " + length + " bytes)", true);
      if (!atBoundary()) {
        resync(new byte[0], 0);
        return new Frame(position, null, null, length, syntax.lengthField() + " " + length + " does not end at a record boundary", false);
      }
      return new Frame(position, h, head, length, null, false);
    }
    byte[] block = readUpTo((int) length);
    if (block.length < length) {
      // The file ends inside the block: either it was cut, or the length is too large and the
      // next records are inside what was read.
      int next = indexOfRecordStart(block, 0);
      if (next < 0) return new Frame(position, h, null, length, "file ends inside the record (" + block.length + " of " + length + " bytes)", true);
      skippedBytes += next;
      unread(java.util.Arrays.copyOfRange(block, next, block.length));
      return new Frame(position, null, null, length, syntax.lengthField() + " " + length + " is longer than the record", false);
    }
    if (!atBoundary()) {
      resync(block, 0);
      return new Frame(position, null, null, length, syntax.lengthField() + " " + length + " does not end at a record boundary", false);
    }
    syntax.saw(h, block);
    return new Frame(position, h, block, length, null, false);
  }

  /** After the file's first byte, 0xEF: the byte after a UTF-8 byte order mark, or 0xEF given back. */
  private int skipByteOrderMark() throws IOException {
    byte[] rest = readUpTo(2);
    if (rest.length == 2 && (rest[0] & 0xFF) == 0xBB && (rest[1] & 0xFF) == 0xBF) return read();
    unread(rest);
    return 0xEF;
  }

  /** "a WARC", "an ARC": how messages name a header of this format. */
  private String article() {
    return (syntax.name().startsWith("A") ? "an " : "a ") + syntax.name();
  }

  /**
   * Header lines up to and including the empty line (or the first line, for a one-line header);
   * false when the file or the limit ends first.
   */
  private boolean readHeader(ByteArrayOutputStream header) throws IOException {
    int lineLength = 0;
    while (header.size() < MAX_HEADER_BYTES) {
      int c = read();
      if (c < 0) return false;
      header.write(c);
      if (c == '\n') {
        if (lineLength == 0 || syntax.oneLineHeader()) return true;
        lineLength = 0;
      } else if (c != '\r') {
        lineLength++;
      }
    }
    return false;
  }

  /**
   * Whether a block ends where it should: the record terminator (CR LF CR LF) follows, or line
   * ends and then the next record header or the end of the file. A gzip member that ends right
   * after the block also counts (damage in the next member is reported as the next frame).
   */
  private boolean atBoundary() throws IOException {
    try {
      return boundary();
    } catch (GzipMembers.DamagedMember | GzipMembers.Truncated e) {
      pending = e;
      return true;
    }
  }

  private boolean boundary() throws IOException {
    byte[] end = new byte[TERMINATOR.length];
    int got = readInto(end);
    unread(java.util.Arrays.copyOf(end, got));
    if (got == TERMINATOR.length && java.util.Arrays.equals(end, TERMINATOR)) return true;
    // Line ends, and lines of spaces or tabs (JWAT's ARC files pad a block with a line of spaces).
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    int c;
    do {
      c = read();
      if (c >= 0) seen.write(c);
    } while (c == '\r' || c == '\n' || c == ' ' || c == '\t');
    if (c < 0) {
      unread(seen.toByteArray());
      return true;
    }
    int lineEnds = seen.size() - 1;
    byte[] rest = readUpTo(syntax.lookahead() - 1);
    seen.write(rest, 0, rest.length);
    byte[] s = seen.toByteArray();
    unread(s);
    return syntax.startsRecord(s, lineEnds, s.length, rest.length < syntax.lookahead() - 1) != ArchiveSyntax.NO;
  }

  /**
   * Looks for the next record header in {@code bytes} (from {@code from}) and then in the stream;
   * gives back what follows it, and counts what is passed over.
   */
  private void resync(byte[] bytes, int from) throws IOException {
    byte last = from == 0 ? (byte) '\n' : bytes[from - 1];
    unread(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
    // Window on the stream: an undecided header start at its end is kept for the next read.
    byte[] window = new byte[Math.max(8192, 2 * syntax.lookahead())];
    int keep = 0;
    while (true) {
      int total = keep + readInto(window, keep, window.length - keep);
      boolean atEnd = total < window.length;
      int undecided = -1;
      for (int i = 0; i < total && undecided < 0; i++) {
        byte prev = i == 0 ? last : window[i - 1];
        if (prev != '\n') continue;
        int m = syntax.startsRecord(window, i, total, atEnd);
        if (m == ArchiveSyntax.YES) {
          skippedBytes += i;
          unread(java.util.Arrays.copyOfRange(window, i, total));
          return;
        }
        if (m == ArchiveSyntax.MORE) undecided = i;
      }
      if (atEnd) {
        skippedBytes += total;
        return;
      }
      int drop = undecided < 0 ? total : undecided;
      skippedBytes += drop;
      last = drop > 0 ? window[drop - 1] : last;
      keep = total - drop;
      System.arraycopy(window, drop, window, 0, keep);
    }
  }

  /** Index of the first record header at a line start in {@code b} from {@code from}, or -1. */
  private int indexOfRecordStart(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      byte prev = i == 0 ? (byte) '\n' : b[i - 1];
      if (prev == '\n' && syntax.startsRecord(b, i, b.length, false) == ArchiveSyntax.YES) return i;
    }
    return -1;
  }

  private static String firstLine(byte[] h) {
    int end = 0;
    while (end < h.length && end < 60 && h[end] != '\n' && h[end] != '\r') end++;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < end; i++) {
      int c = h[i] & 0xFF;
      b.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
    }
    return b.toString();
  }

  // --- bytes with give-back ---

  private int read() throws IOException {
    if (backPos < back.length) {
      offset++;
      return back[backPos++] & 0xFF;
    }
    int c = in.read();
    if (c >= 0) offset++;
    return c;
  }

  private int readInto(byte[] b) throws IOException {
    return Math.max(0, readInto(b, 0, b.length));
  }

  private int readInto(byte[] b, int off, int n) throws IOException {
    int done = 0;
    while (done < n) {
      int k;
      if (backPos < back.length) {
        k = Math.min(n - done, back.length - backPos);
        System.arraycopy(back, backPos, b, off + done, k);
        backPos += k;
      } else {
        k = in.read(b, off + done, n - done);
        if (k <= 0) break;
      }
      done += k;
      offset += k;
    }
    return done;
  }

  private byte[] readUpTo(int n) throws IOException {
    byte[] b = new byte[n];
    int got = readInto(b, 0, n);
    return got == n ? b : java.util.Arrays.copyOf(b, got);
  }

  private long skip(long n) throws IOException {
    byte[] b = new byte[8192];
    long done = 0;
    while (done < n) {
      int k = readInto(b, 0, (int) Math.min(b.length, n - done));
      if (k <= 0) break;
      done += k;
    }
    return done;
  }

  /** Gives bytes back: they are read again, before anything given back earlier and not yet read. */
  private void unread(byte[] b) {
    if (b.length == 0) return;
    byte[] rest = java.util.Arrays.copyOfRange(back, backPos, back.length);
    byte[] n = new byte[b.length + rest.length];
    System.arraycopy(b, 0, n, 0, b.length);
    System.arraycopy(rest, 0, n, b.length, rest.length);
    back = n;
    backPos = 0;
    offset -= b.length;
  }
}
