package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Commands declared in code: values read back, and no annotations creeping back in (they slow every start). */
class CommandsTest {

  private static CommandSpec parsed(String... args) {
    CommandSpec spec = Commands.create("demo", s -> 0, "A demo.");
    Commands.addFlag(spec, "--flag", "A flag.");
    spec.addOption(OptionSpec.builder("--tag").type(List.class).auxiliaryTypes(String.class).build());
    spec.addOption(OptionSpec.builder("-n").type(int.class).defaultValue("7").build());
    spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(List.class).auxiliaryTypes(String.class)
        .build());
    new CommandLine(spec).parseArgs(args);
    return spec;
  }

  @Test
  void valuesNotGivenReadAsFalseEmptyOrTheDefault() {
    CommandSpec spec = parsed();
    assertThat(Commands.flag(spec, "--flag")).isFalse();
    assertThat(Commands.values(spec, "--tag")).isEmpty();
    assertThat(Commands.parameters(spec)).isEmpty();
    assertThat((int) Commands.value(spec, "-n")).isEqualTo(7);
  }

  @Test
  void givenValuesAreReadBackTyped() {
    CommandSpec spec = parsed("--flag", "--tag", "a", "-n", "3", "x", "--tag", "b", "y");
    assertThat(Commands.flag(spec, "--flag")).isTrue();
    assertThat(Commands.values(spec, "--tag")).containsExactly("a", "b");
    assertThat(Commands.parameters(spec)).containsExactly("x", "y");
    assertThat((int) Commands.value(spec, "-n")).isEqualTo(3);
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
