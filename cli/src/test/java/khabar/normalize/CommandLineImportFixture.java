package khabar.normalize;

/** A library class importing the command line, which {@code CommandLineLayeringTest} must reject. */
public final class CommandLineImportFixture {
  private CommandLineImportFixture() {}

  static Object upward() {
    return khabar.cli.Main.commandLine();
  }
}
