package khabar.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: the one digest behind ids, content hashes and file versions. */
public final class Sha256 {
  private Sha256() {}

  /** The digest of {@code bytes}, 64 hex digits. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The digest of {@code s} in UTF-8, 64 hex digits. */
  public static String hex(String s) {
    return hex(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The first {@code digits} hex digits of the digest of {@code s} in UTF-8. */
  public static String hex(String s, int digits) {
    return hex(s).substring(0, digits);
  }
}
