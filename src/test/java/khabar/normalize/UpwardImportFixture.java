package khabar.normalize;

import java.nio.file.Path;

/** A normalize class importing a later stage (pipeline), which {@code LayeringTest} must reject. */
public final class UpwardImportFixture {
  private UpwardImportFixture() {}

  static Object upward() {
    return khabar.pipeline.Pipeline.load(Path.of("gazetteers"));
  }
}
