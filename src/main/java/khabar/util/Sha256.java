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
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** The digest of {@code s} in UTF-8, 64 hex digits. */
  public static String hex(String s) {
    return hex(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A new SHA-256 digest, for input that comes in parts (several files). */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Completes {@code d} (which is reset) as 64 hex digits. */
  public static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest());
  }

  /** The first {@code digits} hex digits of the digest of {@code s} in UTF-8. */
  public static String hex(String s, int digits) {
    return hex(s).substring(0, digits);
  }
}
