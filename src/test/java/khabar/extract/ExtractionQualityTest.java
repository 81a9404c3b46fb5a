package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores main-text extraction on fixture pages with their expected text (headline, then the body's
 * headings and paragraphs). {@code src/test/resources/extract/NAME.txt} is the expected text of
 * {@code NAME.html} beside it, or of {@code corpus/NN-slug.html} for {@code corpus-NN-slug.txt}.
 * Pages are scored with {@link TokenOverlap}; the macro average F1 must reach {@value #MIN_MEAN_F1}
 * and no page may fall below {@value #MIN_PAGE_F1}.
 */
class ExtractionQualityTest {
  static final double MIN_MEAN_F1 = 0.95;
  static final double MIN_PAGE_F1 = 0.85;
  static final Path FIXTURES = Path.of("src/test/resources/extract");

  record Scored(String name, TokenOverlap score) {}

  static List<Scored> scoreAll() throws IOException {
    ArticleExtractor x = new ArticleExtractor();
    List<Scored> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(FIXTURES)) {
      for (Path expected : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = expected.getFileName().toString().replaceFirst("\\.txt$", "");
        Path page = name.startsWith("corpus-") ? Path.of("corpus", name.substring("corpus-".length()) + ".html") : FIXTURES.resolve(name + ".html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String text = x.extract(new Page("https://fixture.example/" + name, html, true, null, page.toString())).text();
        out.add(new Scored(name, TokenOverlap.of(text, Files.readString(expected, StandardCharsets.UTF_8))));
      }
    }
    return out;
  }

  @Test
  void mainTextMatchesTheExpectedTextOnEveryFixturePage() throws IOException {
    List<Scored> all = scoreAll();
    assertTrue(all.size() >= 20, "fixture pages: " + all.size());
    assertScores(all, MIN_PAGE_F1, MIN_MEAN_F1);
  }

  /**
   * Prints the pages' scores as a table and asserts that no page scores under {@code minPage} and
   * that their mean reaches {@code minMean}; a failure shows the table.
   */
  static void assertScores(List<Scored> all, double minPage, double minMean) {
    StringBuilder table = new StringBuilder();
    double sum = 0;
    List<String> weak = new ArrayList<>();
    for (Scored s : all) {
      TokenOverlap o = s.score();
      sum += o.f1();
      table.append(String.format(Locale.ROOT, "%-50s P %.3f R %.3f F1 %.3f%n", s.name(), o.precision(), o.recall(), o.f1()));
      if (o.f1() < minPage) weak.add(s.name());
    }
    double mean = sum / all.size();
    table.append(String.format(Locale.ROOT, "mean F1 %.3f over %d pages%n", mean, all.size()));
    System.out.print(table);
    assertEquals(List.of(), weak, table.toString());
    assertTrue(mean >= minMean, table.toString());
  }

  @Test
  void tokenOverlapCountsRepeatsAndPunctuationAway() {
    TokenOverlap o = TokenOverlap.of("أ ب ب، ج", "أ ب د");
    assertEquals(0.5, o.precision(), 1e-9); // أ ب of أ ب ب ج
    assertEquals(2 / 3.0, o.recall(), 1e-9); // أ ب of أ ب د
  }
}
