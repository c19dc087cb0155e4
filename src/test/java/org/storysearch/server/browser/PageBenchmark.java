package org.storysearch.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page's figures in headless Chromium against the real server on loopback: the bytes of a first load
 * (every response, uncompressed and as sent), and keystroke to rendered results for 50 queries typed into the box
 * (from the last keystroke to the frame that shows the answer, debounce included).
 *
 * <pre>
 * ./build -q -DskipTests package test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
 *     org.storysearch.server.browser.PageBenchmark CORPUS_DIR [INDEX_DIR]
 * </pre>
 */
public final class PageBenchmark {

  private static final int QUERIES = 50;

  private PageBenchmark() {}

  /**
   * Runs the benchmark: {@code [CORPUS_DIR [INDEX_DIR]]}; without an index folder, the corpus is indexed into a
   * temporary one first (a minute for 64k stories on two cores), with one, that index is served as it is.
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    boolean given = args.length > 1;
    Path index = given ? Path.of(args[1]) : Files.createTempDirectory("storysearch-page-bench");
    try (PageServer server = given ? PageServer.serve(index) : PageServer.start(corpus, index);
        Browser browser = Browser.open(server.base)) {
      browser.load("/");
      // Let the first load's requests (the page's files, the first search, /health) all finish.
      Thread.sleep(500);
      List<?> sizes = (List<?>) browser.js("const entries = [...performance.getEntriesByType('navigation'),"
          + " ...performance.getEntriesByType('resource')];"
          + "return [entries.length, entries.reduce((s, e) => s + e.decodedBodySize, 0),"
          + " entries.reduce((s, e) => s + e.encodedBodySize, 0)];");
      System.out.printf("first load: %s requests, %.1f KB uncompressed, %.1f KB as sent (gzip where the server"
          + " compresses)%n", sizes.get(0), ((Number) sizes.get(1)).doubleValue() / 1024,
          ((Number) sizes.get(2)).doubleValue() / 1024);

      List<String> queries = queries(server);
      WebElement box = browser.find("#q");
      List<Double> millis = new ArrayList<>();
      List<Double> requestMillis = new ArrayList<>();
      for (int round = -1; round < queries.size(); round++) {
        // Round -1 warms up the server and the page with the first query; it is not counted.
        String query = queries.get(Math.max(0, round));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.awaitShown();
        browser.js("performance.clearMeasures('keystroke-to-results');");
        box.sendKeys(query);
        browser.wait(Duration.ofSeconds(10)).until(d -> browser.param("q").equals(List.of(query)));
        browser.awaitShown();
        Number duration = browser.wait(Duration.ofSeconds(5)).until(d -> (Number) browser.js(
            "const m = performance.getEntriesByName('keystroke-to-results'); return m.length ? m[m.length - 1].duration : null;"));
        Number request = (Number) browser.js("const r = performance.getEntriesByType('resource')"
            + ".filter(e => e.name.includes('/api/search?')); return r[r.length - 1].duration;");
        if (round >= 0) {
          millis.add(duration.doubleValue());
          requestMillis.add(request.doubleValue());
        }
      }
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("corpus %s: %d typed queries, keystroke to rendered results: median %.1f ms, p95 %.1f ms,"
          + " max %.1f ms%n", corpus, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
          sorted[sorted.length - 1]);
      double[] requests = requestMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("of which the last /api/search request (fetch to last byte): median %.1f ms, p95 %.1f ms%n",
          percentile(requests, 50), percentile(requests, 95));
    } finally {
      if (!given) {
        delete(index);
      }
    }
  }

  private static void delete(Path index) throws IOException {
    try (var files = Files.walk(index)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Up to 50 queries as people type them: the first one or two words of the newest stories' titles. */
  private static List<String> queries(PageServer server) throws Exception {
    Set<String> queries = new LinkedHashSet<>();
    for (int offset = 0; queries.size() < QUERIES && offset < 1000; offset += 100) {
      var hits = server.api("/api/search?limit=100&offset=" + offset).get("hits");
      if (hits.isEmpty()) break;
      for (var hit : hits) {
        String[] words = hit.get("title").asText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ")
            .trim().split("\\s+");
        String query = words.length > 1 && queries.size() % 2 == 0 ? words[0] + " " + words[1] : words[0];
        if (!query.isBlank() && queries.size() < QUERIES) queries.add(query);
      }
    }
    return new ArrayList<>(queries);
  }

  private static double percentile(double[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
