package khabar.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a seed file: one URL a line (a page, a feed or a sitemap); blank lines and {@code #} comments skipped. */
public final class Seeds {
  private Seeds() {}

  /**
   * The seeds in {@code file}, in order.
   *
   * @throws IllegalArgumentException naming file and line for a line that is no http or https URL
   */
  public static List<String> read(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isEmpty() || line.startsWith("#")) continue;
      out.add(check(line, file + ":" + (i + 1) + ": "));
    }
    return out;
  }

  /**
   * {@code seed} itself when it is an absolute http or https URL.
   *
   * @param where prefix for the message, e.g. "seeds.txt:3: "
   * @throws IllegalArgumentException otherwise
   */
  public static String check(String seed, String where) {
    if (new UrlNormalizer().normalize(seed).isEmpty()) {
      throw new IllegalArgumentException(where + "not an http or https URL: " + seed);
    }
    return seed;
  }
}
