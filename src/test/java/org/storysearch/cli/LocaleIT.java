package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a process under an empty environment (no locale at all, as cron or a fresh container has it). */
class LocaleIT {

  private static final String CORPUS = "src/test/resources/corpora/languages";

  @TempDir
  static Path work;

  static Path index;

  private record Result(int exit, String out, String err) {}

  /** Runs the launcher with exactly {@code env} as its environment. */
  private static Result launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("./storysearch"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(env);
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Map<String, String> noLocale() {
    return Map.of("PATH", System.getenv("PATH"));
  }

  private static Map<String, String> utf8Locale() {
    return Map.of("PATH", System.getenv("PATH"), "LANG", "C.UTF-8", "HOME", System.getProperty("user.home"));
  }

  @BeforeAll
  static void buildIndex() throws Exception {
    index = work.resolve("index");
    Result result = launcher(utf8Locale(), "index", "--corpus", CORPUS, "--index", index.toString());
    assertThat(result.exit()).as(result.err()).isZero();
  }

  @Test
  void aKatakanaQueryFindsTheSameStoriesWithoutALocale() throws Exception {
    Result plain = launcher(noLocale(), "search", "トレース", "--index", index.toString(), "--json");
    Result utf8 = launcher(utf8Locale(), "search", "トレース", "--index", index.toString(), "--json");
    assertThat(plain.exit()).as(plain.err()).isZero();
    JsonNode withoutLocale = new ObjectMapper().readTree(plain.out());
    assertThat(withoutLocale.get("query").asText()).isEqualTo("トレース");
    assertThat(ids(withoutLocale)).isEqualTo(ids(new ObjectMapper().readTree(utf8.out())))
        .contains("ja/trace1", "ja/trace2");
  }

  @Test
  void humanOutputIsUtf8WithoutALocale() throws Exception {
    Result result = launcher(Map.of("PATH", System.getenv("PATH"), "LANG", "C", "NO_COLOR", "1"),
        "search", "トレース", "--index", index.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("トレースの基本").doesNotContain("?????");
  }

  private static List<String> ids(JsonNode results) {
    List<String> ids = new ArrayList<>();
    results.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }
}
