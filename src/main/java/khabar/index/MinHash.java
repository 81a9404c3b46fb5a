package khabar.index;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures over word shingles, the measure behind near-duplicate detection.
 *
 * <p>The text is normalized and split into words as {@link Fingerprint#words} does (the same fold
 * as the content hash); every run of {@value #SHINGLE} consecutive
 * words is a shingle. Two texts' resemblance is the Jaccard similarity of their shingle sets,
 * |A ∩ B| / |A ∪ B|. A signature keeps, for each of {@value #HASHES} hash functions, the smallest
 * hash of any shingle; the share of positions where two signatures agree estimates the Jaccard
 * similarity (standard error about {@code sqrt(J(1-J)/128)}, 0.04 at J = 0.5).
 *
 * <p>For lookup the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows (locality
 * sensitive hashing): texts that agree on a whole band are candidates. With these numbers a pair of
 * similarity 0.5 becomes a candidate with probability 0.87, a pair of 0.7 with 0.9998, and a pair of
 * 0.2 with 0.05, so few candidates need their signature compared.
 *
 * <p>A syndicated copy that changes one sentence and adds a credit line to a 400-word article keeps
 * a similarity near 0.85; unrelated articles on the same story share few 5-word runs and stay
 * under 0.1.
 */
public final class MinHash {
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Hash functions per signature. */
  public static final int HASHES = 128;
  /** Bands of the signature used as lookup keys. */
  public static final int BANDS = 32;
  /** Rows (signature positions) per band. */
  public static final int ROWS = HASHES / BANDS;
  /** Estimated Jaccard similarity from which an article counts as a near copy (ingest and the Spark job). */
  public static final double NEAR_COPY = 0.5;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private MinHash() {}

  /**
   * The signature of {@code text}, or an empty array when the text has no words. A text shorter
   * than one shingle is a single shingle of all its words.
   */
  public static int[] signature(String text) {
    // the words as spans of the folded text, hashed in place: no String per word
    String folded = Fingerprint.fold(text);
    int[] bounds = Fingerprint.wordBounds(folded);
    char[] chars = folded.toCharArray();
    int words = bounds.length / 2;
    if (words == 0) return new int[0];
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, words - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = FNV_OFFSET;
      for (int w = s; w < Math.min(words, s + SHINGLE); w++) {
        h = fnv(h, chars, bounds[2 * w], bounds[2 * w + 1]);
        h = (h ^ ' ') * FNV_PRIME;
      }
      long h1 = mix(h);
      long h2 = mix(h1 ^ 0x9e3779b97f4a7c15L) | 1L;
      long v = h1; // h1 + i * h2, by addition: a branch-free loop the JIT turns into vector code
      for (int i = 0; i < HASHES; i++, v += h2) sig[i] = Math.min(sig[i], (int) (v >>> 32));
    }
    return sig;
  }

  /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != HASHES || b.length != HASHES) return 0;
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
    return same / (double) HASHES;
  }

  /** The lookup keys of a signature, one per band: band number and a hash of its rows. */
  public static List<String> bands(int[] sig) {
    List<String> keys = new ArrayList<>(BANDS);
    if (sig.length != HASHES) return keys;
    for (int b = 0; b < BANDS; b++) {
      long h = FNV_OFFSET;
      for (int r = 0; r < ROWS; r++) h = (h ^ sig[b * ROWS + r]) * FNV_PRIME;
      keys.add(band(b, mix(h)));
    }
    return keys;
  }

  /** "07:" and 16 hex digits; String.format would cost more than the whole signature. */
  private static String band(int b, long h) {
    char[] c = new char[19];
    c[0] = (char) ('0' + b / 10);
    c[1] = (char) ('0' + b % 10);
    c[2] = ':';
    for (int i = 18; i >= 3; i--, h >>>= 4) c[i] = Character.forDigit((int) (h & 0xf), 16);
    return new String(c);
  }

  /** The signature as bytes, for a stored field. */
  public static byte[] toBytes(int[] sig) {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(sig.length * Integer.BYTES);
    for (int v : sig) buf.putInt(v);
    return buf.array();
  }

  /** A signature read back from {@link #toBytes}. */
  public static int[] fromBytes(byte[] bytes, int offset, int length) {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[length / Integer.BYTES];
    for (int i = 0; i < sig.length; i++) sig[i] = buf.getInt();
    return sig;
  }

  private static long fnv(long h, char[] s, int from, int to) {
    for (int i = from; i < to; i++) h = (h ^ s[i]) * FNV_PRIME;
    return h;
  }

  /** The 64-bit finalizer of MurmurHash3: spreads every input bit over the output. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53a4ecdL;
    k ^= k >>> 33;
    return k;
  }
}
