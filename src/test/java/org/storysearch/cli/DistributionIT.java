package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The release tarball as a user gets it: assembled by {@code scripts/dist.sh} from the packaged build, unpacked into
 * a temporary folder and run from another folder with a bare environment (only PATH and HOME).
 */
class DistributionIT {

  @TempDir
  static Path dir;

  static Path unpacked;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void assembleAndUnpack() throws Exception {
    Result dist = run(Path.of("."), Map.of("JAVA_HOME", System.getProperty("java.home"),
        "PATH", System.getenv("PATH"), "HOME", dir.toString()), "bash", "scripts/dist.sh");
    assertThat(dist.code()).as(dist.err()).isZero();
    Path tarball = Path.of(dist.out().strip());
    assertThat(tarball.getFileName().toString()).matches("storysearch-[0-9][^/]*\\.tar\\.gz");
    Path into = Files.createDirectories(dir.resolve("opt"));
    Result tar = run(into, Map.of("PATH", "/usr/bin:/bin"), "tar", "-xzf", tarball.toAbsolutePath().toString());
    assertThat(tar.code()).as(tar.err()).isZero();
    try (var entries = Files.list(into)) {
      unpacked = entries.findFirst().orElseThrow();
    }
  }

  /** Runs the unpacked launcher in {@code where} with only PATH and HOME (and {@code extra}) set. */
  private static Result storysearch(Path where, Path home, Map<String, String> extra, String... args)
      throws Exception {
    Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin",
        "HOME", home.toString()));
    env.putAll(extra);
    List<String> command = new ArrayList<>(List.of(unpacked.resolve("bin/storysearch").toString()));
    command.addAll(List.of(args));
    return run(where, env, command.toArray(String[]::new));
  }

  @Test
  void theReleaseIndexesAndSearchesFromAnyFolderWithItsIndexInTheUsersDataFolder() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    String corpus = Path.of("corpus").toAbsolutePath().toString();
    Result index = storysearch(elsewhere, home, Map.of(), "index", "--corpus", corpus);
    assertThat(index.code()).as(index.err()).isZero();
    Path dataIndex = home.resolve(".local/share/storysearch/index");
    assertThat(index.out()).startsWith("indexed 48 stories from " + corpus + " into " + dataIndex);
    Result search = storysearch(elsewhere, home, Map.of(), "search", "water", "--json");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).contains("\"total\":9");
    try (var files = Files.list(elsewhere)) {
      assertThat(files).as("nothing written in the current folder").isEmpty();
    }
    // The start-up cache lives in the user's cache folder, per version.
    assertThat(Files.list(home.resolve(".cache/storysearch")).toList()).hasSize(1);

    Path data = dir.resolve("xdg-data");
    Result xdg = storysearch(elsewhere, home, Map.of("XDG_DATA_HOME", data.toString()), "index", "--corpus", corpus);
    assertThat(xdg.code()).as(xdg.err()).isZero();
    assertThat(xdg.out()).contains(" into " + data.resolve("storysearch/index"));
  }

  @Test
  void aProjectFolderKeepsItsOwnIndex() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home-project"));
    Path project = Files.createDirectories(dir.resolve("project"));
    Path corpus = Files.createDirectories(project.resolve("corpus"));
    Files.writeString(corpus.resolve("one.md"), "---\ntitle: One lantern\n---\nA lantern by the door.\n");
    Result index = storysearch(project, home, Map.of(), "index");
    assertThat(index.code()).as(index.err()).isZero();
    assertThat(index.out()).contains(" into index in ");
    assertThat(project.resolve("index")).isDirectory();
    assertThat(storysearch(project, home, Map.of(), "search", "lantern").code()).isZero();
  }

  @Test
  void theShippedCompletionLoadsInBash() throws Exception {
    Path script = unpacked.resolve("share/bash-completion/completions/storysearch");
    Result bash = run(dir, Map.of("PATH", "/usr/bin:/bin"), "bash", "-c",
        "source \"$1\" && complete -p storysearch", "bash", script.toString());
    assertThat(bash.code()).as(bash.err()).isZero();
    assertThat(bash.out()).contains("-F _complete_storysearch storysearch");
  }

  @Test
  void theReleaseShipsAManPagePerCommand() throws IOException {
    List<String> expected = new ArrayList<>(List.of("storysearch.1", "storysearch-help.1"));
    HelpGoldenTest.commands().filter(command -> !command.equals("storysearch"))
        .forEach(command -> expected.add("storysearch-" + command + ".1"));
    try (var pages = Files.list(unpacked.resolve("share/man/man1"))) {
      assertThat(pages.map(page -> page.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static Result run(Path where, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
