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
  /** Web archive: HTML and text response records ({@code .warc}, {@code .arc} is not read). */
  WARC;

  /** The format of a file by its name, or null when Khabar does not read it. */
  public static Format of(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "html", "htm", "xhtml" -> HTML;
      case "txt" -> TEXT;
      case "json" -> JSON;
      case "jsonl", "ndjson" -> JSONL;
      case "warc" -> WARC;
      default -> null;
    };
  }
}
