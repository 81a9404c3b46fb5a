package khabar.serve;

import static khabar.serve.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import khabar.discover.CandidateFinder;
import khabar.index.ArticleIndex;
import khabar.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's links, candidates, errors and article view in headless Chromium, over two
 * plain-text articles tagged with candidates. Screenshots go to target/screenshots/.
 */
class SearchPageBrowserTest {
  @TempDir static Path dir;
  static Server server;
  static String base;
  static ChromeDriver browser;
  static WebDriverWait wait;

  static final String A1 =
      "2025-03-14\nسامسونج تطلق رقائق ذاكرة جديدة\n\nأعلنت شركة سامسونج عن رقائق ذاكرة جديدة. "
          + "وقالت شركة فلكسورا الناشئة إنها ستشتري الرقائق بقيمة 5 ملايين دولار.\n";
  static final String A2 = "طلب متزايد على الذاكرة\n\nقالت Samsung Electronics إن الطلب على الذاكرة يتزايد.\n";

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER), "chromium and chromedriver not installed");
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a1.txt"), A1, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("a2.txt"), A2, StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    Pipeline pipeline = Pipeline.of(TestServer.GAZETTEER, CandidateFinder.load(Path.of("gazetteers")));
    try (ArticleIndex idx = ArticleIndex.open(index)) {
      pipeline.ingester().ingest(List.of(docs), idx);
    }
    server = Server.start(new LiveIndexConfig(index, pipeline, "127.0.0.1", 0, 4));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BrowserTest.CHROMIUM.toString());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1200,900", "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    Files.createDirectories(Path.of("target/screenshots"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  static void screenshot(String name) throws Exception {
    Files.write(Path.of("target/screenshots", name + ".png"),
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  static List<String> titles() {
    return browser.findElements(By.cssSelector("#results li.hit h2")).stream().map(WebElement::getText).sorted().toList();
  }

  /** A shared link /?q=… opens that search; the Latin name finds the Arabic spelling too. */
  @Test
  void aSharedQueryLinkOpensTheSearch() throws Exception {
    browser.get(base + "/?q=" + enc("Samsung"));
    wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("2 نتيجة"));
    assertEquals(List.of("سامسونج تطلق رقائق ذاكرة جديدة", "طلب متزايد على الذاكرة"), titles());
    assertEquals("Samsung", browser.findElement(By.id("q")).getAttribute("value"));
    assertTrue(browser.getCurrentUrl().contains("#/search?q=Samsung"), browser.getCurrentUrl());
    screenshot("search-1-shared-link");
  }

  /** The candidate's facet shows its Arabic name with a mark, and clicking it filters. */
  @Test
  void aCandidateFacetShowsItsNameAndFilters() throws Exception {
    browser.get(base + "/#/search?sort=date");
    wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("2 نتيجة") && d.getCurrentUrl().contains("sort=date"));
    By facet = By.cssSelector("[data-facet=company] button[data-value='cand:company:فلكسورا']");
    wait.until(ExpectedConditions.elementToBeClickable(facet));
    assertEquals("فلكسورا (مرشّح)", browser.findElement(facet).findElement(By.cssSelector("span")).getText());
    browser.findElement(facet).click();
    wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 نتيجة"));
    assertEquals(List.of("سامسونج تطلق رقائق ذاكرة جديدة"), titles());
    assertEquals("فلكسورا (مرشّح) ×", browser.findElement(By.cssSelector("#active button[data-filter=entity]")).getText());
    assertEquals("", browser.findElement(By.id("message")).getText());
    screenshot("search-2-candidate-facet");

    browser.findElement(By.cssSelector("#results a.chip.candidate")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entity-view h1")));
    assertTrue(browser.findElement(By.cssSelector("#entity-view h1")).getText().startsWith("فلكسورا"));
    assertTrue(browser.findElement(By.id("entity-kind")).getText().contains("مرشّح"));
    screenshot("search-3-candidate-entity");
  }

  /** A malformed query gets an Arabic message, laid out right to left. */
  @Test
  void aParseErrorIsArabicAndRightToLeft() throws Exception {
    browser.get(base + "/#/search?q=" + enc("Samsung )"));
    wait.until(d -> !d.findElement(By.id("message")).getText().isEmpty());
    WebElement m = browser.findElement(By.id("message"));
    assertTrue(m.getText().startsWith("تعذّر فهم البحث"), m.getText());
    assertTrue(m.getText().contains("عند الحرف 9"), m.getText());
    assertEquals("rtl", m.getCssValue("direction"));
    screenshot("search-4-parse-error");
  }

  /** The article view: source, date, a way back, the entity summary, the title once. */
  @Test
  void theArticleViewShowsWhereItCameFromAndItsEntities() throws Exception {
    browser.get(base + "/#/search?q=" + enc("فلكسورا"));
    // the page re-renders when the answer comes: retry a click that meets the old list
    wait.until(d -> {
      try {
        if (!d.findElement(By.id("summary")).getText().startsWith("1 نتيجة")) return false;
        d.findElement(By.cssSelector("#results li.hit[data-id] h2 a")).click();
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return false;
      }
    });
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-view .article-text")));
    assertEquals("سامسونج تطلق رقائق ذاكرة جديدة", browser.findElement(By.cssSelector("#article-view h1")).getText());
    String meta = browser.findElement(By.id("article-meta")).getText();
    assertTrue(meta.contains("2025-03-14"), meta);
    String text = browser.findElement(By.cssSelector("#article-view .article-text")).getText();
    assertFalse(text.contains("سامسونج تطلق رقائق ذاكرة جديدة"), "the title is not repeated: " + text);
    assertTrue(text.strip().startsWith("أعلنت شركة سامسونج"), text);
    List<String> summary = browser.findElements(By.cssSelector("#entity-summary a.chip")).stream().map(WebElement::getText).toList();
    // the title mentions Samsung too
    assertEquals(List.of("سامسونغ للإلكترونيات ×2", "فلكسورا (مرشّح)"), summary.stream().sorted().toList());
    screenshot("search-5-article");
    browser.findElement(By.id("back")).click();
    wait.until(d -> d.findElement(By.id("search-view")).isDisplayed() && d.getCurrentUrl().contains("q="));
    assertEquals(1, browser.findElements(By.cssSelector("#results li.hit")).size());
  }
}
