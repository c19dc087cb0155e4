package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --version} and {@code --help} answered by {@code scripts/launch.sh} from the texts it keeps: byte for byte
 * what the JVM prints, with the same exit code and standard error, in every environment that changes the output
 * (standard input and output a terminal or not, NO_COLOR, CLICOLOR_FORCE, CLICOLOR, ConEmuANSI, TERM, COLUMNS,
 * locale), and never a text of another jar.
 */
class LauncherTextsIT {

  private static final Path SCRIPT = Path.of("scripts/launch.sh").toAbsolutePath();

  // The variables that could change the output, removed from the test's own environment before each case sets its.
  private static final List<String> OUTPUT_VARIABLES = List.of("NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR",
      "ConEmuANSI", "ANSICON", "TERM", "COLUMNS", "LANG", "LC_ALL", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
      "_JAVA_OPTIONS");

  @TempDir
  static Path work;

  // A copy of the packaged jar beside the build's lib/: its time stamp may be changed without touching the build's.
  static Path jar;

  @BeforeAll
  static void copyJar() throws Exception {
    assumeTrue(Runtime.version().feature() >= 25, "the launcher answers itself on JDK 25+ only");
    jar = work.resolve("storysearch.jar");
    Files.copy(Path.of("target/storysearch.jar"), jar);
    Files.createSymbolicLink(work.resolve("lib"), Path.of("target/lib").toAbsolutePath());
  }

  /** How a command is started: in a pseudo-terminal or not, with standard input from /dev/null or not. */
  private enum Streams { PIPE, TERMINAL, TERMINAL_STDOUT_ONLY }

  private record Run(int exit, byte[] out, String err) {}

  /** Runs {@code args} through the launcher with its texts in {@code cacheDir}. */
  private static Run launcher(Path cacheDir, Streams streams, Map<String, String> env, String arg) throws Exception {
    return run(streams, env, List.of("bash", "-c", "set -euo pipefail; . \"$0\"; launch \"$@\"", SCRIPT.toString(),
        jar.toString(), cacheDir.toString(), work.resolve("no-corpus").toString(), arg));
  }

  /** Runs {@code args} in the JVM as the launcher starts it when it does not answer itself. */
  private static Run jvm(Streams streams, Map<String, String> env, String arg) throws Exception {
    return run(streams, env, List.of("bash", "-c",
        ". \"$0\"; exec \"$JAVA_HOME/bin/java\" \"${launch_java_opts[@]}\" -jar \"$1\" \"$2\"", SCRIPT.toString(),
        jar.toString(), arg));
  }

  private static Run run(Streams streams, Map<String, String> env, List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if (streams == Streams.PIPE) {
      full.addAll(command);
    } else {
      // script(1) runs the command with a pseudo-terminal as its standard streams (stderr goes to the terminal too).
      StringBuilder line = new StringBuilder();
      for (String word : command) {
        line.append('\'').append(word.replace("'", "'\\''")).append("' ");
      }
      line.append(streams == Streams.TERMINAL_STDOUT_ONLY ? "</dev/null" : "");
      full.addAll(List.of("script", "-qec", line.toString(), "/dev/null"));
    }
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(full)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeAll(OUTPUT_VARIABLES);
    builder.environment().putAll(env);
    builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
  }

  private static boolean scriptAvailable() {
    return Files.isExecutable(Path.of("/usr/bin/script")) || Files.isExecutable(Path.of("/bin/script"));
  }

  private static void assertSame(Path cacheDir, Streams streams, Map<String, String> env, String arg)
      throws Exception {
    Run expected = jvm(streams, env, arg);
    Run answered = launcher(cacheDir, streams, env, arg);
    String what = arg + " " + streams + " " + env;
    assertThat(expected.out()).as("the JVM prints something: " + what).isNotEmpty();
    assertThat(answered.out()).as(what).isEqualTo(expected.out());
    assertThat(answered.exit()).as(what).isEqualTo(expected.exit());
    assertThat(answered.err()).as(what).isEqualTo(expected.err());
  }

