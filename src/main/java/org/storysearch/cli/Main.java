package org.storysearch.cli;

import java.io.PrintWriter;
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
    description = "Full-text search over an archive of Markdown stories.",
    subcommands = {IndexCommand.class, CheckCommand.class, SearchCommand.class, ShowCommand.class, StatsCommand.class,
        FacetsCommand.class, SimilarCommand.class, SuggestCommand.class, EvalCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

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
