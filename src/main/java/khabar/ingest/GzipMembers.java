package khabar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The uncompressed bytes of a gzip file, member after member, that survives a damaged member: the
 * bytes of a member that fails to inflate end with a {@link DamagedMember} exception, and the next
 * read starts at the next gzip header found after it. Every uncompressed offset can be mapped back
 * to the compressed offset of the member it came from, so a WARC record stored one per member (the
 * usual {@code .warc.gz}) is named by the offset of its own member.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>a member is a gzip header (RFC 1952: magic, method 8, optional extra, name, comment and
 *       header CRC), raw deflate data and an 8-byte trailer; the trailer's CRC is not checked
 *       (the WARC layer names records whose content is wrong);
 *   <li>after a member, the end of the file or a new header follows; anything else is damage;
 *   <li>damaged deflate data, a bad header or junk between members: the bytes after the damage
 *       are searched for the next header ({@code 1f 8b 08}), and reading resumes there;
 *   <li>a file that ends inside a member is {@linkplain Truncated truncated}.
 * </ul>
 */
final class GzipMembers extends InputStream {

  /** A member whose compressed bytes are damaged; reading goes on at the next member. */
  static final class DamagedMember extends IOException {
    final long memberOffset;

    DamagedMember(long memberOffset, String message) {
      super(message);
      this.memberOffset = memberOffset;
    }
  }

  /** The file ends inside a member. */
  static final class Truncated extends IOException {
    final long memberOffset;

    Truncated(long memberOffset) {
      super("gzip stream ends inside the member at offset " + memberOffset);
      this.memberOffset = memberOffset;
    }
  }

  private static final int MAGIC_1 = 0x1f;
  private static final int MAGIC_2 = 0x8b;
  private static final int DEFLATE = 8;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream raw;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  /** Compressed offset of buf[0]. */
  private long bufStart;
  private final Inflater inflater = new Inflater(true);
  /** Uncompressed offset → compressed offset of the member that starts there. */
  private final TreeMap<Long, Long> members = new TreeMap<>();
  private long out;
  private long memberStart = -1;
  private boolean inMember;
  private boolean eof;
  private final byte[] one = new byte[1];

  GzipMembers(InputStream raw) {
    this.raw = raw;
  }

  /** The compressed offset of the member that holds uncompressed offset {@code offset}. */
  long memberOf(long offset) {
    var e = members.floorEntry(offset);
    return e == null ? 0 : e.getValue();
  }

  /** How far {@code offset} is into its member's uncompressed bytes. */
  long intoMember(long offset) {
    var e = members.floorEntry(offset);
    return e == null ? offset : offset - e.getKey();
  }

  /** Uncompressed bytes delivered so far. */
  long offset() {
    return out;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int want) throws IOException {
    if (want == 0) return 0;
    while (true) {
      if (!inMember) {
        if (eof || !startMember()) return -1;
      }
      int n;
      try {
        n = inflater.inflate(b, off, want);
      } catch (DataFormatException e) {
        long at = memberStart;
        inMember = false;
        skipToNextMember(compressedPos());
        throw new DamagedMember(at, "damaged deflate data in the gzip member at offset " + at + ": " + e.getMessage());
      }
      if (n > 0) {
        out += n;
        return n;
      }
      if (inflater.finished()) {
        pos = len - inflater.getRemaining();
        endMember();
        continue;
      }
      if (inflater.needsInput()) {
        if (!fill()) {
          inMember = false;
          eof = true;
          throw new Truncated(memberStart);
        }
        inflater.setInput(buf, pos, len - pos);
        continue;
      }
      if (inflater.needsDictionary()) {
        long at = memberStart;
        inMember = false;
        skipToNextMember(compressedPos());
        throw new DamagedMember(at, "gzip member at offset " + at + " asks for a preset dictionary");
      }
    }
  }

  private long compressedPos() {
    return bufStart + pos;
  }

  /** Reads a member header at the current position; false at the end of the file. */
  private boolean startMember() throws IOException {
    while (true) {
      // NUL bytes between or after members are padding (files preallocated, or copied in blocks)
      while (ensure(1) && buf[pos] == 0) pos++;
      if (!ensure(1)) {
        eof = true;
        return false;
      }
      long at = compressedPos();
      String bad = header();
      if (bad == null) {
        memberStart = at;
        members.put(out, at);
        inflater.reset();
        inflater.setInput(buf, pos, len - pos);
        inMember = true;
        return true;
      }
      if (bad.isEmpty()) { // the file ended inside a header
        eof = true;
        throw new Truncated(at);
      }
      skipToNextMember(at + 1);
      throw new DamagedMember(at, bad);
    }
  }

  /** Parses a header; null when good, "" when the file ends inside it, else what is wrong. */
  private String header() throws IOException {
    if (!ensure(10)) return len - pos == 0 ? "no gzip header" : "";
    int m1 = buf[pos] & 0xFF;
    int m2 = buf[pos + 1] & 0xFF;
    int method = buf[pos + 2] & 0xFF;
    int flags = buf[pos + 3] & 0xFF;
    if (m1 != MAGIC_1 || m2 != MAGIC_2 || method != DEFLATE) return "no gzip header at offset " + compressedPos();
    pos += 10;
    if ((flags & FEXTRA) != 0) {
      if (!ensure(2)) return "";
      int xlen = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
      pos += 2;
      if (!skip(xlen)) return "";
    }
    if ((flags & FNAME) != 0 && !skipZeroTerminated()) return "";
    if ((flags & FCOMMENT) != 0 && !skipZeroTerminated()) return "";
    if ((flags & FHCRC) != 0 && !skip(2)) return "";
    return null;
  }

  private void endMember() throws IOException {
    inMember = false;
    if (!skip(8)) {
      eof = true;
      throw new Truncated(memberStart);
    }
  }

  /** Moves to the next gzip magic at or after compressed offset {@code from} (or the end). */
  private void skipToNextMember(long from) throws IOException {
    if (from > compressedPos()) skip((int) Math.min(Integer.MAX_VALUE, from - compressedPos()));
    while (true) {
      if (!ensure(3)) {
        pos = len;
        eof = !ensure(1);
        if (eof) return;
        continue;
      }
      if ((buf[pos] & 0xFF) == MAGIC_1 && (buf[pos + 1] & 0xFF) == MAGIC_2 && (buf[pos + 2] & 0xFF) == DEFLATE) return;
      pos++;
    }
  }

  private boolean skipZeroTerminated() throws IOException {
    while (true) {
      if (!ensure(1)) return false;
      if (buf[pos++] == 0) return true;
    }
  }

  private boolean skip(int n) throws IOException {
    while (n > 0) {
      if (!ensure(1)) return false;
      int k = Math.min(n, len - pos);
      pos += k;
      n -= k;
    }
    return true;
  }

  /** At least {@code n} unread bytes in the buffer (n ≤ buffer size); false at the end of the file. */
  private boolean ensure(int n) throws IOException {
    while (len - pos < n) {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, len - pos);
        bufStart += pos;
        len -= pos;
        pos = 0;
      }
      int r = raw.read(buf, len, buf.length - len);
      if (r <= 0) return false;
      len += r;
    }
    return true;
  }

  /** More compressed input for the inflater; false at the end of the file. */
  private boolean fill() throws IOException {
    pos = len;
    return ensure(1);
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    raw.close();
  }
}
