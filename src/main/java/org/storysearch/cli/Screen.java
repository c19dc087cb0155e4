package org.storysearch.cli;

import java.util.Map;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How human output is laid out: whether it is coloured, and how wide its lines may be.
 *
 * @param color whether to write ANSI bold and colour
 * @param width columns a line may take
 */
record Screen(boolean color, int width) {

  /** The width when neither {@code COLUMNS} nor a terminal says otherwise. */
  static final int DEFAULT_WIDTH = 100;

  // Narrower than this, a hanging indent and a word or two would not fit: such a COLUMNS is taken as a mistake.
  private static final int MIN_WIDTH = 20;

  /** When to colour. */
  enum ColorMode { AUTO, ALWAYS, NEVER }

  /** The {@code --color} and {@code --no-color} options of a command with human output. */
  record Options(Arg<String> color, Arg<Boolean> noColor) {

    /** Adds {@code --color=WHEN} and its short form {@code --no-color} to {@code spec}. */
    static Options addTo(CommandSpec spec) {
      return new Options(Arg.option(spec, String.class, OptionSpec.builder("--color").paramLabel("WHEN")
              .defaultValue("auto").description("auto, always or never (default: ${DEFAULT-VALUE}: colour when "
                  + "standard output is a terminal, TERM is not dumb and NO_COLOR is not set).")),
          Arg.flag(spec, "--no-color", "Same as --color=never."));
    }

    /** The screen this run writes to, from the options, the environment and standard output. */
    Screen screen(CommandSpec spec) {
      ColorMode mode = Commands.choice(spec, color, ColorMode.values());
      if (noColor.value()) {
        if (mode == ColorMode.ALWAYS) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--no-color contradicts --color=always");
        }
        mode = ColorMode.NEVER;
      }
      boolean terminal = Terminal.isTerminal(1);
      return new Screen(useColor(mode, terminal, System.getenv()), width(System.getenv(), terminal, Terminal::columns));
    }
  }

  /** A screen without colour, as wide as the rules for {@link #width} say: for output that is never coloured. */
  static Screen plain() {
    return new Screen(false, width(System.getenv(), Terminal.isTerminal(1), Terminal::columns));
  }

  /** Whether to colour: always or never as asked; on auto, when stdout is a terminal that is not dumb, without NO_COLOR. */
  static boolean useColor(ColorMode mode, boolean stdoutIsTerminal, Map<String, String> env) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> stdoutIsTerminal && !"dumb".equals(env.get("TERM"))
          && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
    };
  }

  /** The line width: {@code COLUMNS} when it is a number, else the terminal's width, else {@link #DEFAULT_WIDTH}. */
  static int width(Map<String, String> env, boolean stdoutIsTerminal, IntSupplier terminalColumns) {
    String columns = env.get("COLUMNS");
    if (columns != null && columns.matches("[0-9]{1,5}") && Integer.parseInt(columns) >= MIN_WIDTH) {
      return Integer.parseInt(columns);
    }
    int measured = stdoutIsTerminal ? terminalColumns.getAsInt() : 0;
    return measured >= MIN_WIDTH ? measured : DEFAULT_WIDTH;
  }
}
