package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.json.Json;

/** The command line in-process: output formats, escaping, exit codes, help. */
class CliTest {

  @TempDir
  static Path index;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void build() {
    Run run = run("index", "--corpus", "src/test/resources/corpora/escaping", "--index", index.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("indexed 2 stories");
  }

  @Test
  void jsonMarksMatchesAndEscapesEverythingElse() throws IOException {
    Run run = run("search", "--index", index.toString(), "--json", "cat chalkboard");
    assertThat(run.exit()).isZero();
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(root.get("total").asInt()).isEqualTo(1);
    JsonNode hit = root.get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("Tom & Jerry <script>alert(1)</script>");
    assertThat(hit.get("title_highlighted").asText()).isEqualTo("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;");
    String snippet = hit.get("snippets").get(0).asText();
    assertThat(snippet).contains("<mark>cat</mark>").contains("&amp;").contains("&lt; b &amp;&amp; c &gt; d")
        .doesNotContain("<script").doesNotContain("a < b");
    assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<").doesNotContain(">");
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    JsonNode root = Json.MAPPER.readTree(run("search", "--index", index.toString(), "--json", "rain").out());
    assertThat(root.fieldNames()).toIterable().contains("query", "total", "took_ms", "hits", "facets");
    assertThat(root.get("hits").get(0).fieldNames()).toIterable().contains("id", "title", "author", "domain",
        "tags", "published_at", "url", "score", "title_highlighted", "snippets");
    assertThat(root.get("facets").fieldNames()).toIterable().contains("domain", "author", "tag");
    assertThat(root.get("facets").get("domain").get(0).get("value").asText()).isEqualTo("testing");
    assertThat(root.get("facets").get("domain").get(0).get("count").asInt()).isEqualTo(1);
  }

  @Test
  void humanOutputWithoutColourHasNoEscapeCodes() {
    Run run = run("search", "--index", index.toString(), "--no-color", "cartoon");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("1. Tom & Jerry").contains("2025-02-03").contains("A. Tester")
        .contains("#escaping").contains("Domains: testing (1)").contains("1 hit").doesNotContain("\u001b[");
  }

  @Test
  void exitCodesFollowTheTable(@TempDir Path nowhere) {
    assertThat(run("search", "--index", index.toString(), "zebra").exit()).isEqualTo(ExitCodes.NO_HITS);
    Run bad = run("search", "--strict-syntax", "--index", index.toString(), "cat AND (");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).startsWith("storysearch: cannot parse query").doesNotContain("Exception").hasLineCount(1);
    Run missing = run("search", "--index", nowhere.resolve("none").toString(), "cat");
    assertThat(missing.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(missing.err()).contains("no index at").contains("storysearch index").hasLineCount(1);
    assertThat(run("search", "--limit", "x").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("index", "--corpus", nowhere.resolve("none").toString(), "--index",
        nowhere.resolve("idx").toString()).exit()).isEqualTo(ExitCodes.UNAVAILABLE);
  }

  @Test
  void debugAfterTheCommandPrintsTheStackTrace(@TempDir Path nowhere) {
    Run run = run("search", "--index", nowhere.resolve("none").toString(), "--debug", "cat");
    assertThat(run.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(run.err()).contains("IndexUnavailableException").contains("\tat org.storysearch.")
        .endsWith("storysearch: no index at " + nowhere.resolve("none") + " (build it with: storysearch index --corpus DIR"
            + " --index " + nowhere.resolve("none") + ")\n");
  }

  @Test
  void helpShowsTheExitCodeTable() {
    for (String command : List.of("index", "search", "show", "stats")) {
      Run help = run(command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Exit codes:").contains("70").contains("no hits");
    }
  }

  @Test
  void showAndStats() {
    Run show = run("show", "--index", index.toString(), "other");
    assertThat(show.exit()).isZero();
    assertThat(show.out()).contains("A plain story").contains("weather and rain");
    assertThat(run("show", "--index", index.toString(), "missing").exit()).isEqualTo(ExitCodes.NO_HITS);
    Run stats = run("stats", "--index", index.toString());
    assertThat(stats.out()).contains("stories: 2").contains("Tags: escaping (1) · html (1) · plain (1)")
        .contains("coverage of 2 stories: title 100.0% (2), date 100.0% (2), author 100.0% (2), tags 100.0% (2), "
            + "domain 100.0% (2)");
    Run json = run("stats", "--json", "--index", index.toString());
    assertThat(json.out()).contains("\"coverage\":{\"stories\":2,\"title\":{\"count\":2,\"share\":1.0}");
  }
}
