package org.storysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Commands declared in code with picocli's programmatic API. Annotations would cost a fresh JVM a generated proxy
 * class per annotation type and reflection over every field, none of which the AOT cache can keep: about a third of
 * the time from {@code main} to a search.
 */
final class Commands {

  /** What a command does with the values parsed into its spec; returns the exit code. */
  @FunctionalInterface
  interface Action {
    /** Runs the command on the values parsed into {@code spec}. */
    int run(CommandSpec spec) throws Exception;
  }

  private Commands() {}

  /** A command that runs {@code action}, with {@code --help}, {@code --version} and the description paragraphs. */
  static CommandSpec create(String name, Action action, String... description) {
    Runner runner = new Runner(action);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(runner).name(name);
    runner.spec = spec;
    spec.usageMessage().description(description);
    // The same options and texts as picocli's mixinStandardHelpOptions, which would read them from annotations.
    spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** Adds the flag {@code name}: an option without a value. */
  static void addFlag(CommandSpec spec, String name, String description) {
    spec.addOption(OptionSpec.builder(name).type(boolean.class).description(description).build());
  }

  /** The value of option {@code name}: what was given, else its default, else null. */
  static <T> T value(CommandSpec spec, String name) {
    return spec.findOption(name).getValue();
  }

  /** Whether the flag {@code name} was given. */
  static boolean flag(CommandSpec spec, String name) {
    return Boolean.TRUE.equals(value(spec, name));
  }

  /** The values given to the repeatable option {@code name}; empty when none were given. */
  static List<String> values(CommandSpec spec, String name) {
    return orEmpty(value(spec, name));
  }

  /** The value of the single positional parameter of {@code spec}. */
  static String parameter(CommandSpec spec) {
    return spec.positionalParameters().get(0).getValue();
  }

  /** The values given to the positional parameters of {@code spec}; empty when none were given. */
  static List<String> parameters(CommandSpec spec) {
    return orEmpty(spec.positionalParameters().get(0).getValue());
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  /** Picocli runs a command's user object; this one hands the action the spec it was parsed into. */
  private static final class Runner implements Callable<Integer> {
    private final Action action;
    private CommandSpec spec;

    Runner(Action action) {
      this.action = action;
    }

    @Override
    public Integer call() throws Exception {
      return action.run(spec);
    }
  }
}
