package org.storysearch.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.storysearch.StoryArchive;

/**
 * Who a command runs for: this process, or a launcher whose command a resident {@code serve} runs in its place. A
 * command reads its folder, environment and terminal from here, never from the process, so that both give the same
 * output.
 *
 * @param cwd the caller's working folder, or null for this process's (relative paths are then used as given)
 * @param env the caller's environment (the variables that change output, for a resident run)
 * @param stdoutTerminal whether the caller's standard output is a terminal
 * @param columns the width of the caller's terminal, 0 when unknown
 * @param served the index a resident server serves, or null when the command opens its own
 */
record Caller(Path cwd, Map<String, String> env, BooleanSupplier stdoutTerminal, IntSupplier columns, Served served) {

  /** This process, reading its own environment and terminal. */
  static final Caller PROCESS = new Caller(null, System.getenv(), () -> Terminal.isTerminal(1),
      () -> Terminal.columns(new File("/dev/tty")), null);

  /** The index folder of a resident server, which commands use instead of opening one. */
  @FunctionalInterface
  interface Served {
    /**
     * The served archive, to be closed after use, when {@code index} (resolved, null for a cluster) is the folder
     * it serves; otherwise a {@link NotServed}, and the caller runs the command itself.
     */
    StoryArchive archive(Path index);
  }

  /** Thrown where a resident server would run a command on an index other than its own. */
  static final class NotServed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotServed() {
      super("not the served index", null, false, false);
    }
  }

  /** {@code path} as the caller means it: against the caller's folder when it is relative. */
  Path resolve(Path path) {
    return cwd == null ? path : cwd.resolve(path);
  }

  /** Whether {@code path}, as the caller means it, is a folder. */
  boolean isDirectory(Path path) {
    return Files.isDirectory(resolve(path));
  }

  /** The value of the caller's environment variable {@code name}, or null. */
  String getenv(String name) {
    return env.get(name);
  }
}
