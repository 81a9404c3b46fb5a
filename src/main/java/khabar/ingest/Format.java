package khabar.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats, told apart by file name; a {@code .gz} suffix means gzip of any of them. */
public enum Format {
  /** One HTML page per file ({@code .html}, {@code .htm}, {@code .xhtml}). */
  HTML,
  /** One plain-text article per file ({@code .txt}): first non-blank line is the title. */
  TEXT,
  /** One article object, or an array of them ({@code .json}); see {@link JsonRecords}. */
  JSON,
  /** One article object per line ({@code .jsonl}, {@code .ndjson}). */
  JSONL,
  /** Web archive: HTML and text response and resource records ({@code .warc}). */
  WARC,
  /** The Internet Archive's older web archive, HTML and text captures ({@code .arc}). */
  ARC;

  /**
   * The format of a file by its first bytes (already gunzipped), or null when they do not say:
   * {@code WARC/} is a WARC; {@code filedesc://} (an ARC's version block) is an ARC; {@code <} followed by an HTML tag or doctype is HTML; {@code [} is a
   * JSON array; {@code {} is JSON Lines when the first line is a whole JSON object (JSON when the
   * object runs over lines). Plain text cannot be told from other text and is not guessed.
   */
  public static Format sniff(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) i = 3;
    while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) i++;
    if (i >= length) return null;
    String start = new String(head, i, Math.min(length - i, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.regionMatches(true, 0, "WARC/", 0, 5)) return WARC;
    if (start.startsWith("filedesc://")) return ARC;
    if (start.startsWith("[")) return JSON;
    if (start.startsWith("{")) {
      int nl = indexOf(head, i, length, (byte) '\n');
      if (nl < 0) return length < head.length ? JSONL : JSON;
      return JSONL.equals(sniffLine(new String(head, i, nl - i, java.nio.charset.StandardCharsets.UTF_8).strip())) ? JSONL : JSON;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head") || lower.startsWith("<body")
        || lower.startsWith("<!--") || lower.startsWith("<?xml") && lower.contains("<html")) return HTML;
    return null;
  }

  /** JSONL for a line that is one whole JSON object, WARC for a WARC version line, else null. */
  static Format sniffLine(String line) {
    if (line.startsWith("WARC/")) return WARC;
    if (line.startsWith("{") && line.endsWith("}")) {
      try (var p = new com.fasterxml.jackson.databind.ObjectMapper().createParser(line)) {
        p.nextToken();
        p.skipChildren();
        return p.nextToken() == null ? JSONL : null;
      } catch (java.io.IOException e) {
        return null;
      }
    }
    return null;
  }

  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) if (b[i] == c) return i;
    return -1;
  }

  /** Compression suffixes other than gzip: the file is handed over, and the reader names the compression. */
  private static final java.util.regex.Pattern OTHER_COMPRESSION = java.util.regex.Pattern.compile("\\.(zst|zstd|lz4|bz2|xz)$");

  /**
   * The format of a file by its name, or null when Khabar does not read it. A compression suffix
   * is looked through ({@code crawl.warc.zst} is a WARC), so a folder's compressed archives are not
   * passed over in silence: the reader reads gzip and names any other compression.
   */
  public static Format of(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    n = OTHER_COMPRESSION.matcher(n).replaceFirst("");
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "html", "htm", "xhtml" -> HTML;
      case "txt" -> TEXT;
      case "json" -> JSON;
      case "jsonl", "ndjson" -> JSONL;
      case "warc" -> WARC;
      case "arc" -> ARC;
      default -> null;
    };
  }
}
