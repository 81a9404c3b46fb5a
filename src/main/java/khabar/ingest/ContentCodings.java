package khabar.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes an HTTP {@code Content-Encoding} on a body read from a web archive. Archives store bodies
 * as the server sent them, but some crawlers stored them decoded and kept the header (ClueWeb09's
 * {@code Content-Encoding: gzip} over plain HTML), so a coding is undone only when the bytes carry
 * it. The rules, per coding, last applied first:
 *
 * <ul>
 *   <li>{@code identity} (or none): the bytes as they are;
 *   <li>{@code gzip}, {@code x-gzip}: gunzipped when they start with the gzip magic, else taken as
 *       stored decoded;
 *   <li>{@code deflate}: inflated as zlib when they start with a zlib header, else taken as stored
 *       decoded when they look like text, else inflated as raw deflate (what some servers send);
 *   <li>{@code br}: taken as stored decoded when they look like text (brotli has no magic bytes to
 *       tell), else decoded as brotli;
 *   <li>any other coding ({@code zstd}, {@code compress}): taken as stored decoded when they look
 *       like text, else {@link Unsupported}.
 * </ul>
 *
 * Damaged compressed bytes fail with the decoder's {@link IOException}, except where they end early
 * in a record the crawler cut on purpose ({@code WARC-Truncated}: a size or time limit): what decodes
 * before the cut is the body.
 */
final class ContentCodings {

  /** A coding the bytes carry that is not read here. */
  static final class Unsupported extends IOException {
    Unsupported(String coding) {
      super("Content-Encoding " + coding + " is not read");
    }
  }

  private ContentCodings() {}

  /** The body with {@code contentEncoding} undone, or null when it decodes to more than {@code max} bytes. */
  static byte[] decode(byte[] body, String contentEncoding, long max) throws IOException {
    return decode(body, contentEncoding, max, false);
  }

  /** As {@link #decode(byte[], String, long)}; {@code cut}: the body was cut short on purpose, so compressed bytes may end early. */
  static byte[] decode(byte[] body, String contentEncoding, long max, boolean cut) throws IOException {
    if (contentEncoding == null || contentEncoding.isBlank()) return body;
    String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
    byte[] b = body;
    for (int i = codings.length - 1; i >= 0 && b != null; i--) b = undo(b, codings[i].strip(), max, cut);
    return b;
  }

  private static byte[] undo(byte[] b, String coding, long max, boolean cut) throws IOException {
    return switch (coding) {
      case "", "identity", "none" -> b;
      case "gzip", "x-gzip" -> isGzip(b) ? read(new GZIPInputStream(new ByteArrayInputStream(b)), max, cut) : b;
      case "deflate" -> isZlib(b) ? read(new InflaterInputStream(new ByteArrayInputStream(b)), max, cut)
          : !DumpReader.looksBinary(b) ? b : read(new InflaterInputStream(new ByteArrayInputStream(b), new Inflater(true)), max, cut);
      case "br" -> !DumpReader.looksBinary(b) ? b : read(new org.brotli.dec.BrotliInputStream(new ByteArrayInputStream(b)), max, cut);
      default -> {
        if (!DumpReader.looksBinary(b)) yield b;
        throw new Unsupported(coding);
      }
    };
  }

  private static byte[] read(InputStream in, long max, boolean cut) throws IOException {
    try (in) {
      return cut ? readToCut(in, max) : DumpReader.readAtMost(in, max);
    }
  }

  /**
   * All bytes of {@code in} up to its end or to where it breaks off ({@link java.io.EOFException},
   * or a decoder that fails at the end of its input), or null when there are more than {@code max}.
   */
  static byte[] readToCut(InputStream in, long max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + (long) n > max) return null;
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      if (out.size() == 0) throw e;
    }
    return out.toByteArray();
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xFF) == 0x1f && (b[1] & 0xFF) == 0x8b;
  }

  /** RFC 1950: method 8, and the first two bytes a multiple of 31. */
  private static boolean isZlib(byte[] b) {
    return b.length >= 2 && (b[0] & 0x0F) == 8 && (((b[0] & 0xFF) << 8) | (b[1] & 0xFF)) % 31 == 0;
  }
}
