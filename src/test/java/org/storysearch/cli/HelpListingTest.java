package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The stub that stands for picocli's help command in the root's usage lists it as picocli's own would. */
class HelpListingTest {

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return out.toString();
  }

  @Test
  void theStubHasTheHeaderOfPicoclisHelpCommand() {
    String[] header = new CommandLine(new CommandLine.HelpCommand()).getCommandSpec().usageMessage().header();
    assertThat(Main.helpListing().usageMessage().header()).containsExactly(header);
  }

  @Test
  void theRootUsageListsHelpAndHelpStillRuns() {
    assertThat(run("--help")).containsPattern("(?m)^  help +" + Main.HELP_HEADER + "$");
    assertThat(run("help", "show")).startsWith("Usage: storysearch show");
  }
}
