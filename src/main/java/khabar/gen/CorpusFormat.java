package khabar.gen;

import java.io.IOException;
import java.nio.file.Path;
import khabar.util.Enums;

/** The forms a generated corpus is written in. */
public enum CorpusFormat {
  /** A folder of {@code .html} pages with site chrome, a thousand to a subfolder. */
  HTML,
  /** One file of JSON lines in the ingest schema ({@code .jsonl}, or {@code .jsonl.gz}). */
  JSONL,
  /** One WARC file of HTTP response records ({@code .warc}, or {@code .warc.gz}). */
  WARC;

  /** {@code html}, {@code jsonl} or {@code warc}, in any case. */
  public static CorpusFormat parse(String s) {
    return Enums.parse(CorpusFormat.class, "corpus format", s);
  }

  RecordWriter open(Path out, long seed) throws IOException {
    return switch (this) {
      case HTML -> new HtmlFolderWriter(out);
      case JSONL -> new JsonlFileWriter(out);
      case WARC -> new WarcFileWriter(out, seed);
    };
  }
}
