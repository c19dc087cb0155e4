package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.cli.CliTest.Run;
import org.storysearch.json.Json;

/** What a user is told about a misspelt command or option, a value an option rejects, and the small fixes of issue 14. */
class UsageMessagesTest {

  @TempDir
  static Path dir;

  static String index;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("moved.md"), """
        ---
        title: "A story that was moved"
        path: old/place/of/the-story
        tags: [moving]
        ---
        The rain fell on the moving van all the way.
        """);
    index = dir.resolve("index").toString();
    assertThat(CliTest.run("index", "--corpus", corpus.toString(), "--index", index).exit()).isZero();
  }

  private static void assertUsageError(Run run, String line) {
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("storysearch: " + line + "\n");
  }

  @Test
  void aMisspeltCommandOrOptionGetsTheClosestOne() {
    assertUsageError(CliTest.run("serch", "foo"),
        "unknown command 'serch' (did you mean search? see: storysearch --help)");
    assertUsageError(CliTest.run("search", "--limt", "3", "rain"),
        "unknown option '--limt' (did you mean --limit? see: storysearch search --help)");
    assertUsageError(CliTest.run("frobnicate"), "unknown command 'frobnicate' (see: storysearch --help)");
    assertUsageError(CliTest.run("stats", "--jsno"),
        "unknown option '--jsno' (did you mean --json? see: storysearch stats --help)");
  }

  @Test
  void aNearMissIsAFewEditsAway() {
    assertThat(Usage.isNearMiss("serch", "search")).isTrue();
    assertThat(Usage.isNearMiss("--limt", "--limit")).isTrue();
    assertThat(Usage.isNearMiss("frobnicate", "facets")).isFalse();
    assertThat(Usage.isNearMiss("ab", "serve")).isFalse();
  }

  @Test
  void rejectedValuesSayWhatIsExpectedWithoutJavaTypes() {
    assertUsageError(CliTest.run("search", "--since", "2024-13-01", "rain"),
        "--since: not a date: 2024-13-01 (use YYYY-MM-DD)");
    assertUsageError(CliTest.run("search", "--until", "yesterday"), "--until: not a date: yesterday (use YYYY-MM-DD)");
    assertUsageError(CliTest.run("search", "--limit", "ten"), "--limit: not a whole number: ten (use digits, such as 10)");
    assertUsageError(CliTest.run("similar", "-n", "9999999999", "x"),
        "--limit: not a whole number: 9999999999 (use digits, such as 10)");
    assertUsageError(CliTest.run("search", "--index", index, "--sort", "sideways", "rain"),
        "--sort must be relevance, newest or oldest, not 'sideways' (see: storysearch search --help)");
  }

  @Test
  void showNamesAnExtraKeyLikeAFieldApart() {
    Run show = CliTest.run("show", "--index", index, "moved");
    assertThat(show.exit()).isZero();
    assertThat(show.out().lines().filter(line -> line.startsWith("path:"))).containsExactly("path:         moved.md");
    assertThat(show.out()).contains("extra.path:   old/place/of/the-story");
  }

  @Test
  void prettyAloneMeansIndentedJson() throws IOException {
    Run pretty = CliTest.run("search", "--index", index, "--pretty", "rain");
    assertThat(pretty.exit()).isZero();
    assertThat(pretty.out()).startsWith("{\n");
    assertThat(Json.MAPPER.readTree(pretty.out()).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void noFixSearchesUnknownWordsAsTyped() throws IOException {
    JsonNode fixed = Json.MAPPER.readTree(CliTest.run("search", "--index", index, "--json", "rainn").out());
    assertThat(fixed.get("fuzzy_words").toString()).isEqualTo("[\"rainn\"]");
    assertThat(fixed.get("total").asInt()).isEqualTo(1);
    Run asTyped = CliTest.run("search", "--index", index, "--json", "--no-fix", "rainn");
    assertThat(asTyped.exit()).isEqualTo(ExitCodes.NO_HITS);
    JsonNode root = Json.MAPPER.readTree(asTyped.out());
    assertThat(root.get("fuzzy_words").size()).isZero();
    assertThat(root.get("total").asInt()).isZero();
    assertThat(root.get("did_you_mean").asText()).isEqualTo("rain");
  }
}
