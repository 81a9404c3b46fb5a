package khabar.export;

import khabar.util.Enums;

/** Row formats every export and aggregate writes. */
public enum Format {
  /** One JSON object per line, UTF-8. */
  JSONL,
  /** RFC 4180: comma separated, text cells always quoted, CRLF-free (LF) line ends. */
  CSV,
  /** As CSV with a tab as separator. */
  TSV,
  /** An Excel workbook ({@link XlsxWriter}): typed cells, right-to-left sheets; written to a file. */
  XLSX;

  /** Parses a format name case-insensitively; the message lists the accepted names. */
  public static Format parse(String s) {
    return Enums.parse(Format.class, "format", s);
  }
}
