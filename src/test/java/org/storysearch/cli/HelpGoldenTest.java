package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --help} and the completion script, byte for byte, against reviewed files in
 * {@code src/test/resources/golden/}. Rewrite them on purpose with
 * {@code ./build test -Dtest=HelpGoldenTest -Dgolden.update=true} and review the diff.
 */
class HelpGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> commands() {
    List<String> names = new ArrayList<>(List.of("storysearch"));
    Main.commandLine(null).getSubcommands().keySet().stream().filter(name -> !name.equals("help"))
        .forEach(names::add);
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void helpIsTheReviewedOneWithExamplesAndExitCodes(String command) throws IOException {
    CliTest.Run help = command.equals("storysearch") ? CliTest.run("--help") : CliTest.run(command, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("\nExamples:\n  ").contains("\nExit codes:\n");
    // An example is one line: picocli folds help at 80 columns.
    String examples = help.out().substring(help.out().indexOf("\nExamples:\n"));
    assertThat(examples.lines().skip(2)).allSatisfy(line -> assertThat(line).startsWith("  ").contains("storysearch"));
    assertGolden("help/" + command + ".txt", help.out());
  }

  @Test
  void completionIsTheReviewedScriptForBothShells() throws IOException {
    CliTest.Run bash = CliTest.run("completion", "bash");
    assertThat(bash.exit()).isZero();
    assertThat(CliTest.run("completion", "zsh").out()).isEqualTo(bash.out());
    // The script in the jar is the one the specs make now: a build that changed a command also changed it.
    assertThat(bash.out()).isEqualTo(CompletionCommand.script());
    assertGolden("completion.bash", bash.out());
    CliTest.Run fish = CliTest.run("completion", "fish");
    assertThat(fish.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(fish.err()).startsWith("storysearch: SHELL must be bash or zsh, not 'fish'");
  }

  @Test
  void bashLoadsTheCompletionScript(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is installed");
    Path script = dir.resolve("storysearch.bash");
    Files.writeString(script, CliTest.run("completion", "bash").out());
    Process bash = new ProcessBuilder("/bin/bash", "-c", "source \"$1\" && complete -p storysearch", "bash",
        script.toString()).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo("complete -o default -F _complete_storysearch storysearch\n");
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
