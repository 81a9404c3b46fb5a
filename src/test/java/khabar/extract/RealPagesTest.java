package khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extracts eleven Arabic news pages as their sites served them ({@code
 * src/test/resources/extract-real}, README there): the title, publication time and author must be
 * exactly what each page states, and the main text must match the article a reader sees with F1
 * of at least {@value #MIN_PAGE_F1} on every page and {@value #MIN_MEAN_F1} on average.
 */
class RealPagesTest {
  static final Path PAGES = Path.of("src/test/resources/extract-real");
  static final double MIN_PAGE_F1 = 0.85;
  static final double MIN_MEAN_F1 = 0.97;

  record Expected(String page, String url, String title, Instant published, String author) {}

  static List<Expected> expected() throws IOException {
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(PAGES.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      out.add(new Expected(c[0], c[1], c[2], Instant.parse(c[3]), c[4]));
    }
    return out;
  }

  static Article extract(Expected e) throws IOException {
    String html = Files.readString(PAGES.resolve(e.page() + ".html"), StandardCharsets.UTF_8);
    return new ArticleExtractor().extract(new Page(e.url(), html, true, null, e.page()));
  }

  @Test
  void metadataIsWhatEachPageStates() throws IOException {
    List<Expected> all = expected();
    assertEquals(11, all.size());
    for (Expected e : all) {
      Article a = extract(e);
      assertEquals(e.title(), a.title(), e.page() + " title");
      assertEquals(e.published(), a.published(), e.page() + " published");
      assertEquals(e.author(), a.author(), e.page() + " author");
    }
  }

  @Test
  void mainTextIsTheArticle() throws IOException {
    List<ExtractionQualityTest.Scored> all = new ArrayList<>();
    for (Expected e : expected()) {
      String want = Files.readString(PAGES.resolve(e.page() + ".txt"), StandardCharsets.UTF_8);
      all.add(new ExtractionQualityTest.Scored(e.page(), TokenOverlap.of(extract(e).text(), want)));
    }
    ExtractionQualityTest.assertScores(all, MIN_PAGE_F1, MIN_MEAN_F1);
  }
}
