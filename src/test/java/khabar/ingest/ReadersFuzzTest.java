package khabar.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import khabar.extract.Page;

/**
 * Fuzz tests of the dump readers and the charset detector: whatever the bytes, reading returns
 * normally (no exception, no hang) and every outcome is a page or a named failure. In a plain test
 * run each replays its seed corpus under src/test/resources/khabar/ingest/ReadersFuzzTestInputs/;
 * docs/INGEST.md gives the command that fuzzes.
 */
class ReadersFuzzTest {
  static final class Counting implements DumpReader.Sink {
    final List<Page> pages = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();

    @Override
    public void page(Page page, java.nio.file.Path file) {
      if (page.content() == null) throw new AssertionError("a page without content");
      pages.add(page);
    }

    @Override
    public void failed(Failure failure) {
      if (!failure.where().startsWith("fuzz")) throw new AssertionError("a failure not named by its input: " + failure);
      failures.add(failure);
    }
  }

  static void read(byte[] data, Format format) throws InterruptedException {
    new DumpReader(1 << 20).read(new ByteArrayInputStream(data), "fuzz", format, new Counting());
  }

  @FuzzTest(maxDuration = "10s")
  void warc(byte[] data) throws InterruptedException {
    read(data, Format.WARC);
  }

  @FuzzTest(maxDuration = "10s")
  void arc(byte[] data) throws InterruptedException {
    read(data, Format.ARC);
  }

  @FuzzTest(maxDuration = "10s")
  void jsonLines(byte[] data) throws InterruptedException {
    read(data, Format.JSONL);
  }

  @FuzzTest(maxDuration = "10s")
  void json(byte[] data) throws InterruptedException {
    read(data, Format.JSON);
  }

  @FuzzTest(maxDuration = "10s")
  void sniffed(byte[] data) throws InterruptedException {
    read(data, null);
  }

  @FuzzTest(maxDuration = "10s")
  void charsets(byte[] data) {
    String s = Charsets.decode(data, null, true);
    if (s == null) throw new AssertionError("null text");
    if (Charsets.bomCharset(data) == null && Charsets.mostlyUtf8(data) && Charsets.isUtf8(data)
        && !s.equals(new String(data, java.nio.charset.StandardCharsets.UTF_8))) {
      throw new AssertionError("valid UTF-8 not decoded as UTF-8");
    }
  }
}
