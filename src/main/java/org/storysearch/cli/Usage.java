package org.storysearch.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Usage errors phrased for people: a misspelt command or option gets picocli's closest match as a suggestion, and a
 * value an option cannot take says what it should look like instead of naming Java types.
 */
final class Usage {

  private Usage() {}

  /** Makes every command of {@code line} read dates, numbers and paths with messages of ours. */
  static void registerConverters(CommandLine line) {
    line.registerConverter(LocalDate.class, Usage::date);
    line.registerConverter(int.class, Usage::number);
    line.registerConverter(Integer.class, Usage::number);
    line.registerConverter(Path.class, Usage::path);
  }

  /** The line (without the {@code storysearch: } prefix) that tells about {@code failure}. */
  static String describe(CommandLine.ParameterException failure) {
    CommandSpec command = failure.getCommandLine().getCommandSpec();
    String help = "see: " + command.qualifiedName() + " --help";
    if (failure instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(unmatched, command, help);
    }
    if (failure.getCause() instanceof CommandLine.TypeConversionException conversion
        && failure.getArgSpec() instanceof OptionSpec option) {
      return option.longestName() + ": " + conversion.getMessage();
    }
    return failure.getMessage() + " (" + help + ")";
  }

  private static String unmatched(CommandLine.UnmatchedArgumentException failure, CommandSpec command, String help) {
    String first = failure.getUnmatched().get(0);
    // Picocli ranks the candidates but offers one for any word at all; only a near miss is worth suggesting.
    String suggestion = failure.getSuggestions().stream().filter(candidate -> isNearMiss(first, candidate))
        .findFirst().orElse(null);
    String what = failure.isUnknownOption() ? "unknown option"
        : command.subcommands().isEmpty() || command.parent() != null ? "unexpected argument" : "unknown command";
    String hint = suggestion == null ? help : "did you mean " + suggestion + "? " + help;
    return what + " '" + first + "' (" + hint + ")";
  }

  /** Whether {@code typed} is a few edits away from {@code candidate}: a third of its letters, at least two. */
  static boolean isNearMiss(String typed, String candidate) {
    String a = typed.replaceFirst("^-+", "");
    String b = candidate.replaceFirst("^-+", "");
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= Math.max(2, a.length() / 3);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("not a date: " + value + " (use YYYY-MM-DD)");
    }
  }

  private static Integer number(String value) {
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("not a whole number: " + value + " (use digits, such as 10)");
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("not a usable path: " + value + " (" + e.getReason() + ")");
    }
  }
}
