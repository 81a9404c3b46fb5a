package khabar.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import khabar.extract.Page;
import khabar.ingest.DumpReader;
import khabar.ingest.Failure;
import khabar.ingest.Format;
import khabar.ingest.IngestOptions;
import khabar.ingest.Ingester;
import khabar.ingest.LocalAddress;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;

/**
 * One task: one input file read record by record with the ingest package's {@link DumpReader}, and
 * each page run through {@link Ingester#process} (extraction, language, language filter, tagging,
 * id and content hash) of this executor's pipeline. A file is not split: a WARC or gzip stream can
 * only be read from its start, so a file is the unit of work (docs/SCALE.md).
 *
 * @param ordinal the file's place in the input order
 * @param path the file's Hadoop path
 * @param format its format, from its name
 * @param address what an HTML or text page in it is known by: its {@link LocalAddress} from the
 *     input it was found under, as {@code khabar ingest} gives it
 */
record FileTask(int ordinal, String path, Format format, String address) implements Serializable {

  /** What the job's tasks share: the gazetteer folder and the ingest options that apply. */
  record Settings(String gazetteerDir, List<String> languages, long maxPageBytes) implements Serializable {
    IngestOptions options() {
      return IngestOptions.defaults().withLanguages(new java.util.LinkedHashSet<>(languages)).withMaxPageBytes(maxPageBytes);
    }
  }

  /** The rows of this file, in record order (one per page, failure or skipped record). */
  List<Row> run(Settings settings, Configuration conf) throws InterruptedException {
    Ingester ingester = ExecutorPipelines.get(settings.gazetteerDir()).ingester(settings.options());
    List<Row> rows = new ArrayList<>();
    long base = (long) ordinal << 32;
    DumpReader.Sink sink = new DumpReader.Sink() {
      @Override
      public void page(Page page, Path file) {
        long ord = base + rows.size();
        Ingester.Outcome o = ingester.process(page, null);
        if (o.article() != null) rows.add(Tables.article(ord, path, o.article()));
        // a failed tagging keeps its article (stored without entities) and is reported as well
        if (o.failure() != null) rows.add(Tables.failure(base + rows.size(), path, o.failure()));
        if (o.article() == null && o.failure() == null) rows.add(Tables.other(ord, Tables.SKIPPED_LANGUAGE, path, page.origin(), null, null));
      }

      @Override
      public void failed(Failure failure) {
        rows.add(Tables.failure(base + rows.size(), path, failure));
      }

      @Override
      public void skipped(Path file) {
        rows.add(Tables.other(base + rows.size(), Tables.SKIPPED, path, null, null, null));
      }
    };
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    try {
      FileSystem fs = p.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(p);
      try (InputStream in = fs.open(p)) {
        new DumpReader(settings.maxPageBytes())
            .read(in, where(p), address, Instant.ofEpochMilli(status.getModificationTime()), format, sink);
      }
    } catch (IOException e) {
      sink.failed(new Failure(where(p), Failure.Reason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage(), null));
    }
    return rows;
  }

  /** How failures name the file: a local file by its path, as {@code khabar ingest} does; others by URI. */
  static String where(org.apache.hadoop.fs.Path p) {
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  /**
   * The {@link LocalAddress} of {@code file} found under the input {@code root} (a folder, or the
   * file itself when named), on any file system: the root's name and the path below it, as {@code
   * khabar ingest} gives it for a local file, so the same dump on HDFS or on disk gives the same ids.
   */
  static String address(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
    String f = file.toUri().getPath();
    if (root.equals(file) || root.toUri().getPath().equals(f)) {
      org.apache.hadoop.fs.Path parent = file.getParent();
      return LocalAddress.of(parent == null ? "" : parent.getName(), file.getName());
    }
    String r = root.toUri().getPath();
    String prefix = r.endsWith("/") ? r : r + "/";
    if (!f.startsWith(prefix)) throw new IllegalArgumentException(file + " is not inside " + root);
    return LocalAddress.of(root.getName(), f.substring(prefix.length()));
  }
}
