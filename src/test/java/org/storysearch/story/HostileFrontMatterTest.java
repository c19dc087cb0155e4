package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storysearch.StoryProblem;

/**
 * Front matter built to attack the parser is refused, unexpanded, with a message; the story is read from its body.
 * The timeouts only guard against a hang (an unguarded alias bomb runs for minutes or exhausts the heap); they are not
 * performance targets.
 */
class HostileFrontMatterTest {

  private static final Path ATTACKS = Path.of("src/test/resources/corpora/attacks");
  private static final Duration HANG = Duration.ofSeconds(30);

  /** The one problem of a front matter refused unexpanded: the story is then read from its body alone. */
  private static StoryProblem refused(ParsedFile parsed) {
    assertThat(parsed.story().body()).isEqualTo("Body.");
    assertThat(parsed.story().extra()).isEmpty();
    assertThat(parsed.problems()).hasSize(1);
    StoryProblem problem = parsed.problems().get(0);
    assertThat(problem.skipped()).isFalse();
    return problem;
  }

  @Test
  void aliasBombIsRefused() {
    ParsedFile parsed = assertTimeoutPreemptively(HANG,
        () -> StoryReader.read(ATTACKS.resolve("alias-bomb.md"), "alias-bomb.md"));
    assertThat(refused(parsed).reason()).startsWith("malformed YAML front matter").contains("aliases");
  }

  @Test
  void deepYamlNestingIsRefused() {
    ParsedFile parsed = assertTimeoutPreemptively(HANG,
        () -> StoryReader.read(ATTACKS.resolve("deep-nesting.md"), "deep-nesting.md"));
    assertThat(refused(parsed).reason()).startsWith("malformed YAML front matter").containsIgnoringCase("nesting");
  }

  @Test
  void deepTomlNestingIsRefused() {
    ParsedFile parsed = assertTimeoutPreemptively(HANG,
        () -> StoryReader.read(ATTACKS.resolve("deep-nesting-toml.md"), "deep-nesting-toml.md"));
    assertThat(refused(parsed).reason()).startsWith("malformed TOML front matter");
  }

  @Test
  void fiftyMegabyteFrontMatterIsRefusedWithoutParsingIt() {
    StringBuilder text = new StringBuilder(52 << 20).append("---\n");
    int key = 0;
    while (text.length() < 50 << 20) {
      text.append("key").append(key++).append(": some value that repeats\n");
    }
    text.append("---\nBody.\n");
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    text.setLength(0);
    long start = System.nanoTime();
    ParsedFile parsed = assertTimeoutPreemptively(HANG, () -> StoryReader.parse(bytes, "big.md"));
    // Where such a front matter ends is not known (it may never close), so there is no body to fall back on.
    assertThat(parsed.story()).isNull();
    StoryProblem problem = parsed.problems().get(0);
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.reason()).isEqualTo("front matter is longer than " + SourceText.MAX_FRONT_MATTER_CHARS
        + " characters (or never closed)");
    System.out.printf("50 MB front matter refused in %.2f s%n", (System.nanoTime() - start) / 1e9);
  }

  @Test
  void aLargeButSaneFrontMatterIsStillRead() {
    StringBuilder text = new StringBuilder("---\ntitle: Many keys\n");
    for (int i = 0; i < 2000; i++) {
      text.append("key").append(i).append(": value\n");
    }
    text.append("---\nBody.\n");
    ParsedFile parsed = StoryReader.parse(text.toString().getBytes(StandardCharsets.UTF_8), "many.md");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.story().extra()).hasSize(2000);
  }
}
