package org.storysearch.cli;

import java.io.Console;
import java.lang.reflect.Method;
import org.storysearch.json.JsonEscapes;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the output is connected to, which decides colour and progress lines, and text made safe to print on it: story
 * text and queries may hold terminal escapes, C1 controls and bidi overrides, which a terminal would obey.
 */
final class Terminal {

  private Terminal() {}

  /** {@code text} on one line: every control character (newlines too) and bidi control as a visible escape. */
  static String line(String text) {
    return visible(text, false);
  }

  /** {@code text} with its newlines and tabs kept, every other control character and bidi control as an escape. */
  static String text(String text) {
    return visible(text, true);
  }

  private static String visible(String text, boolean keepLines) {
    int first = 0;
    while (first < text.length() && !unsafe(text, first, keepLines)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(text, i, keepLines)) {
        shown.append(c);
      } else if (c <= 0xff) {
        shown.append(String.format("\\x%02x", (int) c));
      } else {
        shown.append(String.format("\\u%04x", (int) c));
      }
    }
    return shown.toString();
  }

  /** Whether the char at {@code i} must not reach a terminal as it is. */
  private static boolean unsafe(String text, int i, boolean keepLines) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return false;
    }
    if (Character.isISOControl(c)) {
      return !(keepLines && (c == '\n' || c == '\t'));
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return JsonEscapes.isBidiControl(c);
  }

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
