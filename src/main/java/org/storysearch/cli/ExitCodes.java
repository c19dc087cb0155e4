package org.storysearch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** The exit codes of every command, and their table in {@code --help}. */
final class ExitCodes {
  static final int FOUND = 0;
  static final int NO_HITS = 1;
  static final int USAGE = 2;
  static final int UNAVAILABLE = 3;
  static final int PROBLEMS = 4;
  static final int BUG = 70;

  private ExitCodes() {}

  /** Shows the exit-code table at the end of the help of {@code line} and every subcommand. */
  static void addToHelp(CommandLine line) {
    Map<String, String> table = new LinkedHashMap<>();
    table.put(Integer.toString(FOUND), "found / done");
    table.put(Integer.toString(NO_HITS), "no hits");
    table.put(Integer.toString(USAGE), "usage or query syntax error");
    table.put(Integer.toString(UNAVAILABLE), "index or corpus unavailable (missing, locked, corrupt, wrong version)");
    table.put(Integer.toString(PROBLEMS), "story problems found (index --strict, check)");
    table.put(Integer.toString(BUG), "internal error (a bug; rerun with --debug)");
    line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(table);
    line.getSubcommands().values().forEach(ExitCodes::addToHelp);
  }
}