  @Test
  void printsWhatTheJvmPrintsWithoutAndWithColour() throws Exception {
    Path cacheDir = work.resolve("pipe");
    for (String arg : List.of("--help", "-h", "--version", "-V")) {
      assertSame(cacheDir, Streams.PIPE, Map.of(), arg);
    }
    assertThat(cacheDir.resolve("storysearch-help.txt")).isNotEmptyFile();
    for (Map<String, String> env : List.of(Map.of("CLICOLOR_FORCE", "1"), Map.of("CLICOLOR_FORCE", "0"),
        Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", ""), Map.of("COLUMNS", "40", "LANG", "C"),
        Map.of("LC_ALL", "C.UTF-8", "TERM", "dumb"))) {
      assertSame(cacheDir, Streams.PIPE, env, "--help");
    }
    assertThat(launcher(cacheDir, Streams.PIPE, Map.of("CLICOLOR_FORCE", "1"), "--help").out())
        .as("coloured").contains(new byte[] {27, '['});
  }

  @Test
  void printsWhatTheJvmPrintsOnATerminal() throws Exception {
    assumeTrue(scriptAvailable(), "script(1) makes the pseudo-terminal");
    Path cacheDir = work.resolve("terminal");
    for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("NO_COLOR", ""),
        Map.of("CLICOLOR", "0"), Map.of("ConEmuANSI", "OFF"), Map.of("TERM", "dumb"), Map.of("CLICOLOR", "1"),
        Map.of("COLUMNS", "40", "LANG", "C"))) {
      assertSame(cacheDir, Streams.TERMINAL, env, "--help");
    }
    assertSame(cacheDir, Streams.TERMINAL_STDOUT_ONLY, Map.of(), "--help");
    assertSame(cacheDir, Streams.TERMINAL, Map.of(), "--version");
    assertThat(launcher(cacheDir, Streams.TERMINAL, Map.of(), "--help").out()).as("coloured")
        .contains(new byte[] {27, '['});
  }

  @Test
  void answersFromItsTextsOnlyForTheJarThatPrintedThem() throws Exception {
    Path cacheDir = work.resolve("stale");
    Run first = launcher(cacheDir, Streams.PIPE, Map.of(), "--help");
    Path text = cacheDir.resolve("storysearch-help.txt");
    FileTime stamp = Files.getLastModifiedTime(text);
    assertThat(stamp).isEqualTo(Files.getLastModifiedTime(jar));

    // A text changed behind its back (its time stamp kept) is what the launcher prints: it answers itself.
    Files.writeString(text, "marked\n");
    Files.setLastModifiedTime(text, stamp);
    assertThat(launcher(cacheDir, Streams.PIPE, Map.of(), "--help").out()).asString().isEqualTo("marked\n");

    // Options for the JVM from the environment: the JVM answers (and says so on stderr).
    Run withOptions = launcher(cacheDir, Streams.PIPE, Map.of("JAVA_TOOL_OPTIONS", "-Dx=1"), "--help");
    assertThat(withOptions.out()).isEqualTo(first.out());
    assertThat(withOptions.err()).contains("JAVA_TOOL_OPTIONS");

    // A jar built since (here: its time stamp moved, older or newer) never gets the text: the texts are made again.
    for (long shift : List.of(-60_000L, 60_000L)) {
      Files.writeString(text, "marked\n");
      Files.setLastModifiedTime(text, stamp);
      Files.setLastModifiedTime(jar, FileTime.fromMillis(stamp.toMillis() + shift));
      Run rebuilt = launcher(cacheDir, Streams.PIPE, Map.of(), "--help");
      assertThat(rebuilt.out()).isEqualTo(first.out());
      assertThat(Files.readAllBytes(text)).isEqualTo(first.out());
      assertThat(Files.getLastModifiedTime(text)).isEqualTo(Files.getLastModifiedTime(jar));
    }
    Files.setLastModifiedTime(jar, stamp);
  }
}
