package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;

/** The query-feature options and commands, human and JSON, with their exit codes. */
class QueryFeatureCommandsTest {

  @TempDir
  static Path index;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void build() throws Exception {
    StoryArchive.rebuild(Path.of("corpus"), index);
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = index.toString();
    return Main.run(all, new PrintWriter(out), new PrintWriter(err));
  }

  private JsonNode json() throws Exception {
    return Json.MAPPER.readTree(out.toString());
  }

  @Test
  void searchReportsCorrectionsHistogramAndPageToken() throws Exception {
    assertThat(run("search", "talnet", "war", "--json", "-n", "2", "--by", "month")).isEqualTo(ExitCodes.FOUND);
    JsonNode first = json();
    assertThat(first.get("did_you_mean").asText()).isEqualTo("talent war");
    assertThat(first.get("fuzzy_words").get(0).asText()).isEqualTo("talnet");
    assertThat(first.get("corrected").asBoolean()).isFalse();
    assertThat(first.get("histogram").get(0).get("period").asText()).matches("\\d{4}-\\d{2}");
    String token = first.get("next_after").asText();
    assertThat(token).isNotEmpty();

    assertThat(run("search", "talnet", "war", "--json", "-n", "2", "--after", token)).isEqualTo(ExitCodes.FOUND);
    assertThat(json().get("hits").get(0).get("id").asText()).isNotEqualTo(first.get("hits").get(0).get("id").asText());

    assertThat(run("search", "talnet", "war", "-n", "2", "--no-color")).isEqualTo(ExitCodes.FOUND);
    assertThat(out.toString()).contains("Did you mean: talent war ?", "next page: --offset 2");
    assertThat(run("search", "talnet", "war", "-n", "2", "--no-color", "--after", token)).isEqualTo(ExitCodes.FOUND);
    assertThat(out.toString()).contains("next page: --after ");
  }

  @Test
  void zeroHitsSearchTheCorrectionAndSayWhy() throws Exception {
    assertThat(run("search", "\"talnet war\"", "--no-color")).isEqualTo(ExitCodes.FOUND);
    assertThat(out.toString()).startsWith("No stories match '\"talnet war\"'; showing results for '\"talent war\"'");
    assertThat(run("search", "\"talnet war\"", "--no-fix", "--json")).isEqualTo(ExitCodes.NO_HITS);
    assertThat(json().get("did_you_mean").asText()).isEqualTo("\"talent war\"");
  }

  @Test
  void explainListsWordsAndFields() throws Exception {
    assertThat(run("search", "talent", "war", "--explain", "--no-color", "-n", "1")).isEqualTo(ExitCodes.FOUND);
    assertThat(out.toString()).contains("talent in title", "war in title", "(words matched: 2)");
    assertThat(run("search", "talent", "war", "--explain", "--json", "-n", "1")).isEqualTo(ExitCodes.FOUND);
    JsonNode explanation = json().get("hits").get(0).get("explanation");
    assertThat(explanation.get(0).get("score").asDouble()).isEqualTo(2000.0);
    assertThat(explanation.findValuesAsText("field")).contains("title", "body");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("search", "ai", "--after", "bogus")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("storysearch: the page token");
    assertThat(run("search", "ai", "--after", "x", "--offset", "3")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("search", "ai", "--by", "week")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--by must be year or month");
    assertThat(run("facets", "colour")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown facet 'colour'");
  }

  @Test
  void facetsCommandPagesValues() throws Exception {
    assertThat(run("facets", "tag", "--prefix", "AI", "--json")).isEqualTo(ExitCodes.FOUND);
    JsonNode page = json();
    assertThat(page.get("dimension").asText()).isEqualTo("tag");
    assertThat(page.get("values").findValuesAsText("value"))
        .allSatisfy(value -> assertThat(value).startsWithIgnoringCase("ai"));
    assertThat(run("facets", "author", "-n", "2", "--offset", "1")).isEqualTo(ExitCodes.FOUND);
    assertThat(out.toString()).containsPattern("\\d+ author values \\(showing 2-3\\)");
    assertThat(run("facets", "tag", "--prefix", "zzz")).isEqualTo(ExitCodes.NO_HITS);
  }

  @Test
  void similarAndSuggestCommands() throws Exception {
    assertThat(run("similar", "health/burnout-in-ai-labs", "--json", "-n", "2")).isEqualTo(ExitCodes.FOUND);
    assertThat(json().get("hits")).hasSize(2);
    assertThat(run("similar", "no/such-story")).isEqualTo(ExitCodes.NO_HITS);
    assertThat(err.toString()).contains("no story with id 'no/such-story'");

    assertThat(run("suggest", "talent", "w")).isEqualTo(ExitCodes.FOUND);
    assertThat(out.toString()).startsWith("tag     talent war (4)");
    assertThat(run("suggest", "talent", "--json")).isEqualTo(ExitCodes.FOUND);
    assertThat(json().get(0).get("kind").asText()).isEqualTo("tag");
    assertThat(run("suggest", "zzzq")).isEqualTo(ExitCodes.NO_HITS);
  }
}
