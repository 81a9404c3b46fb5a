package khabar.serve;

import static khabar.serve.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real headless Chromium (Debian's chromium and chromium-driver). Skipped
 * when they are not installed; .ci/run installs them. Screenshots go to target/screenshots/.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static TestServer s;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver not installed");
    s = new TestServer(dir);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toString());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1200,900", "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    Files.createDirectories(Path.of("target/screenshots"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (s != null) s.close();
  }

  static void screenshot(String name) throws Exception {
    Files.write(Path.of("target/screenshots", name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  static List<WebElement> hits() {
    return browser.findElements(By.cssSelector("#results li.hit"));
  }

  @Test
  void searchesFiltersByFacetAndOpensArticleAndEntity() throws Exception {
    browser.get(s.base + "/");
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("انفيديا", Keys.ENTER);
    // The page first lists everything (also 3 articles here); wait for the query's own results.
    wait.until(d -> d.getCurrentUrl().contains("q=") && d.findElement(By.id("summary")).getText().equals("3 نتيجة")
        && !d.findElements(By.cssSelector("#results .snippet mark")).isEmpty());
    assertEquals(3, hits().size());
    List<String> marked = browser.findElements(By.cssSelector("#results .snippet mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.contains("إنفيديا"), marked.toString());
    screenshot("1-search");
    assertEquals("هواوي", browser.findElement(By.cssSelector("[data-facet=company] button[data-value=huawei] span")).getText());

    browser.findElement(By.cssSelector("[data-facet=company] button[data-value=huawei]")).click();
    wait.until(d -> d.findElement(By.id("summary")).getText().equals("1 نتيجة"));
    assertEquals("هواوي تنافس بشرائح Ascend", hits().get(0).findElement(By.cssSelector("h2")).getText());
    assertEquals(1, browser.findElements(By.cssSelector("#active button[data-filter=entity]")).size());
    screenshot("2-facet");

    hits().get(0).findElement(By.cssSelector("h2 a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-view .article-text")));
    List<String> types = browser.findElements(By.cssSelector("#article-view .m")).stream().map(e -> e.getAttribute("data-type")).toList();
    assertTrue(types.containsAll(List.of("COMPANY", "CHIP", "MONEY")), types.toString());
    assertTrue(!browser.findElement(By.id("search-view")).isDisplayed(), "the results give way to the article");
    WebElement money = browser.findElement(By.cssSelector("#article-view .m.MONEY"));
    assertEquals("$100,000,000 (MORE_THAN)", money.getAttribute("title"));
    screenshot("3-article");

    browser.findElement(By.cssSelector("#article-view .m.COMPANY[data-id=huawei]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entity-view h1")));
    assertTrue(browser.findElement(By.cssSelector("#entity-view h1")).getText().startsWith("هواوي"));
    assertTrue(browser.findElement(By.cssSelector("#entity-view svg.bars")).isDisplayed());
    screenshot("4-entity");
  }

  @Test
  void neverRunsScriptFromArticles() throws Exception {
    browser.get(s.base + "/#/search?q=" + enc("خبيث"));
    wait.until(d -> d.findElement(By.id("summary")).getText().equals("1 نتيجة"));
    hits().get(0).findElement(By.cssSelector("h2 a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-view .article-text")));
    String text = browser.findElement(By.cssSelector("#article-view .article-text")).getText();
    assertTrue(text.contains("<script>window.__pwned=4</script>"), text);
    assertTrue(browser.findElement(By.cssSelector("#article-view h1")).getText().contains("onerror"));
    assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned"));
    assertTrue(browser.findElements(By.id("original")).isEmpty(), "a javascript: URL must not become a link");
    screenshot("5-hostile");
  }

  @Test
  void showsAFriendlyMessageForAMalformedQuery() throws Exception {
    browser.get(s.base + "/#/search?q=" + enc("\"غير مغلق"));
    wait.until(d -> !d.findElement(By.id("message")).getText().isEmpty());
    assertTrue(browser.findElement(By.id("message")).getText().startsWith("تعذّر فهم البحث"));
  }
}
