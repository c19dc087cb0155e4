package org.storysearch.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Stories that strain the layout: a very long title with a word longer than a phone screen, and one in Japanese (so
 * the archive has two languages, and the page a language panel).
 */
class LongTitleAndCjkPageTest {

  private static final String LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
  private static final String LONG_TITLE = "The keeper of the northern lighthouse, who counted every ship that passed"
      + " in the winter storms of the long year, and wrote their names in a book " + LONG_WORD
      + " that nobody read until the light was finally put out";
  private static final String CJK_TITLE = "北の灯台守の物語";
  private static final String CJK_BODY = "灯台守は毎晩、通り過ぎる船を数えていました。嵐の夜も、lighthouse の光は消えませんでした。";

  @TempDir static Path dir;
  private static PageSession page;
  private static PageServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("long.md"), """
        ---
        title: '%s'
        author: Ada Lovelace-Featherstonehaugh-Cholmondeley
        tags: [lighthouse, %s]
        date: 2025-03-01
        ---
        The lighthouse keeper kept a book of ships.
        """.formatted(LONG_TITLE, LONG_WORD.toLowerCase()));
    Files.writeString(corpus.resolve("cjk.md"), """
        ---
        title: '%s'
        author: 山田太郎
        tags: [灯台, 物語]
        date: 2025-02-01
        ---
        %s
        """.formatted(CJK_TITLE, CJK_BODY));
    page = PageSession.start(corpus, dir.resolve("index"));
    server = page.server;
    browser = page.browser;
  }

  @AfterAll
  static void stop() throws Exception {
    if (page != null) page.close();
  }

  @AfterEach
  void desktop() {
    browser.viewportWidth(0);
  }

  @Test
  void aVeryLongTitleWrapsInsideThePageOnADesktopAndAPhone() throws Exception {
    browser.load("/?q=lighthouse");
    assertThat(browser.hitIds()).contains("long");
    assertThat(browser.find("#results .hit-link").getText()).isEqualToIgnoringCase(LONG_TITLE);
    assertNoSidewaysScrolling();
    browser.screenshot("long-title-results");

    browser.viewportWidth(360);
    browser.load("/?q=lighthouse");
    assertNoSidewaysScrolling();
    browser.screenshot("long-title-results-360");
    browser.load("/?story=long");
    assertThat(browser.find("#story h1").getText()).isEqualTo(LONG_TITLE);
    assertNoSidewaysScrolling();
    browser.screenshot("long-title-story-360");
  }

  @Test
  void aJapaneseStoryIsFoundByItsWordsAndShownAsWritten() throws Exception {
    browser.load("/?q=" + java.net.URLEncoder.encode("灯台", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(browser.hitIds()).contains("cjk");
    assertThat(browser.find("#results").getText()).contains(CJK_TITLE.substring(0, 1), "山田太郎");
    assertThat(browser.all("#results mark")).isNotEmpty();
    assertNoSidewaysScrolling();
    browser.screenshot("cjk-results");

    browser.load("/?story=cjk");
    assertThat(browser.find("#story h1").getText()).isEqualTo(CJK_TITLE);
    assertThat(browser.find("#story .body").getText()).contains(CJK_BODY);
    assertNoSidewaysScrolling();
    browser.screenshot("cjk-story");
  }

  @Test
  void theLanguagePanelCountsEachLanguageAndTickingOneFiltersTheHits() throws Exception {
    browser.load("/");
    assertThat(browser.all("[data-dimension=lang] .facet-values label").stream()
        .map(label -> label.findElement(By.cssSelector(".value")).getText() + "="
            + label.findElement(By.cssSelector(".count")).getText()).toList()).containsExactlyInAnyOrder("en=1", "ja=1");
    String box = browser.all("[data-dimension=lang] input[type=checkbox]").stream()
        .filter(input -> input.getDomAttribute("value").equals("ja")).findFirst().orElseThrow().getDomAttribute("id");
    browser.find("[data-dimension=lang] label[for='" + box + "']").click();
    browser.awaitShown();
    assertThat(browser.param("lang")).containsExactly("ja");
    assertThat(browser.hitIds()).containsExactly("cjk");
    assertThat(browser.all("[data-dimension=lang] input:checked")).hasSize(1);
  }

  /** Neither the page nor anything in the hits or the story reaches past the window's right edge. */
  private static void assertNoSidewaysScrolling() {
    assertThat(browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).as(
        "the page is no wider than the window").isEqualTo(true);
    assertThat(browser.js("return [...document.querySelectorAll('#results *, #story *')]"
        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.outerHTML.slice(0, 80))"))
        .as("elements past the right edge").asList().isEmpty();
  }
}
