package org.recoupe.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import picocli.CommandLine;

/**
 * The story page of the seeds, opened from disk in headless Chromium: it loads without a console
 * error (a style or script refused by the page's Content-Security-Policy would be one), shows the
 * brief and its disagreements, and a citation lands on its highlighted source sentence. Leaves
 * screenshots in {@code target/}. Needs Debian's {@code chromium} and {@code chromium-driver} (paths
 * overridable with {@code -Drecoupe.chromium=} and {@code -Drecoupe.chromedriver=}); fails, rather
 * than skips, without them.
 */
class StoryPageBrowserTest {
  private static final String HIGHLIGHT = "rgb(255, 241, 168)";

  @TempDir Path out;
  @TempDir Path profile;

  @Test
  void theSeedsPageLoadsCleanlyShowsTheBriefAndLinksCitationsToTheirSentences() throws Exception {
    File browser = new File(System.getProperty("recoupe.chromium", "/usr/bin/chromium"));
    File driverFile = new File(System.getProperty("recoupe.chromedriver", "/usr/bin/chromedriver"));
    if (!browser.canExecute() || !driverFile.canExecute()) {
      fail("The browser test needs Chromium and its driver at " + browser + " and " + driverFile
          + ". Install them with: sudo apt-get update && sudo apt-get install -y chromium chromium-driver"
          + " (.ci/run and ./test do it when run as root), or point -Drecoupe.chromium= and"
          + " -Drecoupe.chromedriver= at your own.");
    }
    Path page = analyseSeeds();
    JsonNode story = new ObjectMapper().readTree(page.resolveSibling("story.json").toFile());

    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1800", "--user-data-dir=" + profile);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverFile)
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(page.toUri().toString());
      WebElement headline = driver.findElement(By.id("headline"));
      assertTrue(headline.isDisplayed());
      assertEquals(story.at("/brief/headline").asText(), headline.getText());
      WebElement conflicts = driver.findElement(By.id("disagreements"));
      assertTrue(conflicts.isDisplayed());
      assertEquals(story.get("conflicts").size(), conflicts.findElements(By.className("conflict")).size());
      assertFalse(driver.findElements(By.cssSelector(".timeline .event")).isEmpty(), "the seeds have a timeline");
      save(driver.getScreenshotAs(OutputType.FILE), "story-screenshot.png");

      WebElement cite = driver.findElement(By.cssSelector("ol.summary a.cite"));
      String target = cite.getAttribute("href").substring(cite.getAttribute("href").indexOf('#') + 1);
      JavascriptExecutor js = driver;
      js.executeScript("arguments[0].scrollIntoView({block: 'center'});", cite);
      cite.click();
      String targeted = waitFor(() -> (String) js.executeScript(
          "var t = document.querySelector(':target'); return t ? t.id : '';"), target);
      assertEquals(target, targeted);
      WebElement sentence = driver.findElement(By.id(target));
      assertTrue(sentence.isDisplayed());
      assertEquals(HIGHLIGHT, waitFor(() -> (String) js.executeScript(
          "return getComputedStyle(arguments[0]).backgroundColor;", sentence), HIGHLIGHT));
      assertFalse(sentence.getText().isBlank());
      save(driver.getScreenshotAs(OutputType.FILE), "story-citation.png");
      js.executeScript("document.getElementById('timeline').scrollIntoView();");
      save(driver.getScreenshotAs(OutputType.FILE), "story-timeline.png");

      List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
      assertTrue(severe.isEmpty(), () -> "console errors: " + severe);
    } finally {
      driver.quit();
      service.stop();
    }
  }

  private Path analyseSeeds() {
    Path seeds = Path.of(System.getProperty("recoupe.shared"), "seeds");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cli = RecoupeCli.newCommandLine();
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(stderr));
    int code = cli.execute("analyze", seeds.toString(), "--out", out.toString(), "--threads", "2");
    assertEquals(0, code, stderr::toString);
    Path page = out.resolve("stories/story-1/story.html");
    assertTrue(stdout.toString().contains("Brief: " + page.toAbsolutePath().normalize()), stdout::toString);
    assertTrue(Files.isRegularFile(page));
    return page;
  }

  /** Polls {@code value} until it gives {@code expected} or five seconds pass; returns the last value. */
  private static String waitFor(Supplier<String> value, String expected) throws InterruptedException {
    String last = value.get();
    for (int i = 0; i < 50 && !expected.equals(last); i++) {
      Thread.sleep(100);
      last = value.get();
    }
    return last;
  }

  private static void save(File screenshot, String name) throws java.io.IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(screenshot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
