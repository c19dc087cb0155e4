package org.storysearch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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

  /**
   * The constant of {@code choices} whose lower-case name was given to {@code option}, or null when it was not given;
   * anything else is a usage error that lists the choices.
   */
  @SafeVarargs
  static <E extends Enum<E>> E choice(CommandSpec spec, Arg<String> option, E... choices) {
    String given = option.value();
    if (given == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E choice : choices) {
      String name = choice.name().toLowerCase(Locale.ROOT);
      if (name.equals(given)) {
        return choice;
      }
      names.add(name);
    }
    String listed = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    throw new CommandLine.ParameterException(spec.commandLine(),
        option.name() + " must be " + listed + ", not '" + given + "'");
  }

  /** Fails with a usage error unless {@code option}'s value is at least 0. */
  static void requireNotNegative(CommandSpec spec, Arg<Integer> option) {
    if (option.value() < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), option.name() + " must be >= 0");
    }
  }

  /** Says on stderr that the index has no story {@code id}; returns the exit code for it. */
  static int noStory(CommandSpec spec, String id) {
    spec.commandLine().getErr().println("storysearch: no story with id '" + Terminal.line(id) + "' (search to find ids)");
    return ExitCodes.NO_HITS;
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
