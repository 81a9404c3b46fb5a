package khabar.bench;

/**
 * The floor every text stage is compared with: read the text once and count its non-space
 * characters. A stage that only reads its input cannot be faster than this.
 */
final class PlainScan {
  static final String NAME = "baseline: plain scan (read and count characters)";

  private PlainScan() {}

  static int count(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) > ' ') n++;
    return n;
  }
}
