package org.storysearch.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.storysearch.json.JsonEscapes;

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

  /**
   * Whether the file descriptor {@code fd} (1: stdout, 2: stderr) is a terminal. Java has no isatty; on Linux the
   * descriptor's link names the device. Elsewhere, the JDK's console check, which asks about stdin and stdout.
   */
  static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return consoleIsTerminal();
    }
  }

  private static boolean consoleIsTerminal() {
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

  /** The terminal's width in columns, asked of {@code stty} on the controlling terminal; 0 when unknown. */
  static int columns() {
    try {
      Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0 || !size.matches("[0-9]+ [0-9]+")) {
        return 0;
      }
      return Integer.parseInt(size.substring(size.indexOf(' ') + 1));
    } catch (IOException | NumberFormatException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
