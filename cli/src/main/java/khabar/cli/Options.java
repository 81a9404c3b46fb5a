package khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import khabar.money.ExchangeRates;
import khabar.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** Options shared by the commands that read or write an index or need the gazetteers. */
final class Options {
  private Options() {}

  static final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE}).", defaultValue = "index")
    Path index;
  }

  static final class GazetteerOption {
    @Option(names = "--gazetteers", paramLabel = "DIR", description = "Gazetteer folder (default: the project's gazetteers/).")
    Path dir;

    @Option(
        names = "--rates",
        paramLabel = "FILE",
        description = "Exchange-rate table (date, currency, units per dollar, source; tab-separated) to value non-dollar figures with, instead of the shipped one.")
    Path rates;

    private Pipeline pipeline;

    /** The pipeline over these gazetteers, loaded on first use (see {@link Pipeline} for what it holds). */
    Pipeline pipeline() {
      if (pipeline == null) {
        Pipeline p = Pipeline.load(resolve());
        pipeline = rates == null ? p : p.withRates(readRates(rates));
      }
      return pipeline;
    }

    private static ExchangeRates readRates(Path file) {
      try {
        return ExchangeRates.read(file);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UncheckedIOException("cannot read the rate table " + file + ": no such file", e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rate table " + file + ": " + e.getMessage(), e);
      }
    }

    Path resolve() {
      if (dir != null) return dir;
      String home = System.getProperty("khabar.home");
      if (home != null && Files.isDirectory(Path.of(home, "gazetteers"))) return Path.of(home, "gazetteers");
      return Path.of("gazetteers");
    }
  }

  /** The project folder (for corpus/ and gazetteers/), set by the launcher. */
  static Path home() {
    String home = System.getProperty("khabar.home");
    return home == null ? Path.of(".") : Path.of(home);
  }
}
