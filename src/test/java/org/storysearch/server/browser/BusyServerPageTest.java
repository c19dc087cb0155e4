package org.storysearch.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** The page against a server that is slow or overloaded: it asks one search at a time and rides out a 503. */
class BusyServerPageTest {

  @TempDir static Path index;
  private static PageSession page;
  private static PageServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    page = PageSession.start(Path.of("corpus"), index);
    server = page.server;
    browser = page.browser;
  }

  @AfterAll
  static void stop() throws Exception {
    if (page != null) page.close();
  }

  @Test
  void typingIntoASlowServerAsksOneSearchAtATimeAndShowsTheLast() throws Exception {
    browser.load("/");
    // Every search answer is held back 300 ms, longer than the pause between the keystrokes below.
    browser.js("window.searchesAtOnce = 0; window.mostSearchesAtOnce = 0; const realFetch = window.fetch;"
        + "window.fetch = (url, options) => { if (!String(url).includes('/api/search')) return realFetch(url, options);"
        + " window.mostSearchesAtOnce = Math.max(window.mostSearchesAtOnce, ++window.searchesAtOnce);"
        + " return new Promise(resolve => setTimeout(resolve, 300)).then(() => realFetch(url, options))"
        + " .finally(() => window.searchesAtOnce--); };");
    WebElement box = browser.find("#q");
    for (String key : List.of("w", "a", "t", "e", "r")) {
      box.sendKeys(key);
      Thread.sleep(120);
    }
    browser.wait(Duration.ofSeconds(5)).until(d -> browser.param("q").equals(List.of("water")));
    browser.awaitShown();
    assertThat(browser.js("return window.mostSearchesAtOnce")).isEqualTo(1L);
    assertThat(browser.hitIds()).isNotEmpty()
        .isEqualTo(server.hitIds("/api/search?q=water&limit=10"));
  }

  @Test
  void anOverloadedAnswerIsRetriedAfterTheWaitTheServerAsks() throws Exception {
    browser.load("/");
    // The first search for "energy" gets the server's 503 with Retry-After: 1, as a full search gate answers.
    browser.js("window.refused = 0; const realFetch = window.fetch;"
        + "window.fetch = (url, options) => /^\\/api\\/search\\?(.*&)?q=energy(&|$)/.test(String(url))"
        + " && window.refused++ === 0"
        + " ? Promise.resolve(new Response(JSON.stringify({error: {code: 'overloaded', message: 'too many searches'}}),"
        + " {status: 503, headers: {'Retry-After': '1', 'Content-Type': 'application/json'}}))"
        + " : realFetch(url, options);");
    browser.find("#q").sendKeys("energy");
    browser.wait(Duration.ofSeconds(5)).until(d -> browser.param("q").equals(List.of("energy")));
    browser.awaitShown();
    assertThat(browser.js("return window.refused")).isEqualTo(2L);
    assertThat(browser.find("#status").getText()).doesNotContain("too many");
    assertThat(browser.hitIds()).isEqualTo(server.hitIds("/api/search?q=energy&limit=10"));
  }
}
