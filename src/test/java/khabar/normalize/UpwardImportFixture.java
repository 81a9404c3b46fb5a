package khabar.normalize;

/** A normalize class importing the command line, which {@code LayeringTest} must reject. */
public final class UpwardImportFixture {
  private UpwardImportFixture() {}

  static Object upward() {
    return khabar.cli.Main.commandLine();
  }
}
