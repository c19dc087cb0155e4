package org.storysearch.server.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (the system's chromium and chromedriver) on the search page, with the waits the tests share. */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String base;
  private final Path profile;

  private Browser(ChromeDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  /** Starts a browser for the page at base (the server's root URL); skips the test when no Chromium is installed. */
  static Browser open(String base) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("storysearch-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return new Browser(driver, base.endsWith("/") ? base.substring(0, base.length() - 1) : base, profile);
  }

  /** Loads the page at path ("/" or "/?q=...") and waits until it shows its state. */
  void load(String path) {
    driver.get(base + path);
    awaitShown();
  }

  /** Waits until the page shows the answer for the state in its URL (its main element says which state it shows). */
  void awaitShown() {
    // On a timeout, say what the page showed instead: a wait that only says "timed out" explains nothing.
    wait(Duration.ofSeconds(10)).withMessage(() -> "the page did not show the state of its URL: " + js(
        "const main = document.getElementById('main'); return JSON.stringify({url: location.search,"
            + " busy: main.getAttribute('aria-busy'), shown: main.dataset.shown,"
            + " status: document.getElementById('status').textContent});"))
        .until(d -> Boolean.TRUE.equals(js(
        "const main = document.getElementById('main');"
            + "return main.getAttribute('aria-busy') === 'false' && main.dataset.shown !== undefined"
            + " && new URLSearchParams(main.dataset.shown).toString() === new URLSearchParams(location.search).toString();")));
  }

  WebDriverWait wait(Duration timeout) {
    // Lists are rebuilt as answers arrive, so an element found a moment ago may be gone: look again.
    return (WebDriverWait) new WebDriverWait(driver, timeout, Duration.ofMillis(20))
        .ignoring(StaleElementReferenceException.class);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The URL query parameter's values in the page's current URL. */
  @SuppressWarnings("unchecked")
  List<String> param(String name) {
    return (List<String>) js("return new URLSearchParams(location.search).getAll(arguments[0]);", name);
  }

  /** The ids of the hits shown, in order. */
  List<String> hitIds() {
    return all("#results .hit-link").stream().map(link -> link.getDomAttribute("data-id")).toList();
  }

  /** Saves a screenshot as target/screenshots/NAME.png. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Emulates a phone-sized viewport of the given CSS width, or the desktop window again with width 0. */
  void viewportWidth(int width) {
    if (width == 0) {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    } else {
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 780, "deviceScaleFactor", 1, "mobile", true));
    }
  }

  /** Emulates prefers-color-scheme: dark (or light). */
  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // Chromium may still be writing its profile while it exits; the folder is a temporary one.
    }
  }
}
