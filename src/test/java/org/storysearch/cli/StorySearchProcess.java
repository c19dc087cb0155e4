package org.storysearch.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code storysearch} as a child process, as a user would: the test JVM's own {@code java} (not the one on
 * PATH) with the test class path, so the classes under test are the ones run.
 */
final class StorySearchProcess {

  /** A finished run. */
  record Result(int code, String out, String err) {}

  private StorySearchProcess() {}

  /** Starts {@code storysearch args...}; stdout and stderr go to files under {@code logs}. */
  static Process start(Path logs, String... args) throws IOException {
    return start(logs, command(args));
  }

  /** The command line that runs {@code storysearch args...} in a fresh JVM. */
  static List<String> command(String... args) {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** Starts {@code command}; stdout and stderr go to files under {@code logs}. */
  static Process start(Path logs, List<String> command) throws IOException {
    Files.createDirectories(logs);
    return new ProcessBuilder(command)
        .redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  /** Runs {@code storysearch args...} to the end (at most two minutes). */
  static Result run(Path logs, String... args) throws IOException, InterruptedException {
    Process process = start(logs, args);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("storysearch " + String.join(" ", args) + " did not finish");
    }
    return result(logs, process.exitValue());
  }

  /** The outcome of a process started with {@link #start} that has ended with {@code code}. */
  static Result result(Path logs, int code) throws IOException {
    return new Result(code, Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
