package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The CLI adds only the subcommand a run names; help must still see every command. */
class MainCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void rootHelpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("  index ", "  search ", "  show ", "  stats ", "  help ");
  }

  @Test
  void helpCommandShowsTheNamedCommandsUsage() {
    assertThat(run("help", "search")).isZero();
    assertThat(out.toString()).startsWith("Usage: storysearch search");
  }

  @Test
  void aCommandAfterRootOptionsIsFound() {
    assertThat(run("--debug", "stats", "--help")).isZero();
    assertThat(out.toString()).startsWith("Usage: storysearch stats");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("'frobnicate'").contains("(see: storysearch --help)");
  }

  @Test
  void aUsageErrorNamesTheHelpOfItsCommand() {
    assertThat(run("search", "--limit", "-1", "x")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("(see: storysearch search --help)");
  }
}
