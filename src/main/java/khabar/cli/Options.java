package khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import khabar.discover.CandidateFinder;
import khabar.discover.Patterns;
import khabar.tag.Gazetteer;
import khabar.tag.GazetteerLoader;
import khabar.tag.Tagger;
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

    Gazetteer load() {
      return GazetteerLoader.load(resolve());
    }

    /** A tagger for {@code g}, also finding candidates when {@code patterns.tsv} is beside the gazetteers. */
    Tagger tagger(Gazetteer g) {
      Path d = resolve();
      Tagger t = new Tagger(g);
      return Files.isRegularFile(d.resolve(Patterns.FILE)) ? t.withCandidates(CandidateFinder.load(d, g)) : t;
    }

    Tagger tagger() {
      return tagger(load());
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
