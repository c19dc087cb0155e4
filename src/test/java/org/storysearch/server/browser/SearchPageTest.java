package org.storysearch.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The search page over the sample corpus, in headless Chromium: each feature of the page, as a user drives it. */
class SearchPageTest {

  @TempDir static Path index;
  private static PageServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    server = PageServer.start(Path.of("corpus"), index);
    browser = Browser.open(server.base);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @BeforeEach
  void desktop() {
    browser.viewportWidth(0);
    browser.colorScheme("light");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  private void type(String text) {
    WebElement box = browser.find("#q");
    box.sendKeys(text);
    browser.wait(Duration.ofSeconds(5)).until(d -> browser.param("q").equals(List.of(box.getDomProperty("value"))));
    browser.awaitShown();
  }

  @Test
  void typedQueryShowsHighlightedHitsWithTheirFields() throws Exception {
    browser.load("/");
    browser.find("body").sendKeys("/");
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("q");

    type("climate");

    JsonNode api = server.api("/api/search?q=climate&by=month&limit=10");
    assertThat(browser.hitIds()).isNotEmpty().hasSize(api.get("hits").size());
    List<String> marked = texts(browser.all("#results mark"));
    assertThat(marked).isNotEmpty().allSatisfy(m -> assertThat(m.toLowerCase(Locale.ROOT)).startsWith("climat"));
    JsonNode first = api.get("hits").get(0);
    WebElement hit = browser.find("#results .hit");
    assertThat(hit.findElement(By.cssSelector(".hit-link")).getText()).isEqualTo(first.get("title").asText());
    assertThat(hit.getText()).contains(first.get("author").get(0).asText(), first.get("domain").asText());
    assertThat(hit.findElement(By.cssSelector("time")).getDomAttribute("datetime"))
        .isEqualTo(first.get("published_at").asText());
    List<String> tags = new ArrayList<>();
    first.get("tags").forEach(tag -> tags.add(tag.asText()));
    assertThat(texts(hit.findElements(By.cssSelector(".tags li")))).isEqualTo(tags);
    assertThat(browser.find("#status").getText()).contains("of " + api.get("total").asInt() + " stor");
    browser.screenshot("results");
  }

  @Test
  void completionIsPickedWithArrowKeysAndEnter() throws Exception {
    browser.load("/");
    WebElement box = browser.find("#q");
    box.sendKeys("climate ad");
    browser.wait(Duration.ofSeconds(5)).until(d -> !browser.all("#suggestions [role=option]").isEmpty());
    browser.screenshot("completions");
    List<String> options = texts(browser.all("#suggestions [role=option] .text"));
    int target = options.indexOf("climate adaptation");
    assertThat(target).as("completions %s", options).isNotNegative();
    for (int i = 0; i <= target; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    assertThat(browser.find("#suggestion-" + target).getDomAttribute("aria-selected")).isEqualTo("true");
    assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo("suggestion-" + target);
    box.sendKeys(Keys.ENTER);
    browser.awaitShown();

    assertThat(browser.param("tag")).containsExactly("climate adaptation");
    assertThat(browser.param("q")).isEmpty();
    assertThat(browser.find("#suggestions").isDisplayed()).isFalse();
    assertThat(browser.all("#results .hit")).isNotEmpty().allSatisfy(hit ->
        assertThat(texts(hit.findElements(By.cssSelector(".tags li")))).contains("climate adaptation"));
  }

  @Test
  void twoTickedTagsChangeHitsAndCountsAsTheApiSays() throws Exception {
    browser.load("/");
    List<WebElement> boxes = browser.all("[data-dimension=tag] input[type=checkbox]");
    String first = boxes.get(0).getDomAttribute("value");
    String second = boxes.get(1).getDomAttribute("value");
    String domainsBefore = browser.find("[data-dimension=domain] .facet-values").getText();

    browser.find("[data-dimension=tag] label[for='" + boxes.get(0).getDomAttribute("id") + "']").click();
    browser.awaitShown();
    assertThat(browser.param("tag")).containsExactly(first);
    assertThat(browser.find("[data-dimension=domain] .facet-values").getText()).isNotEqualTo(domainsBefore);
    WebElement secondBox = browser.all("[data-dimension=tag] input[type=checkbox]").stream()
        .filter(box -> box.getDomAttribute("value").equals(second)).findFirst().orElseThrow();
    secondBox.click();
    browser.awaitShown();
    browser.screenshot("facets");

    assertThat(browser.param("tag")).containsExactly(first, second);
    JsonNode api = server.api("/api/search?tag=" + encode(first) + "&tag=" + encode(second) + "&by=month&limit=10");
    assertThat(browser.hitIds()).isEqualTo(ids(api.get("hits")));
    assertThat(browser.all("#results .hit")).allSatisfy(hit -> assertThat(
        texts(hit.findElements(By.cssSelector(".tags li")))).containsAnyOf(first, second));
    assertThat(facetRows("tag")).containsAll(facetRows(api.get("facets").get("tag")));
    assertThat(facetRows("domain")).isEqualTo(facetRows(api.get("facets").get("domain")));
    assertThat(browser.all("[data-dimension=tag] input:checked")).hasSize(2);
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private List<String> facetRows(String dimension) {
    return browser.all("[data-dimension=" + dimension + "] .facet-values label").stream()
        .map(label -> label.findElement(By.cssSelector(".value")).getText() + "="
            + label.findElement(By.cssSelector(".count")).getText())
        .toList();
  }

  private static List<String> facetRows(JsonNode values) {
    List<String> rows = new ArrayList<>();
    values.forEach(value -> rows.add(value.get("value").asText() + "=" + value.get("count").asInt()));
    return rows;
  }

  @Test
  void draggingTheHistogramSetsSinceAndUntil() throws Exception {
    browser.load("/");
    int totalBefore = server.api("/api/search?limit=1").get("total").asInt();
    WebElement histogram = browser.find("#histogram");
    int width = histogram.getRect().getWidth();
    new Actions(browser.driver).moveToElement(histogram, -width / 2 + width / 10, 0).clickAndHold()
        .moveByOffset(width / 3, 0).release().perform();
    browser.wait(Duration.ofSeconds(5)).until(d -> !browser.param("since").isEmpty());
    browser.awaitShown();
    browser.screenshot("histogram");

    String since = browser.param("since").get(0);
    String until = browser.param("until").get(0);
    assertThat(since).matches("\\d{4}-\\d{2}-\\d{2}").isLessThan(until);
    assertThat(browser.find("#since").getDomProperty("value")).isEqualTo(since);
    assertThat(browser.find("#until").getDomProperty("value")).isEqualTo(until);
    JsonNode api = server.api("/api/search?since=" + since + "&until=" + until + "&limit=1");
    assertThat(api.get("total").asInt()).isPositive().isLessThan(totalBefore);
    assertThat(browser.find("#status").getText()).contains("of " + api.get("total").asInt() + " stor");
    assertThat(browser.all("#results time")).allSatisfy(time ->
        assertThat(time.getDomAttribute("datetime").substring(0, 10)).isBetween(since, until));
  }

  @Test
  void pagesForwardAndBackWithAfterTokens() throws Exception {
    browser.load("/");
    List<String> first = browser.hitIds();
    browser.find("#next").click();
    browser.awaitShown();
    List<String> second = browser.hitIds();
    assertThat(browser.param("after")).hasSize(1);
    assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    assertThat(browser.find("#status").getText()).startsWith("11–");
    browser.find("#next").click();
    browser.awaitShown();
    List<String> third = browser.hitIds();
    assertThat(third).doesNotContainAnyElementsOf(second);
    browser.screenshot("page-3");

    browser.find("#prev").click();
    browser.awaitShown();
    assertThat(browser.hitIds()).isEqualTo(second);
    browser.find("#prev").click();
    browser.awaitShown();
    assertThat(browser.hitIds()).isEqualTo(first);
    assertThat(browser.find("#prev").isEnabled()).isFalse();
    browser.driver.navigate().back();
    browser.awaitShown();
    assertThat(browser.hitIds()).isEqualTo(second);
  }

  @Test
  void storyViewShowsTheFullTextAndRelatedStories() throws Exception {
    browser.load("/?q=heat");
    WebElement link = browser.find("#results .hit-link");
    String id = link.getDomAttribute("data-id");
    link.click();
    browser.awaitShown();
    browser.screenshot("story");

    JsonNode story = server.api("/api/stories/" + id);
    assertThat(browser.param("story")).containsExactly(id);
    assertThat(browser.find("#story h1").getText()).isEqualTo(story.get("title").asText());
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("story-title");
    String body = browser.find("#story .body").getText();
    for (String paragraph : story.get("body").asText().split("\n{2,}")) {
      assertThat(body).contains(paragraph.strip());
    }
    List<String> related = ids(server.api("/api/similar/" + id + "?limit=5").get("hits"));
    List<String> shown = browser.all("#story .related .hit-link").stream().map(a -> a.getDomAttribute("data-id")).toList();
    assertThat(shown).isNotEmpty().isEqualTo(related);

    browser.find("#story .related .hit-link").click();
    browser.awaitShown();
    assertThat(browser.param("story")).containsExactly(related.get(0));
    browser.driver.navigate().back();
    browser.awaitShown();
    assertThat(browser.param("story")).containsExactly(id);
    browser.find("#story .back").click();
    browser.awaitShown();
    assertThat(browser.find("#results").isDisplayed()).isTrue();
    assertThat(browser.js("return document.activeElement.dataset.id")).isEqualTo(id);

    browser.find("#results .hit-link").click();
    browser.awaitShown();
    browser.find("#q").sendKeys(Keys.chord(Keys.CONTROL, "a"), "energy");
    browser.wait(Duration.ofSeconds(5)).until(d -> browser.param("q").equals(List.of("energy")));
    browser.awaitShown();
    assertThat(browser.param("story")).as("typing in the story view searches").isEmpty();
    assertThat(browser.find("#results").isDisplayed()).isTrue();
    assertThat(browser.find("#story").isDisplayed()).isFalse();
  }

  @Test
  void reloadAndBackAndForwardRestoreTheState() throws Exception {
    browser.load("/");
    type("energy");
    browser.find("[data-dimension=domain] input[type=checkbox]").click();
    browser.awaitShown();
    String domain = browser.param("domain").get(0);
    List<String> relevanceOrder = browser.hitIds();
    new Select(browser.find("#sort")).selectByValue("oldest");
    browser.awaitShown();
    List<String> oldestOrder = browser.hitIds();
    assertThat(browser.all("#results time")).extracting(t -> t.getDomAttribute("datetime")).isSorted();

    browser.driver.navigate().refresh();
    browser.awaitShown();
    assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("energy");
    assertThat(browser.find("#sort").getDomProperty("value")).isEqualTo("oldest");
    assertThat(browser.all("[data-dimension=domain] input:checked")).extracting(b -> b.getDomAttribute("value"))
        .containsExactly(domain);
    assertThat(browser.hitIds()).isEqualTo(oldestOrder);

    browser.driver.navigate().back();
    browser.awaitShown();
    assertThat(browser.find("#sort").getDomProperty("value")).isEmpty();
    assertThat(browser.hitIds()).isEqualTo(relevanceOrder);
    browser.driver.navigate().back();
    browser.awaitShown();
    assertThat(browser.all("[data-dimension=domain] input:checked")).isEmpty();
    assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("energy");
    browser.driver.navigate().forward();
    browser.driver.navigate().forward();
    browser.awaitShown();
    assertThat(browser.find("#sort").getDomProperty("value")).isEqualTo("oldest");
    assertThat(browser.hitIds()).isEqualTo(oldestOrder);
  }

  @Test
  void aSlowAnswerToAnOlderQueryIsDropped() throws Exception {
    browser.load("/");
    // The answer for "climate" is held back for 800 ms, past the answer for the query typed after it.
    browser.js("const realFetch = window.fetch;"
        + "window.fetch = (url, options) => /[?&]q=climate(&|$)/.test(String(url))"
        + " ? new Promise(resolve => setTimeout(() => resolve(realFetch(url)), 800)) : realFetch(url, options);");
    WebElement box = browser.find("#q");
    box.sendKeys("climate");
    Thread.sleep(150);
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "energy");
    browser.wait(Duration.ofSeconds(5)).until(d -> browser.param("q").equals(List.of("energy")));
    browser.awaitShown();
    List<String> energy = browser.hitIds();
    Thread.sleep(1000);
    assertThat(browser.hitIds()).isEqualTo(energy).isEqualTo(ids(server.api("/api/search?q=energy&limit=10").get("hits")));
    assertThat(texts(browser.all("#results mark")))
        .allSatisfy(m -> assertThat(m.toLowerCase(Locale.ROOT)).startsWith("energ"));
  }

  @Test
  void didYouMeanIsALinkAndACorrectedSearchIsSaidSo() throws Exception {
    browser.load("/?q=" + encode("heat vaccinne"));
    String suggestion = server.api("/api/search?q=" + encode("heat vaccinne")).get("did_you_mean").asText();
    WebElement link = browser.find("#notice a.did-you-mean");
    assertThat(link.getText()).isEqualTo(suggestion);
    link.click();
    browser.awaitShown();
    assertThat(browser.find("#q").getDomProperty("value")).isEqualTo(suggestion);

    browser.load("/?q=" + encode("\"heat wavs\""));
    JsonNode corrected = server.api("/api/search?q=" + encode("\"heat wavs\""));
    assertThat(corrected.get("corrected").asBoolean()).isTrue();
    assertThat(browser.find("#notice").getText())
        .contains("\"heat wavs\"", corrected.get("searched_query").asText(), "instead");
    browser.screenshot("corrected");
    browser.find("#notice a").click();
    browser.awaitShown();
    assertThat(browser.param("fix")).containsExactly("false");
    assertThat(browser.hitIds()).isEmpty();
  }

  @Test
  void facetFilterBoxFindsValuesBeyondTheTopOnes() throws Exception {
    browser.load("/");
    List<String> shown = browser.all("[data-dimension=tag] input[type=checkbox]").stream()
        .map(box -> box.getDomAttribute("value")).toList();
    List<String> all = new ArrayList<>();
    server.api("/api/facets/tag?limit=100").get("values").forEach(v -> all.add(v.get("value").asText()));
    String hidden = all.stream().filter(value -> !shown.contains(value)).findFirst().orElseThrow();
    WebElement filter = browser.find("#facet-filter-tag");
    filter.sendKeys(hidden);
    String box = "[data-dimension=tag] input[value='" + hidden.replace("'", "\\'") + "']";
    browser.wait(Duration.ofSeconds(5)).until(d -> !browser.all(box).isEmpty());
    browser.screenshot("facet-filter");
    browser.wait(Duration.ofSeconds(5)).until(d -> {
      browser.find(box).click();
      return true;
    });
    browser.awaitShown();
    assertThat(browser.param("tag")).containsExactly(hidden);
    assertThat(browser.all("#results .hit")).isNotEmpty();
  }

  @Test
  void keyboardMovesThroughHitsAndEnterOpensOne() throws Exception {
    browser.load("/?q=heat");
    WebElement box = browser.find("#q");
    box.click();
    List<String> ids = browser.hitIds();
    box.sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.js("return document.activeElement.dataset.id")).isEqualTo(ids.get(0));
    browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.js("return document.activeElement.dataset.id")).isEqualTo(ids.get(1));
    assertThat(browser.js("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
    browser.screenshot("keyboard-focus");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("q");
    box.sendKeys(Keys.ARROW_DOWN);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.awaitShown();
    assertThat(browser.param("story")).containsExactly(ids.get(0));
  }

  @Test
  void everyControlHasALabel() throws Exception {
    browser.load("/");
    @SuppressWarnings("unchecked")
    List<String> unlabelled = (List<String>) browser.js(
        "return [...document.querySelectorAll('input, select, button, svg[role], ol, ul[role]')]"
            + ".filter(c => c.tagName === 'BUTTON' ? !c.textContent.trim() : c.tagName === 'INPUT' || c.tagName === 'SELECT'"
            + " ? !(c.labels && c.labels.length) && !c.getAttribute('aria-label') : !c.getAttribute('aria-label'))"
            + ".filter(c => c.closest('.hit') === null)"
            + ".map(c => c.outerHTML.slice(0, 80));");
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void worksAt360PixelsAndInDarkMode() throws Exception {
    browser.viewportWidth(360);
    browser.load("/?q=climate");
    assertThat(browser.js("return document.documentElement.scrollWidth")).isEqualTo(360L);
    assertThat(browser.find("#filters").getDomProperty("open")).isEqualTo("false");
    browser.screenshot("results-360");
    browser.find("#results .hit-link").click();
    browser.awaitShown();
    assertThat(browser.js("return document.documentElement.scrollWidth")).isEqualTo(360L);
    browser.screenshot("story-360");

    browser.viewportWidth(0);
    browser.colorScheme("dark");
    browser.load("/?q=climate");
    String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
    assertThat(luminance(background)).isLessThan(0.2);
    browser.screenshot("results-dark");
    browser.find("#results .hit-link").click();
    browser.awaitShown();
    browser.screenshot("story-dark");
    browser.viewportWidth(360);
    browser.load("/?q=climate");
    browser.screenshot("results-360-dark");
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
    return (Integer.parseInt(parts[0]) * 0.2126 + Integer.parseInt(parts[1]) * 0.7152
        + Integer.parseInt(parts[2]) * 0.0722) / 255;
  }
}
