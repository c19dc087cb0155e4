package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storysearch.DateInterval;
import org.storysearch.SortOrder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Commands declared in code: values read back, and no annotations creeping back in (they slow every start). */
class CommandsTest {

  /** A demo command's arguments, declared as the commands declare theirs. */
  private record Demo(CommandSpec spec, Arg<Boolean> flag, Arg<List<String>> tags, Arg<Integer> n,
      Arg<List<String>> words, Arg<String> sort) {}

  private static Demo parsed(String... args) {
    CommandSpec spec = Commands.create("demo", s -> 0, "A demo.");
    Demo demo = new Demo(spec, Arg.flag(spec, "--flag", "A flag."), Arg.options(spec, OptionSpec.builder("--tag")),
        Arg.option(spec, int.class, OptionSpec.builder("-n").defaultValue("7")),
        Arg.positionals(spec, PositionalParamSpec.builder().arity("0..*")),
        Arg.option(spec, String.class, OptionSpec.builder("--sort")));
    new CommandLine(spec).parseArgs(args);
    return demo;
  }

  @Test
  void valuesNotGivenReadAsFalseEmptyOrTheDefault() {
    Demo demo = parsed();
    assertThat(demo.flag().value()).isFalse();
    assertThat(demo.tags().value()).isEmpty();
    assertThat(demo.words().value()).isEmpty();
    assertThat(demo.n().value()).isEqualTo(7);
    assertThat(demo.sort().value()).isNull();
  }

  @Test
  void givenValuesAreReadBackTyped() {
    Demo demo = parsed("--flag", "--tag", "a", "-n", "3", "x", "--tag", "b", "y");
    assertThat(demo.flag().value()).isTrue();
    assertThat(demo.tags().value()).containsExactly("a", "b");
    assertThat(demo.words().value()).containsExactly("x", "y");
    assertThat(demo.n().value()).isEqualTo(3);
  }

  @Test
  void aChoiceIsOneOfTheEnumsLowerCaseNames() {
    Demo newest = parsed("--sort", "newest");
    assertThat(Commands.choice(newest.spec(), newest.sort(), SortOrder.values())).isEqualTo(SortOrder.NEWEST);
    Demo none = parsed();
    assertThat(Commands.choice(none.spec(), none.sort(), SortOrder.values())).isNull();
    Demo wrong = parsed("--sort", "NEWEST");
    assertThatThrownBy(() -> Commands.choice(wrong.spec(), wrong.sort(), SortOrder.values()))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--sort must be relevance, newest or oldest, not 'NEWEST'");
    assertThatThrownBy(() -> Commands.choice(wrong.spec(), wrong.sort(), DateInterval.values()))
        .hasMessage("--sort must be year or month, not 'NEWEST'");
  }

  @Test
  void theCommandLineUsesNoPicocliAnnotations() throws IOException {
    Pattern annotation = Pattern.compile("@(CommandLine\\.)?(Command|Option|Parameters|Mixin|Spec|ArgGroup)\\b"
        + "|forAnnotatedObject|mixinStandardHelpOptions\\(");
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/storysearch/cli"))) {
      for (Path file : files.toList()) {
        Matcher matcher = annotation.matcher(Files.readString(file));
        assertThat(matcher.find()).as("%s uses picocli annotations", file).isFalse();
      }
    }
  }
}
