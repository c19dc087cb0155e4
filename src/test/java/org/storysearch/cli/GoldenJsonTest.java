package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented JSON shape, byte for byte, against a reviewed file in {@code src/test/resources/golden/}. Only the
 * fields that change from run to run are normalised: {@code took_ms}, {@code seconds}, {@code size_bytes} and the
 * temporary index folder. A deliberate change of a shape rewrites the files with
 * {@code ./build test -Dtest=GoldenJsonTest -Dgolden.update=true}; review their diff before committing it.
 */
class GoldenJsonTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String CORPUS = "corpus";
  private static final String PROBLEMS = "src/test/resources/corpora/hygiene";
  private static final String TINY = "src/test/resources/corpora/eval-tiny";
  private static final String STORY = "technology/ai-labs-bid-up-researchers-in-new-talent-war";

  @TempDir
  static Path temp;
  static Path index;

  @BeforeAll
  static void build() {
    index = temp.resolve("index");
    run("index", "--corpus", CORPUS, "--index", index.toString());
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("search", List.of("search", "talent war", "--facets", "3", "--limit", "3")),
        Arguments.of("search-explain", List.of("search", "energy storage", "--explain", "--by", "month", "--limit",
            "2", "--facets", "2")),
        Arguments.of("search-corrected", List.of("search", "\"talnet war\"", "--limit", "1", "--facets", "1")),
        Arguments.of("similar", List.of("similar", "-n", "2", STORY)),
        Arguments.of("show", List.of("show", STORY)),
        Arguments.of("suggest", List.of("suggest", "-n", "5", "ta")),
        Arguments.of("facets", List.of("facets", "tag", "--prefix", "a", "-n", "3", "--offset", "1")),
        Arguments.of("stats", List.of("stats")),
        Arguments.of("check", List.of("check", "--corpus", PROBLEMS)),
        Arguments.of("index", List.of("index", "--rebuild", "--corpus", PROBLEMS)),
        Arguments.of("eval", List.of("eval", "--corpus", TINY + "/docs", "--queries", TINY + "/queries.tsv",
            "--qrels", TINY + "/qrels.txt")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void theJsonShapeIsTheReviewedOne(String name, List<String> command) throws IOException {
    boolean ownIndex = command.get(0).equals("index");
    Path where = ownIndex ? temp.resolve("problems-index") : index;
    Stream<String> options = command.get(0).equals("check") || command.get(0).equals("eval") ? Stream.of()
        : Stream.of("--index", where.toString());
    String[] args = Stream.of(command.stream(), options, Stream.of("--json", "--pretty")).flatMap(s -> s)
        .toArray(String[]::new);
    String json = normalised(run(args), where);
    Path file = GOLDEN.resolve(name + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String normalised(String json, Path index) {
    return json.replaceAll("\"(took_ms|seconds|size_bytes)\" : [0-9.eE+-]+", "\"$1\" : 0")
        .replace(index.toString(), "INDEX");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).as("exit of %s: %s", String.join(" ", args), err).isIn(ExitCodes.FOUND, ExitCodes.PROBLEMS);
    return out.toString();
  }
}
