package org.storysearch.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storysearch.StorySearchException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code storysearch}: the command line entry point. */
public final class Main {

  // The subcommands, in help order. A run adds only the command it names (all of them for help): building all of
  // them made a one-shot search about 6 ms slower, even with the commands declared in code.
  private static final List<String> COMMANDS = List.of("index", "check", "search", "show", "stats", "facets",
      "similar", "suggest", "eval", "serve", "completion", "help");

  // Longer error messages are cut: enough for any message of ours, and a pasted megabyte is not echoed back.
  private static final int MESSAGE_CHARS = 500;

  // The header of picocli's help command (CommandLine.HelpCommand), which the root's usage lists.
  static final String HELP_HEADER = "Display help information about the specified command.";

  private Main() {}

  /** Runs the command line and exits with its code ({@link Entry} answers {@code --version} before it). */
  public static void main(String[] args) {
    QuietLucene.apply();
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  // UTF-8 whatever the locale: System.out encodes in the locale's charset, which under LANG=C (a fresh container,
  // cron) turns every non-ASCII character into '?'.
  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * Lucene logs a hint about the incubating Vector API on every start: advice for operators, not users. Its own
   * class, so that only runs that go past the version touch java.util.logging (about 15 ms to set up); the logger is
   * held in a field because java.util.logging keeps only weak references, which would drop the level.
   */
  static final class QuietLucene {
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private QuietLucene() {}

    /** Keeps Lucene's logging to severe messages. */
    static void apply() {
      LUCENE_LOG.setLevel(Level.SEVERE);
    }
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Caller.PROCESS);
  }

  /**
   * Runs the command line for {@code caller}, writing to the given streams, and returns the exit code: nothing here
   * exits the process or writes to its own streams, so a resident server can run it for a launcher.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Caller caller) {
    CommandLine line = commandLine(named(args), caller);
    OptionSpec debug = line.getCommandSpec().findOption("--debug");
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((exception, command, parsed) -> report(exception,
        Boolean.TRUE.equals(debug.getValue()), err));
    line.setParameterExceptionHandler((exception, arguments) -> {
      err.println("storysearch: " + shown(Usage.describe(exception)));
      return ExitCodes.USAGE;
    });
    return line.execute(args);
  }

  /**
   * The command tree with every help text (descriptions, examples, exit codes), holding the command {@code named}
   * or, for null, all of them: the one place help, completion and man pages are made from.
   */
  static CommandLine commandLine(String named) {
    return commandLine(named, Caller.PROCESS);
  }

  /** Like {@link #commandLine(String)}, its commands run for {@code caller}. */
  private static CommandLine commandLine(String named, Caller caller) {
    // Inherited by every subcommand, and read from here whichever command was run.
    OptionSpec debug = OptionSpec.builder("--debug").type(boolean.class).scopeType(CommandLine.ScopeType.INHERIT)
        .description("Print stack traces of errors.").build();
    CommandLine line = new CommandLine(root(debug));
    for (String name : COMMANDS) {
      if (named == null || named.equals("help") || named.equals(name)) {
        line.addSubcommand(name, named == null && name.equals("help") ? helpListing() : command(name, caller));
      }
    }
    ExitCodes.addToHelp(line);
    Examples.addTo(line);
    Usage.registerConverters(line);
    return line;
  }

  /** The command the arguments name (their first word that is not an option), or null for none or an unknown one. */
  static String named(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return COMMANDS.contains(arg) ? arg : null;
      }
    }
    return null;
  }

  /**
   * The {@code help} command as the root's usage lists it, for runs that do not run it: picocli's own help command
   * is declared with annotations, and reading them cost a run such as {@code --help} tens of milliseconds.
   */
  static CommandSpec helpListing() {
    CommandSpec spec = CommandSpec.create().name("help").helpCommand(true);
    spec.usageMessage().header(HELP_HEADER);
    return spec;
  }

  /** The {@code storysearch} command itself: its options and help, and the error when no command is named. */
  private static CommandSpec root(OptionSpec debug) {
    CommandSpec spec = Commands.create("storysearch", Main::requireCommand,
        "Full-text search over an archive of Markdown stories.");
    spec.versionProvider(() -> new String[] {Entry.versionLine()});
    spec.addOption(debug);
    return spec;
  }

  private static int requireCommand(CommandSpec spec) {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required (index, check, search, show, stats, facets, similar, suggest, eval, serve, "
            + "completion)");
  }

  private static Object command(String name, Caller caller) {
    return switch (name) {
      case "index" -> IndexCommand.spec();
      case "check" -> CheckCommand.spec();
      case "search" -> SearchCommand.spec(caller);
      case "show" -> ShowCommand.spec(caller);
      case "stats" -> StatsCommand.spec(caller);
      case "facets" -> FacetsCommand.spec(caller);
      case "similar" -> SimilarCommand.spec(caller);
      case "suggest" -> SuggestCommand.spec(caller);
      case "eval" -> EvalCommand.spec();
      case "serve" -> ServeCommand.spec();
      case "completion" -> CompletionCommand.spec();
      // Picocli's own help command, read from its annotations: only help runs build it.
      default -> new CommandLine.HelpCommand();
    };
  }

  /**
   * An error message as printed: messages may quote arguments, queries, ids and file names, so it is cut to a line's
   * worth of text and its control characters are shown as escapes.
   */
  private static String shown(String message) {
    String text = String.valueOf(message);
    return Terminal.line(text.length() > MESSAGE_CHARS ? text.substring(0, MESSAGE_CHARS) + "..." : text);
  }

  private static int report(Exception exception, boolean debug, PrintWriter err) {
    if (debug) {
      exception.printStackTrace(err);
    }
    String message = shown(exception.getMessage());
    if (exception instanceof StorySearchException failure) {
      err.println("storysearch: " + shown(Failures.describe(failure)));
      return Failures.exitCode(failure);
    }
    if (exception instanceof java.io.IOException) {
      err.println("storysearch: " + exception.getClass().getSimpleName() + ": " + message
          + " (rerun with --debug for details)");
      return ExitCodes.UNAVAILABLE;
    }
    err.println("storysearch: internal error: " + exception.getClass().getName() + ": " + message
        + " (a bug; rerun with --debug and report it)");
    return ExitCodes.BUG;
  }
}
