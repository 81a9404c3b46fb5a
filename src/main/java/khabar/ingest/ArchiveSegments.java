package khabar.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins segmented WARC records (WARC 1.1 section 5.8): a record too long for one file is cut into
 * an origin record with {@code WARC-Segment-Number: 1} and {@code continuation} records naming it in
 * {@code WARC-Segment-Origin-ID}, numbered on, the last with {@code WARC-Segment-Total-Length}.
 * The rules, within one file:
 *
 * <ol>
 *   <li>an origin and its continuations are held until every segment from 1 to the last is there;
 *       the joined record (the origin's header, its {@code Content-Length} the total, without the
 *       segment fields) is then read at the origin's position, whatever order the segments came in;
 *   <li>segments that do not add up to {@code WARC-Segment-Total-Length} make the record corrupt at
 *       the origin's position; a segment number seen twice, a later number on a record that is no
 *       continuation, or number 1 on a continuation, makes that record corrupt;
 *   <li>an origin whose segments are not all in the file is truncated at its position, saying which
 *       are missing;
 *   <li>a continuation whose origin is not in the file (it began in an earlier file) is passed on
 *       and skipped: its loss is reported where the origin is read;
 *   <li>a joined record over the size limit keeps only its head, as {@link ArchiveFrames} does, and
 *       segments held for more than {@value #HELD_LIMITS} records at the limit fail the oldest
 *       record waiting as too large, so a file of open origins cannot fill the memory.
 * </ol>
 */
final class ArchiveSegments {
  /** How many records at the size limit the held segments may add up to. */
  static final int HELD_LIMITS = 4;

  private final long maxBlock;
  private final Map<String, Pending> open = new LinkedHashMap<>();
  private long held;

  /** @param maxBlock blocks above this many bytes keep their head only */
  ArchiveSegments(long maxBlock) {
    this.maxBlock = maxBlock;
  }

  /** One segmented record waiting for its segments. */
  private static final class Pending {
    final ArchiveFrames.Frame origin;
    final TreeMap<Integer, byte[]> segments = new TreeMap<>();
    long length;
    boolean overLimit;
    long total = -1;
    int last = -1;

    Pending(ArchiveFrames.Frame origin) {
      this.origin = origin;
    }
  }

  /**
   * The frames to read now for {@code f}: itself when it is no segment, nothing while a segmented
   * record waits, the joined record when {@code f} completes one, or bad frames for what is wrong.
   */
  List<ArchiveFrames.Frame> offer(ArchiveFrames.Frame f) {
    List<ArchiveFrames.Frame> out = new ArrayList<>(1);
    String numberField = f.bad() == null ? f.field("WARC-Segment-Number") : null;
    if (numberField == null) {
      out.add(f);
      return out;
    }
    int number = number(numberField);
    if (number < 1) return bad(out, f, "WARC-Segment-Number \"" + numberField + "\" is not a whole number from 1");
    String type = String.valueOf(f.field("WARC-Type")).toLowerCase(Locale.ROOT);
    Pending p;
    if (type.equals("continuation")) {
      String origin = f.field("WARC-Segment-Origin-ID");
      if (origin == null) return bad(out, f, "continuation record without WARC-Segment-Origin-ID");
      if (number == 1) return bad(out, f, "continuation record with WARC-Segment-Number 1: the first segment is the origin record");
      p = open.get(origin);
      if (p == null) {
        out.add(f);
        return out;
      }
      if (p.segments.containsKey(number)) return bad(out, f, "segment " + number + " of " + origin + " is in the file twice");
      add(p, number, f);
      joinWhenWhole(origin, p, number, f, out);
      return out;
    }
    if (number != 1) return bad(out, f, "segment " + number + " in a " + type + " record: only continuation records carry later segments");
    String id = f.field("WARC-Record-ID");
    if (id == null) return bad(out, f, "segmented record without WARC-Record-ID");
    if (open.containsKey(id)) return bad(out, f, "segmented record " + id + " is in the file twice");
    p = new Pending(f);
    add(p, 1, f);
    open.put(id, p);
    joinWhenWhole(id, p, 1, f, out);
    return out;
  }

  /** After segment {@code number} ({@code f}) of {@code p} came: the joined record when every segment is there. */
  private void joinWhenWhole(String id, Pending p, int number, ArchiveFrames.Frame f, List<ArchiveFrames.Frame> out) {
    String total = f.field("WARC-Segment-Total-Length");
    if (total != null) {
      p.total = longOrMinus(total);
      p.last = number;
    }
    if (p.last > 0 && p.segments.size() == p.last && p.segments.lastKey() == p.last) {
      open.remove(id);
      held -= p.overLimit ? 0 : p.length;
      out.add(join(p));
    }
    makeRoom(out);
  }

  /** Bad frames for the segmented records still waiting at the end of the file. */
  List<ArchiveFrames.Frame> finish() {
    List<ArchiveFrames.Frame> out = new ArrayList<>();
    for (Pending p : open.values()) out.add(incomplete(p));
    open.clear();
    held = 0;
    return out;
  }

  private void add(Pending p, int number, ArchiveFrames.Frame f) {
    boolean whole = f.block().length >= f.blockLength();
    long was = p.length;
    p.length += f.blockLength();
    if (!p.overLimit && (!whole || p.length > maxBlock)) {
      p.overLimit = true;
      held -= was;
      // Only the head is kept, for the HTTP head of the joined record.
      p.segments.replaceAll((n, b) -> n == 1 ? java.util.Arrays.copyOf(b, Math.min(b.length, ArchiveFrames.HEAD_BYTES)) : new byte[0]);
    }
    if (p.overLimit) {
      boolean headNeeded = number == 1;
      p.segments.put(number, headNeeded ? java.util.Arrays.copyOf(f.block(), Math.min(f.block().length, ArchiveFrames.HEAD_BYTES)) : new byte[0]);
    } else {
      p.segments.put(number, f.block());
      held += f.block().length;
    }
  }

  /** Fails the oldest waiting records while the held segments are over their limit. */
  private void makeRoom(List<ArchiveFrames.Frame> out) {
    var it = open.values().iterator();
    while (held > HELD_LIMITS * maxBlock && it.hasNext()) {
      Pending p = it.next();
      it.remove();
      held -= p.overLimit ? 0 : p.length;
      out.add(new ArchiveFrames.Frame(p.origin.position(), null, null, -1,
          "segmented record waiting for its continuations while over " + HELD_LIMITS * maxBlock + " bytes of segments were held", false));
    }
  }

  private ArchiveFrames.Frame join(Pending p) {
    if (p.total != p.length) {
      return new ArchiveFrames.Frame(p.origin.position(), null, null, -1, "segments 1 to " + p.last + " add up to " + p.length
          + " bytes, WARC-Segment-Total-Length says " + (p.total < 0 ? "\"" + p.origin.field("WARC-Segment-Total-Length") + "\"" : p.total), false);
    }
    ByteArrayOutputStream block = new ByteArrayOutputStream((int) Math.min(p.length, ArchiveFrames.HEAD_BYTES));
    for (byte[] b : p.segments.values()) block.writeBytes(b);
    return new ArchiveFrames.Frame(p.origin.position(), joinedHeader(p.origin.header(), p.length), block.toByteArray(), p.length, null, false);
  }

  private static ArchiveFrames.Frame incomplete(Pending p) {
    List<Integer> missing = new ArrayList<>();
    int upTo = p.last > 0 ? p.last : p.segments.lastKey();
    for (int n = 1; n <= upTo; n++) if (!p.segments.containsKey(n)) missing.add(n);
    List<Integer> found = List.copyOf(p.segments.keySet());
    String detail = "segmented record: " + numbered(found) + (p.last > 0 ? " of " + p.last : "") + (found.size() == 1 ? " is" : " are")
        + " in the file, " + (p.last > 0 ? join(missing) + (missing.size() == 1 ? " is" : " are") + " not"
            : (missing.isEmpty() ? "" : join(missing) + " and ") + "the last (with WARC-Segment-Total-Length) " + (missing.isEmpty() ? "is" : "are") + " not");
    return new ArchiveFrames.Frame(p.origin.position(), null, null, -1, detail, true);
  }

  private static String numbered(List<Integer> numbers) {
    return (numbers.size() == 1 ? "segment " : "segments ") + join(numbers);
  }

  private static String join(List<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  /** The origin's header for the whole record: Content-Length the total, no segment fields. */
  static byte[] joinedHeader(byte[] origin, long total) {
    String[] lines = new String(origin, StandardCharsets.ISO_8859_1).split("\n", -1);
    StringBuilder out = new StringBuilder(origin.length);
    boolean dropping = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean folded = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (folded && dropping) continue;
      String name = line.indexOf(':') > 0 ? line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT) : "";
      dropping = !folded && (name.startsWith("warc-segment-") || name.equals("content-length"));
      if (name.equals("content-length") && !folded) out.append("Content-Length: ").append(total).append(line.endsWith("\r") ? "\r" : "").append('\n');
      if (dropping) continue;
      out.append(line);
      if (i < lines.length - 1) out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private List<ArchiveFrames.Frame> bad(List<ArchiveFrames.Frame> out, ArchiveFrames.Frame f, String why) {
    out.add(new ArchiveFrames.Frame(f.position(), null, null, -1, why, false));
    return out;
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long longOrMinus(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
