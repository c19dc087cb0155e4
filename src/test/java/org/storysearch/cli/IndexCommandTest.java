package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.json.Json;

/** {@code storysearch index}: summary, {@code --strict}, {@code --json}, {@code --rebuild}. */
class IndexCommandTest {

  private static final String MALFORMED = "src/test/resources/corpora/malformed";
  private static final String TOML = "src/test/resources/corpora/toml";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void problemsGoToStderrAndTheSummaryCountsThem() {
    Run run = run("index", "--corpus", MALFORMED, "--index", dir.resolve("i").toString());
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.err()).contains("warning bad-yaml.md:").contains("skipped unterminated.md:1: front matter")
        .contains("rebuilding the whole index: no index yet");
    assertThat(run.out()).contains("indexed 4 stories").contains("4 added, 0 updated, 0 deleted, 0 unchanged")
        .contains("1 files skipped, 2 warnings");
  }

  @Test
  void strictExitsWithFourOnProblemsAndZeroWhenClean() {
    Run problems = run("index", "--strict", "--corpus", MALFORMED, "--index", dir.resolve("a").toString());
    assertThat(problems.code()).isEqualTo(4);
    assertThat(problems.out()).contains("indexed 4 stories");
    Run clean = run("index", "--strict", "--corpus", "src/test/resources/corpora/templates",
        "--index", dir.resolve("b").toString());
    assertThat(clean.code()).as(clean.err()).isEqualTo(0);
  }

  @Test
  void jsonReportsCountsAndEveryProblem() throws Exception {
    Path index = dir.resolve("i");
    run("index", "--corpus", TOML, "--index", index.toString());
    Run run = run("index", "--json", "--corpus", TOML, "--index", index.toString());
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    JsonNode report = Json.MAPPER.readTree(run.out());
    assertThat(report.get("rebuilt").asBoolean()).isFalse();
    assertThat(report.get("unchanged").asInt()).isEqualTo(2);
    assertThat(report.get("added").asInt()).isZero();
    assertThat(report.get("skipped").asInt()).isZero();
    assertThat(report.get("warnings").asInt()).isEqualTo(1);
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("bad-toml.md");
    assertThat(problem.get("line").asInt()).isPositive();
    assertThat(problem.get("reason").asText()).startsWith("malformed TOML front matter");
    assertThat(problem.get("skipped").asBoolean()).isFalse();
  }

  @Test
  void rebuildStartsFromScratch() {
    Path index = dir.resolve("i");
    run("index", "--corpus", TOML, "--index", index.toString());
    Run run = run("index", "--rebuild", "--corpus", TOML, "--index", index.toString());
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("2 added, 0 updated, 0 deleted, 0 unchanged");
    assertThat(run.err()).doesNotContain("rebuilding the whole index");
  }
}
