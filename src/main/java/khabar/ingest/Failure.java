package khabar.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input that did not go in.
 *
 * @param where file, and record or line when the file holds many ({@code dump.jsonl:17},
 *     {@code crawl.warc.gz@1048576})
 * @param reason the kind of failure, for counting
 * @param detail what exactly was wrong
 * @param file the file it came from, for the quarantine; null when there is no file (a page handed
 *     over by a crawler)
 */
public record Failure(String where, Reason reason, String detail, Path file) {
  /** Kinds of failure, counted separately in the run report. */
  public enum Reason {
    /** The path does not exist or cannot be read. */
    UNREADABLE,
    /** A file with no bytes, or a page with no text. */
    EMPTY,
    /** Bytes that are not text (a binary file with a text name). */
    BINARY,
    /** A page or line above the size limit. */
    TOO_LARGE,
    /** A compressed stream or WARC that ends in the middle of a record. */
    TRUNCATED,
    /**
     * A record whose bytes are damaged: a WARC record whose Content-Length does not end at the next
     * record, a damaged gzip member, an HTTP body that cannot be decoded. Reading resumes at the
     * next record.
     */
    CORRUPT,
    /** A JSON or JSONL record that is not valid JSON or misses a required field. */
    BAD_RECORD,
    /** Text that is not valid in the encoding the format requires (UTF-8 for JSON). */
    BAD_ENCODING,
    /** A page from which no article text could be extracted. */
    NO_TEXT,
    /** Extraction or tagging failed on this page. */
    EXTRACTION,
    /**
     * Tagging failed on this page (a defect of the tagger on this text, never the input's fault):
     * the article is stored all the same, searchable by its words, without entities and marked as
     * untagged, so that {@code khabar retag} tags it once the tagger is mended. Counted as a failure.
     */
    TAGGING,
    /** A format the reader does not handle (including a malformed WARC header). */
    UNSUPPORTED
  }

  public Failure {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? "" : detail;
  }

  @Override
  public String toString() {
    return where + ": " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
