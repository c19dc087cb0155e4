package org.storysearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code storysearch completion bash|zsh}: prints the shell completion script, made from the command specs at build
 * time ({@link #main}) by picocli's {@link AutoComplete}; its one script serves both shells.
 */
final class CompletionCommand {

  /** Where the build puts the script, in the jar. */
  static final String RESOURCE = "completion/storysearch.bash";

  private enum Shell { BASH, ZSH }

  private final CommandSpec spec = Commands.create("completion", this::run,
      "Print the shell completion script for bash or zsh: commands, options and their values complete on TAB.",
      "Load it in the shell's start-up file with: source <(storysearch completion SHELL).");
  private final Arg<String> shell = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("SHELL")
      .required(true).description("bash or zsh."));

  private CompletionCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new CompletionCommand().spec;
  }

  /** The completion script for every command, as the build writes it into the jar. */
  static String script() {
    return AutoComplete.bash("storysearch", Main.commandLine(null));
  }

  private int run(CommandSpec spec) throws IOException {
    Commands.choice(spec, shell, Shell.values());
    try (InputStream script = CompletionCommand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (script == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      spec.commandLine().getOut().print(new String(script.readAllBytes(), StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return ExitCodes.FOUND;
    }
  }

  /** Writes the script to {@code args[0]}: the build runs this once the classes are compiled. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.getParent());
    Files.writeString(target, script());
  }
}
