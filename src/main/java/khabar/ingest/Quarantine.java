package khabar.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Copies input files that had a failure into a folder, once each, so they can be looked at and fed
 * again. The copy is named after the file's path ({@code /dumps/day1/a.html} becomes
 * {@code dumps_day1_a.html}); the run report says what failed in it.
 */
final class Quarantine {
  private final Path dir;
  private final Set<Path> copied = new HashSet<>();

  Quarantine(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create quarantine folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Copies {@code file} unless it was copied already; a copy that fails is reported as such. */
  synchronized void add(Path file, IngestReport report) {
    if (file == null || !copied.add(file.toAbsolutePath())) return;
    String name = file.toAbsolutePath().normalize().toString().replaceAll("^[/\\\\]+", "").replaceAll("[/\\\\:]", "_");
    try {
      Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      report.failed(new Failure(file.toString(), Failure.Reason.UNREADABLE, "cannot copy to quarantine: " + e.getMessage(), null));
    }
  }
}
