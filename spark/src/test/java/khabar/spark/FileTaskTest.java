package khabar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import khabar.ingest.LocalAddress;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job knows each HTML or text file by the address {@code khabar ingest} gives it, so both make the same ids. */
class FileTaskTest {
  @TempDir Path dir;

  @Test
  void filesAreKnownByTheInputFolderNameAndThePathBelowItAsIngestKnowsThem() throws IOException {
    Path dump = Files.createDirectories(dir.resolve("nightly dump/news"));
    dump = dump.getParent();
    Path a = Files.writeString(dump.resolve("a.html"), "<p>a</p>");
    Path b = Files.writeString(dump.resolve("news/خبر.txt"), "b");
    Path c = Files.writeString(dir.resolve("c.html"), "<p>c</p>");

    List<FileTask> files = new ArrayList<>();
    List<Row> failures = new ArrayList<>();
    BackfillJob.listInputs(List.of(dump.toString(), c.toString()), new Configuration(), files, failures);
    assertEquals(List.of(), failures);
    assertEquals(List.of(LocalAddress.of(dump, a), LocalAddress.of(dump, b), LocalAddress.of(c, c)),
        files.stream().map(FileTask::address).toList());
    assertEquals(List.of("file:nightly%20dump/a.html", "file:nightly%20dump/news/%D8%AE%D8%A8%D8%B1.txt", "file:" + dir.getFileName() + "/c.html"),
        files.stream().map(FileTask::address).toList());
  }
}
