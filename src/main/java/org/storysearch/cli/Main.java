package org.storysearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storysearch.IndexUnavailableException;
import org.storysearch.InvalidQueryException;
import org.storysearch.StorySearchException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storysearch}: the command line entry point. */
@Command(
    name = "storysearch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Full-text search over an archive of Markdown stories.")
public final class Main implements Runnable {

  // The subcommands, in help order. Picocli reads a command's annotations when it is added, which costs a fresh
  // JVM several milliseconds per command, so a run adds only the command it names (all of them for help).
  private static final List<String> COMMANDS = List.of("index", "check", "search", "show", "stats", "facets",
      "similar", "suggest", "eval", "help");

  // Lucene logs a hint about the incubating Vector API on every start: advice for operators, not users. The
  // logger is held here because java.util.logging keeps only weak references, which would drop the level.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required (index, check, search, show, stats, facets, similar, suggest, eval)");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.SEVERE);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    String named = named(args);
    for (String name : COMMANDS) {
      if (named == null || named.equals(name)) {
        line.addSubcommand(name, command(name));
      }
    }
    ExitCodes.addToHelp(line);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((exception, command, parsed) -> report(exception, command, err));
    line.setParameterExceptionHandler((exception, arguments) -> {
      err.println("storysearch: " + exception.getMessage() + " (see: storysearch "
          + exception.getCommandLine().getCommandName().replace("storysearch", "").strip() + " --help)");
      return ExitCodes.USAGE;
    });
    return line.execute(args);
  }

  /** The command the arguments name (their first word that is not an option), or null for help or none. */
  private static String named(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return COMMANDS.contains(arg) && !arg.equals("help") ? arg : null;
      }
    }
    return null;
  }

  private static Object command(String name) {
    return switch (name) {
      case "index" -> new IndexCommand();
      case "check" -> new CheckCommand();
      case "search" -> new SearchCommand();
      case "show" -> new ShowCommand();
      case "stats" -> new StatsCommand();
      case "facets" -> new FacetsCommand();
      case "similar" -> new SimilarCommand();
      case "suggest" -> new SuggestCommand();
      case "eval" -> new EvalCommand();
      default -> new CommandLine.HelpCommand();
    };
  }

  private static int report(Exception exception, CommandLine command, PrintWriter err) {
    Main main = command.getCommandSpec().root().userObject() instanceof Main m ? m : null;
    boolean debug = main != null && main.debug;
    if (debug) {
      exception.printStackTrace(err);
    }
    if (exception instanceof InvalidQueryException) {
      err.println("storysearch: " + exception.getMessage());
      return ExitCodes.USAGE;
    }
    if (exception instanceof IndexUnavailableException) {
      err.println("storysearch: " + exception.getMessage());
      return ExitCodes.UNAVAILABLE;
    }
    if (exception instanceof StorySearchException) {
      err.println("storysearch: " + exception.getMessage());
      return ExitCodes.UNAVAILABLE;
    }
    if (exception instanceof java.io.IOException) {
      err.println("storysearch: " + exception.getClass().getSimpleName() + ": " + exception.getMessage()
          + " (rerun with --debug for details)");
      return ExitCodes.UNAVAILABLE;
    }
    err.println("storysearch: internal error: " + exception + " (a bug; rerun with --debug and report it)");
    return ExitCodes.BUG;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"storysearch " + (version == null ? "(development build)" : version)};
    }
  }
}
