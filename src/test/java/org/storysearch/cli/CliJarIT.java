package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the packaged jar (and the launcher) as separate processes on the sample corpus. */
class CliJarIT {

  private static final Path JAR = Path.of("target/storysearch.jar");

  @TempDir
  static Path work;

  static Path index;

  record Result(int exit, String out, String err) {}

  static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().put("NO_COLOR", "1");
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static Result jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @BeforeAll
  static void buildIndex() throws Exception {
    index = work.resolve("index");
    Result result = jar("index", "--corpus", "corpus", "--index", index.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("indexed \\d+ stories");
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void hostileQueriesAreOneLineAndExitTwoInARealProcess() throws Exception {
    // The main thread's stack is the process's own, not a test thread's: nesting must be refused, not recursed into.
    for (String query : List.of("(".repeat(10_000) + "x" + ")".repeat(10_000), "\u001b]0;owned\u0007 AND (",
        "x".repeat(131_000), "/[a-z]{1,60000}/")) {
      Result result = jar("search", "--index", index.toString(), query);
      assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(result.err()).startsWith("storysearch: ").hasLineCount(1).doesNotContain("\u001b")
          .doesNotContain("Exception");
    }
  }

  @Test
  void searchesWithHumanOutput() throws Exception {
    Result result = jar("search", "--index", index.toString(), "talent war");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("  1. ").containsIgnoringCase("talent war").contains("Tags:").contains("hits");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void searchesWithJsonOutput() throws Exception {
    Result result = jar("search", "--index", index.toString(), "--json", "--tag", "talent war", "researchers");
    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(result.out());
    assertThat(root.get("total").asInt()).isPositive();
    assertThat(root.get("hits")).allSatisfy(hit -> assertThat(hit.get("tags").toString()).contains("talent war"));
    assertThat(root.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
    assertThat(root.get("facets").get("tag").get(0).get("count").asInt()).isPositive();
  }

  @Test
  void showsAStory() throws Exception {
    Result result = jar("show", "--index", index.toString(), "story-0042");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("id:").contains("story-0042");
  }

  @Test
  void exitCodes() throws Exception {
    Result bad = jar("search", "--index", index.toString(), "\"unclosed phrase");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("storysearch: ").doesNotContain("\tat ");
    Result missing = jar("search", "--index", work.resolve("missing").toString(), "anything");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err().strip()).contains("no index at").doesNotContain("\n");
    assertThat(jar("search", "--index", index.toString(), "xylophonequark").exit()).isEqualTo(1);
    assertThat(jar("--version").out()).startsWith("storysearch ");
  }

  @Test
  void theLauncherRunsTheBuiltJar() throws Exception {
    Result result = run(List.of("./storysearch", "search", "--index", index.toString(), "--json", "pretraining"));
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get("total").asInt()).isPositive();
  }
}
