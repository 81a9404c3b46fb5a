package khabar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import khabar.search.SearchRequest;
import khabar.search.Searcher;
import khabar.tag.EntityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendTest {
  @TempDir static Path dir;
  static Searcher searcher;

  static final Trend.Series NVIDIA = new Trend.Series("nvidia", EntityType.COMPANY, "Nvidia", "إنفيديا");
  static final Trend.Series ALTMAN = new Trend.Series("sam-altman", EntityType.PERSON, "Sam Altman", "سام ألتمان");

  @BeforeAll
  static void build() throws IOException {
    searcher = TestIndex.build(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static Trend.Table trend(Period p) throws IOException {
    return new Trend().count(searcher, SearchRequest.of(""), List.of(NVIDIA, ALTMAN), p);
  }

  @Test
  void monthlyRowsCountArticlesMentionsAndDollarsInTheCompanysSentences() throws IOException {
    Trend.Table t = trend(Period.MONTH);
    assertEquals(
        List.of("period", "nvidia.articles", "nvidia.mentions", "nvidia.usd", "sam-altman.articles", "sam-altman.mentions"),
        t.columns());
    // January: the 5.6 million stands in a sentence without Nvidia; February: 100 million beside Nvidia
    assertEquals(
        List.of(
            Arrays.asList("2025-01", 1L, 2L, BigDecimal.ZERO, 1L, 1L),
            Arrays.asList("2025-02", 1L, 1L, new BigDecimal("100000000"), 1L, 1L)),
        t.rows());
    assertEquals(1, t.undated());
  }

  @Test
  void periodsAreContinuousWithZeros() throws IOException {
    assertEquals(List.of("2025-W05", "2025-W06"), trend(Period.WEEK).periods());
    Trend.Table days = trend(Period.DAY);
    assertEquals(
        List.of("2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
            "2025-02-03"),
        days.periods());
    assertEquals(Arrays.asList("2025-01-29", 0L, 0L, BigDecimal.ZERO, 0L, 0L), days.rows().get(2));
  }

  @Test
  void aQueryNarrowsTheArticles() throws IOException {
    Trend.Table t = new Trend().count(searcher, SearchRequest.of("OpenAI"), List.of(NVIDIA), Period.MONTH);
    assertEquals(List.of(Arrays.asList("2025-02", 1L, 1L, new BigDecimal("100000000"))), t.rows());
  }

  @Test
  void badRequestsAreRefused() {
    assertEquals(
        "a trend needs a period: day, week or month",
        assertThrows(IllegalArgumentException.class, () -> trend(Period.ALL)).getMessage());
    assertEquals(
        "entity nvidia is named twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Trend().count(searcher, SearchRequest.of(""), List.of(NVIDIA, NVIDIA), Period.MONTH))
            .getMessage());
  }

  @Test
  void svgChartCarriesItsArabicLabels() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrendChart.write(trend(Period.MONTH), TrendChart.Format.SVG, out);
    String svg = out.toString(StandardCharsets.UTF_8);
    assertTrue(svg.contains("<title>عدد المقالات حسب الشهر</title>"), svg.substring(0, 600));
    assertTrue(svg.contains("<desc>إنفيديا، سام ألتمان: 2025-01 – 2025-02</desc>"), svg.substring(0, 600));
    assertTrue(svg.contains("<path"), "the drawing itself");
  }

  @Test
  void pngChartIsAnImageOfTheAskedSize() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrendChart.write(trend(Period.MONTH), TrendChart.Format.PNG, out);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(900, img.getWidth());
    assertEquals(500, img.getHeight());
  }

  @Test
  void chartFormatComesFromTheFileName() {
    assertEquals(TrendChart.Format.SVG, TrendChart.Format.ofFile("a/b.SVG"));
    assertEquals(TrendChart.Format.PNG, TrendChart.Format.ofFile("trend.png"));
    assertEquals(
        "chart file 'trend.pdf' must end in .svg or .png",
        assertThrows(IllegalArgumentException.class, () -> TrendChart.Format.ofFile("trend.pdf")).getMessage());
  }
}
