package org.storysearch.cli;

import java.io.Console;
import java.lang.reflect.Method;
import picocli.CommandLine.Model.CommandSpec;

/** What the output is connected to: decides colour and progress lines. */
final class Terminal {

  private Terminal() {}

  /** Whether standard output is an interactive terminal. */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 on, System.console() is non-null even when redirected; isTerminal() (22+) tells the truth.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Adds {@code --no-color} to {@code spec}. */
  static Arg<Boolean> addNoColor(CommandSpec spec) {
    return Arg.flag(spec, "--no-color", "No colour or bold, even on a terminal (also: NO_COLOR=1).");
  }

  /** Whether to colour output: on a terminal, unless the {@code --no-color} flag or {@code NO_COLOR} says no. */
  static boolean useColor(Arg<Boolean> noColorFlag) {
    String noColor = System.getenv("NO_COLOR");
    return !noColorFlag.value() && (noColor == null || noColor.isEmpty()) && isInteractive();
  }
}
