package org.storysearch.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories written to attack the page: markup in titles, bodies and URLs is shown as text and never runs. */
class HostileStoryPageTest {

  private static final String TITLE = "<script>window.pwned = 'title'</script> Fish & <b>Chips</b>";
  private static final String IMAGE = "<img src=x onerror=\"window.pwned = 'body'\">";

  @TempDir static Path dir;
  private static PageServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("hostile.md"), """
        ---
        title: '%s'
        author: '<i>Mallory</i>'
        tags: ['<svg onload=alert(1)>', chips]
        date: 2025-03-01
        url: 'javascript:window.pwned = "url"'
        ---
        Fish and chips with `%s` in the middle, and `&amp;` an entity written out.

        More about chips and "quotes" and 'apostrophes'.
        """.formatted(TITLE.replace("'", "''"), IMAGE));
    Files.writeString(corpus.resolve("plain.md"), """
        ---
        title: Chips and salt
        date: 2025-02-01
        url: https://example.org/chips
        ---
        Salt on chips, a plain story with a web link.
        """);
    server = PageServer.start(corpus, dir.resolve("index"));
    browser = Browser.open(server.base);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @Test
  void markupInAStoryIsShownAsTextInHitsAndInTheStoryView() throws Exception {
    browser.load("/?q=fish");
    assertThat(browser.find("#results .hit-link").getText()).isEqualTo(TITLE);
    assertThat(browser.find("#results .hit-link mark").getText()).isEqualToIgnoringCase("fish");
    assertThat(browser.find("#results .snippet").getText()).contains(IMAGE);
    assertThat(browser.find("#results .meta").getText()).contains("<i>Mallory</i>", "<svg onload=alert(1)>");
    assertThat(browser.all("main script, main img, main b, main i, main svg")).isEmpty();
    browser.screenshot("hostile-results");

    browser.find("#results .hit-link").click();
    browser.awaitShown();
    assertThat(browser.find("#story h1").getText()).isEqualTo(TITLE);
    assertThat(browser.find("#story .body").getText())
        .contains(IMAGE, "&amp; an entity written out", "\"quotes\" and 'apostrophes'");
    assertThat(browser.all("main script, main img, main b, main i, main svg")).isEmpty();
    assertThat(browser.all("#story .original")).as("javascript: URL is not a link").isEmpty();
    assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
    browser.screenshot("hostile-story");
  }

  @Test
  void onlyHttpUrlsBecomeLinks() {
    browser.load("/?q=salt");
    browser.find("#results .hit-link").click();
    browser.awaitShown();
    assertThat(browser.find("#story .original").getDomAttribute("href")).isEqualTo("https://example.org/chips");
  }
}
