package khabar.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import khabar.extract.Page;
import khabar.extract.PageHints;
import khabar.util.Sha256;

/**
 * The fingerprint of a raw input record, stored with the article made from it, so that a re-run
 * of the same input can tell "unchanged" before extracting and tagging the record.
 *
 * <p>The fingerprint is the SHA-256 (first 32 hex digits) of, in order, each part length-prefixed so
 * that no two records can run together:
 *
 * <ul>
 *   <li>{@link #SCHEME}: bumped when extraction changes what the same record becomes, so that
 *       every record is extracted again once;
 *   <li>the URL the record names, and whether it is HTML or plain text;
 *   <li>the hints the source states (title, date, site, language, author: a JSONL field that
 *       changes changes the article);
 *   <li>the record's decoded content (page, article text or WARC payload); or, when the source
 *       states a digest of the raw bytes ({@link Page#payloadDigest}: a WARC record's {@code
 *       WARC-Payload-Digest} with its media type and content coding), that digest instead, so
 *       the payload need not be hashed (a marker part keeps the two kinds apart).
 * </ul>
 *
 * <p>The fetch time is left out: the same page fetched again is the same record. The gazetteer
 * version is left out too: a record whose tags are stale is re-tagged by {@code khabar retag}
 * from the stored text, without reading the source again.
 */
public final class SourceFingerprint {
  /** Version of what the fingerprint covers; part of every fingerprint. */
  public static final String SCHEME = "khabar-source-2";

  private static final int HEX_DIGITS = 32;

  private SourceFingerprint() {}

  /** The fingerprint of {@code page} (32 hex digits). */
  public static String of(Page page) {
    MessageDigest d = Sha256.digest();
    part(d, SCHEME);
    part(d, page.url());
    part(d, page.html() ? "html" : "text");
    PageHints h = page.hints();
    part(d, h.title());
    part(d, h.published() == null ? "" : h.published().toString());
    part(d, h.source());
    part(d, h.language());
    part(d, h.author());
    if (page.payloadDigest().isEmpty()) {
      part(d, page.content());
    } else {
      part(d, "payload-digest");
      part(d, page.payloadDigest());
    }
    return HexFormat.of().formatHex(d.digest()).substring(0, HEX_DIGITS);
  }

  private static void part(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int n = b.length;
    d.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    d.update(b);
  }
}
