package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * The resident path: with {@code serve} running, the launcher's read-only commands on its index are answered by the
 * server, byte for byte and exit code for exit code as a fresh process answers them; anything else, and a
 * registration whose server is gone, falls back to a fresh JVM.
 */
class ResidentIT {

  private static final Path JAR = Path.of("target/storysearch.jar").toAbsolutePath();
  // What the launcher says, with STORYSEARCH_RESIDENT=only, instead of starting a JVM.
  private static final String JVM_NEEDED = "no running serve answered this command";

  @TempDir
  static Path work;

  static Path project;
  static Path runtime;
  static String id;
  static Process server;
  static int port;

  @BeforeAll
  static void serve() throws Exception {
    project = work.resolve("project");
    StoryArchive.rebuild(Path.of("corpus"), project.resolve("index"));
    StoryArchive.rebuild(Path.of("corpus"), work.resolve("other"));
    try (StoryArchive archive = StoryArchive.open(project.resolve("index"))) {
      id = archive.search(SearchRequest.of("coffee")).hits().getFirst().id();
    }
    runtime = Files.createDirectory(work.resolve("run"));
    ProcessBuilder builder = launcher(project, Map.of(), "serve", "--index", "index", "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    server = builder.start();
    String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
    assertThat(line).startsWith("storysearch: serving ");
    port = java.net.URI.create(line.split(" ")[2]).getPort();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** {@code launch JAR ...} in bash from {@code folder}, without AOT caches, with the test's runtime folder. */
  private static ProcessBuilder launcher(Path folder, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "set -euo pipefail; . \"$0\"; launch \"$@\"", Path.of("scripts/launch.sh").toAbsolutePath().toString(),
        JAR.toString(), work.resolve("caches").toString(), "/nonexistent"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // Below 25 the launcher makes no AOT cache: a first run of each kind would otherwise train one.
    builder.environment().put("JDK_FEATURE", "21");
    builder.environment().remove("COLUMNS");
    builder.environment().putAll(env);
    return builder;
  }

  private static CliJarIT.Result run(Path folder, Map<String, String> env, String... args) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = launcher(folder, env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new CliJarIT.Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The command through the server (asserting that no JVM started) and in a fresh process: the same. */
  private static CliJarIT.Result bothWays(Map<String, String> env, String... args) throws Exception {
    Map<String, String> resident = new HashMap<>(env);
    resident.put("STORYSEARCH_RESIDENT", "only");
    CliJarIT.Result answered = run(project, resident, args);
    Map<String, String> fresh = new HashMap<>(env);
    fresh.put("STORYSEARCH_RESIDENT", "0");
    CliJarIT.Result started = run(project, fresh, args);
    assertThat(answered.err()).as("answered by the server: %s", List.of(args)).doesNotContain(JVM_NEEDED);
    assertThat(answered.exit()).as("exit of %s", List.of(args)).isEqualTo(started.exit());
    assertThat(timeless(answered.out())).as("stdout of %s", List.of(args)).isEqualTo(timeless(started.out()));
    assertThat(answered.err()).as("stderr of %s", List.of(args)).isEqualTo(started.err());
    return answered;
  }

  private static String timeless(String out) {
    return out.replaceAll("\"took_ms\" ?: ?\\d+", "\"took_ms\":0").replaceAll("in \\d+ ms", "in 0 ms");
  }

  @Test
  void readOnlyCommandsOnTheServedIndexPrintWhatAFreshProcessPrints() throws Exception {
    Map<String, String> none = Map.of();
    assertThat(bothWays(none, "search", "--index", "index", "coffee").exit()).isEqualTo(ExitCodes.FOUND);
    bothWays(none, "search", "coffee", "prices");
    bothWays(none, "search", "--index", project.resolve("index").toString(), "--json", "coffee");
    bothWays(none, "search", "--pretty", "--tag", "nope", "coffee");
    assertThat(bothWays(none, "search", "zzzqqqxxx").exit()).isEqualTo(ExitCodes.NO_HITS);
    assertThat(bothWays(none, "search", "--strict-syntax", "coffee AND (").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bothWays(none, "search", "--limit", "-1", "coffee").exit()).isEqualTo(ExitCodes.USAGE);
    bothWays(none, "search", "--color=sometimes", "coffee");
    bothWays(none, "search", "--color=always", "coffee");
    bothWays(Map.of("COLUMNS", "40"), "search", "coffee");
    bothWays(Map.of("NO_COLOR", "1"), "search", "--explain", "coffee");
    bothWays(none, "show", id);
    bothWays(none, "show", "--json", id);
    assertThat(bothWays(none, "show", "no/such/story").exit()).isEqualTo(ExitCodes.NO_HITS);
    bothWays(none, "similar", id);
    bothWays(none, "facets", "tag");
    bothWays(none, "suggest", "cof");
    bothWays(none, "stats");
    bothWays(none, "stats", "--json");
  }

  @Test
  void otherIndexesHelpAndWritingCommandsStartAJvm() throws Exception {
    Map<String, String> only = Map.of("STORYSEARCH_RESIDENT", "only");
    for (List<String> args : List.of(List.of("search", "--index", work.resolve("other").toString(), "coffee"),
        List.of("search", "--index", "missing", "coffee"), List.of("search", "--help"), List.of("--version"),
        List.of("--debug", "search", "coffee"), List.of("check", "--corpus", "missing"))) {
      CliJarIT.Result result = run(project, only, args.toArray(String[]::new));
      assertThat(result.err()).as("%s", args).contains(JVM_NEEDED);
      assertThat(result.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
    }
    CliJarIT.Result withOptions = run(project, Map.of("JAVA_TOOL_OPTIONS", "-Dstorysearch.test=1"), "search", "x");
    assertThat(withOptions.err()).as("a JVM started with JAVA_TOOL_OPTIONS says so").contains("JAVA_TOOL_OPTIONS");
  }

  @Test
  void theRegistrationIsPrivateAndOneWhoseServerIsGoneIsRemoved() throws Exception {
    Path folder = runtime.resolve("storysearch");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    try (var files = Files.list(folder)) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith("serve-")).findFirst().orElseThrow();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      assertThat(Files.readAllLines(file)).hasSize(3).last()
          .isEqualTo(project.resolve("index").toRealPath().toString());
    }
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Path stale = Files.writeString(folder.resolve("serve-" + closed), closed + "\nsecret\n/gone\n");
    Path wrongToken = Files.writeString(folder.resolve("serve-wrong"), port + "\nsecret\n/gone\n");
    // Another index: every registered server is asked.
    CliJarIT.Result result = run(project, Map.of(), "search", "--index", "../other", "coffee");
    assertThat(result.exit()).isZero();
    assertThat(stale).as("a server gone").doesNotExist();
    assertThat(wrongToken).as("a server that refused the token").exists();
    Files.delete(wrongToken);
  }
}
