package org.storysearch.cli;

import java.io.Console;
import java.lang.reflect.Method;

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

  /** Whether to colour output: on a terminal, unless {@code --no-color} or {@code NO_COLOR} says otherwise. */
  static boolean useColor(boolean noColorOption) {
    String noColor = System.getenv("NO_COLOR");
    return !noColorOption && (noColor == null || noColor.isEmpty()) && isInteractive();
  }
}
