package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryArchive;

/**
 * {@code scripts/launch.sh}, as the launchers source it, on the packaged jar: a missing, stale, unusable or
 * unmakeable AOT cache only makes the start slower, never changes what a command prints or returns.
 */
class LaunchScriptIT {

  private static final Path JAR = Path.of("target/storysearch.jar").toAbsolutePath();

  @TempDir
  static Path work;

  static Path index;

  @BeforeAll
  static void buildIndex() throws Exception {
    index = work.resolve("index");
    StoryArchive.rebuild(Path.of("corpus"), index);
  }

  /** Runs {@code launch JAR CACHE_DIR TRAINING_CORPUS ARGS...} in bash, with the JDK in JAVA_HOME. */
  private static CliJarIT.Result launch(Path cacheDir, Path corpus, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "set -euo pipefail; . scripts/launch.sh; launch \"$@\"", "launch", JAR.toString(), cacheDir.toString(),
        corpus.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("NO_COLOR", "1");
    builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new CliJarIT.Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** A command's output with the time the search took masked: the only part that may differ between runs. */
  private static String timeless(String out) {
    return out.replaceAll("\"took_ms\":\\d+", "\"took_ms\":0").replaceAll("in \\d+ ms", "in 0 ms");
  }

  private static boolean cachesAreMade() {
    return Runtime.version().feature() >= 25;
  }

  @Test
  void aCacheIsMadeOnFirstUseAndAnUnusableOneIsIgnored() throws Exception {
    Path cacheDir = work.resolve("caches");
    CliJarIT.Result first = launch(cacheDir, Path.of("corpus"), "search", "--index", index.toString(), "talent war");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).containsIgnoringCase("talent war");
    assumeTrue(cachesAreMade(), "AOT caches need JDK 25");
    Path cache = cacheDir.resolve("storysearch-search.aot");
    assertThat(cache).isNotEmptyFile();
    assertThat(cacheDir.resolve("storysearch-search-json.aot")).doesNotExist();

    Files.write(cache, new byte[] {1, 2, 3, 4});
    CliJarIT.Result unusable = launch(cacheDir, Path.of("corpus"), "search", "--index", index.toString(),
        "talent war");
    assertThat(unusable.exit()).isZero();
    assertThat(timeless(unusable.out())).isEqualTo(timeless(first.out()));
    assertThat(unusable.err()).isEmpty();
  }

  @Test
  void aStaleCacheIsMadeAgain() throws Exception {
    Path cacheDir = work.resolve("stale");
    CliJarIT.Result first = launch(cacheDir, Path.of("corpus"), "show", "--index", index.toString(), "story-0042");
    assertThat(first.exit()).as(first.err()).isZero();
    assumeTrue(cachesAreMade(), "AOT caches need JDK 25");
    Path cache = cacheDir.resolve("storysearch-show.aot");
    Files.setLastModifiedTime(cache, FileTime.fromMillis(0));
    CliJarIT.Result again = launch(cacheDir, Path.of("corpus"), "show", "--index", index.toString(), "story-0042");
    assertThat(timeless(again.out())).isEqualTo(timeless(first.out()));
    assertThat(again.err()).contains("preparing the start-up cache");
    assertThat(Files.getLastModifiedTime(cache).toMillis()).isGreaterThan(0);
  }

  @Test
  void withoutATrainingCorpusCommandsRunWithoutACacheAndTheAttemptIsNotRepeated() throws Exception {
    Path cacheDir = work.resolve("failed");
    Path missing = work.resolve("no-corpus");
    CliJarIT.Result first = launch(cacheDir, missing, "search", "--json", "--index", index.toString(), "talent");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("{");
    assumeTrue(cachesAreMade(), "AOT caches need JDK 25");
    assertThat(first.err()).contains("running without it");
    assertThat(cacheDir.resolve("storysearch-search-json.aot")).doesNotExist();
    CliJarIT.Result second = launch(cacheDir, missing, "search", "--json", "--index", index.toString(), "talent");
    assertThat(timeless(second.out())).isEqualTo(timeless(first.out()));
    assertThat(second.err()).isEmpty();
  }

  @Test
  void theVersionNeedsNoCache() throws Exception {
    Path cacheDir = work.resolve("version");
    CliJarIT.Result result = launch(cacheDir, Path.of("corpus"), "--version");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("storysearch ");
    assertThat(result.err()).isEmpty();
    try (var files = Files.list(cacheDir)) {
      assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains(".aot"));
    }
  }
}
