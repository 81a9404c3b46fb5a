package khabar.gen;

import java.io.Closeable;
import java.io.IOException;

/** Writes generated records in one corpus format, as it goes. */
interface RecordWriter extends Closeable {

  /**
   * Where a record went and, for a bad record, which bad form it took.
   *
   * @param where a path relative to the output folder, or {@code FILE:LINE}, or {@code FILE#RECORD}
   * @param badForm the form of a bad record (EMPTY, BINARY, TRUNCATED, INVALID_UTF8, NOT_JSON,
   *     NO_CONTENT), else null
   */
  record Written(String where, String badForm) {}

  Written write(CorpusRecord record) throws IOException;
}
