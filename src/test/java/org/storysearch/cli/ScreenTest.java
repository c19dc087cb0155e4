package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.cli.Screen.ColorMode;

/** The rules for colour and line width, and how lines are folded to the width. */
class ScreenTest {

  private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

  @Test
  void autoColoursOnlyATerminalThatIsNotDumbWithoutNoColor() {
    assertThat(Screen.useColor(ColorMode.AUTO, true, XTERM)).isTrue();
    assertThat(Screen.useColor(ColorMode.AUTO, true, Map.of())).isTrue();
    assertThat(Screen.useColor(ColorMode.AUTO, false, XTERM)).isFalse();
    assertThat(Screen.useColor(ColorMode.AUTO, true, Map.of("TERM", "dumb"))).isFalse();
    assertThat(Screen.useColor(ColorMode.AUTO, true, Map.of("TERM", "xterm", "NO_COLOR", "1"))).isFalse();
    // NO_COLOR counts only when it is not empty (no-color.org).
    assertThat(Screen.useColor(ColorMode.AUTO, true, Map.of("TERM", "xterm", "NO_COLOR", ""))).isTrue();
  }

  @Test
  void alwaysAndNeverOverrideTheTerminalAndTheEnvironment() {
    assertThat(Screen.useColor(ColorMode.ALWAYS, false, Map.of("TERM", "dumb", "NO_COLOR", "1"))).isTrue();
    assertThat(Screen.useColor(ColorMode.NEVER, true, XTERM)).isFalse();
  }

  @Test
  void colorOptionsAreReadFromTheCommandLine() {
    CliTest.Run bad = CliTest.run("search", "--color", "sometimes", "x");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).startsWith("storysearch: --color must be auto, always or never, not 'sometimes'");
    assertThat(CliTest.run("search", "--color=always", "--no-color", "x").err()).contains("contradicts");
  }

  @Test
  void widthIsColumnsElseTheTerminalElseAHundred() {
    assertThat(Screen.width(Map.of("COLUMNS", "72"), true, () -> 150)).isEqualTo(72);
    assertThat(Screen.width(Map.of("COLUMNS", "72"), false, () -> 150)).isEqualTo(72);
    assertThat(Screen.width(Map.of(), true, () -> 150)).isEqualTo(150);
    assertThat(Screen.width(Map.of(), false, () -> 150)).isEqualTo(100);
    assertThat(Screen.width(Map.of(), true, () -> 0)).isEqualTo(100);
    assertThat(Screen.width(Map.of("COLUMNS", "wide"), true, () -> 90)).isEqualTo(90);
    assertThat(Screen.width(Map.of("COLUMNS", "3"), false, () -> 0)).isEqualTo(100);
  }

  @Test
  void linesFoldAtSpacesWithAHangingIndent() {
    List<String> lines = Wrap.lines("  1. ", "the quick brown fox jumps over the lazy dog", 20);
    assertThat(lines).containsExactly("  1. the quick brown", "     fox jumps over", "     the lazy dog");
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
  }

  @Test
  void styleCodesTakeNoColumnsAndAWordLongerThanALineIsCut() {
    String marked = "a \u001b[1;33mmatch\u001b[0m and more words here";
    List<String> lines = Wrap.lines("  ", marked, 14);
    assertThat(lines).containsExactly("  a \u001b[1;33mmatch\u001b[0m and", "  more words", "  here");
    assertThat(lines).allSatisfy(line -> assertThat(Wrap.visibleLength(line)).isLessThanOrEqualTo(14));
    assertThat(Wrap.lines("> ", "x".repeat(25), 10)).containsExactly("> xxxxxxxx", "  xxxxxxxx", "  xxxxxxxx",
        "  x");
    assertThat(Wrap.lines("> ", "short", 10)).containsExactly("> short");
  }

  @Test
  void searchOutputFitsTheWidthAndHasOneDateSummary(@TempDir Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // One sentence of 700 characters: snippets end at sentence ends, so this makes them as long as they get.
    String sentence = "the lighthouse keeper wrote down every ship that passed the rocks during the long storm, ";
    Files.writeString(corpus.resolve("long.md"), """
        ---
        title: "A keeper's log"
        tags: [sea, "long reads"]
        published_at: 2024-05-06
        ---
        """ + "And " + sentence.repeat(8) + "and slept.\n");
    String index = dir.resolve("index").toString();
    assertThat(CliTest.run("index", "--corpus", corpus.toString(), "--index", index).exit()).isZero();
    CliTest.Run run = CliTest.run("search", "--index", index, "--no-color", "lighthouse", "storm");
    assertThat(run.exit()).isZero();
    int width = Screen.plain().width();
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    // The snippets (about 160 characters each) continue on lines of their own, indented under the title.
    assertThat(run.out().lines().filter(line -> line.startsWith("     ")).count()).isGreaterThan(3);
    assertThat(run.out()).contains("Years: 2024 (1)").contains("#long reads");
    assertThat(run.out().split("Years:", -1)).hasSize(2);
  }
}
