package org.storysearch.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One option or positional parameter of a command declared in code, read back with the type it was declared with.
 * A command holds its arguments as fields, so a misspelt option is an unknown field: a compile error, where a
 * lookup by name would fail only when the command runs.
 *
 * @param <T> the type of the parsed value
 */
final class Arg<T> {

  private final ArgSpec spec;
  private final T absent;

  private Arg(ArgSpec spec, T absent) {
    this.spec = spec;
    this.absent = absent;
  }

  /** Adds the option {@code option}, of {@code type}, to {@code command}. */
  static <T> Arg<T> option(CommandSpec command, Class<T> type, OptionSpec.Builder option) {
    OptionSpec built = option.type(type).build();
    command.addOption(built);
    return new Arg<>(built, null);
  }

  /** Adds the repeatable text option {@code option} to {@code command}; its value is empty when not given. */
  static Arg<List<String>> options(CommandSpec command, OptionSpec.Builder option) {
    OptionSpec built = option.type(List.class).auxiliaryTypes(String.class).build();
    command.addOption(built);
    return new Arg<>(built, List.of());
  }

  /** Adds the flag {@code name}, an option without a value, to {@code command}. */
  static Arg<Boolean> flag(CommandSpec command, String name, String description) {
    OptionSpec built = OptionSpec.builder(name).type(boolean.class).description(description).build();
    command.addOption(built);
    return new Arg<>(built, false);
  }

  /** Adds the single positional text parameter {@code parameter} to {@code command}. */
  static Arg<String> positional(CommandSpec command, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.type(String.class).build();
    command.addPositional(built);
    return new Arg<>(built, null);
  }

  /** Adds the positional text parameters {@code parameters} to {@code command}; empty when none are given. */
  static Arg<List<String>> positionals(CommandSpec command, PositionalParamSpec.Builder parameters) {
    PositionalParamSpec built = parameters.type(List.class).auxiliaryTypes(String.class).build();
    command.addPositional(built);
    return new Arg<>(built, List.of());
  }

  /** What was given, else the declared default, else nothing ({@code null}, {@code false} or an empty list). */
  T value() {
    T value = spec.getValue();
    return value == null ? absent : value;
  }

  /** The option's longest name ({@code --sort}), or the parameter's label, as messages name it. */
  String name() {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }
}
