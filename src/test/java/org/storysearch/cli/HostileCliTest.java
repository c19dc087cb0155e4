package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.HostileArchives;
import org.storysearch.json.Json;

/** The cases of the hostile-input review through the command line: exit 0, 1 or 2 and at most one stderr line. */
class HostileCliTest {

  /** The raw characters no human or JSON output may pass to a terminal. */
  private static final List<String> RAW = List.of("\u001b", "\u0007", "\u009b", "\u202e", "\u2066");

  @TempDir
  static Path dir;

  static String sample;
  static String plain;
  static String escapes;

  @BeforeAll
  static void build() throws IOException {
    sample = dir.resolve("sample").toString();
    plain = dir.resolve("plain").toString();
    escapes = dir.resolve("escapes").toString();
    assertThat(CliTest.run("index", "--corpus", "corpus", "--index", sample).exit()).isZero();
    assertThat(CliTest.run("index", "--corpus", HostileArchives.plain(dir.resolve("plain-corpus")).toString(),
        "--index", plain).exit()).isZero();
  }

  /** Every case the review listed, on the sample archive and on one without front matter. */
  static List<String[]> cases(String index) {
    String words = IntStream.range(0, 700).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    String unknown = IntStream.range(0, 200).mapToObj(i -> "zq" + Integer.toString(i * 7919, 36) + "xvb")
        .collect(Collectors.joining(" "));
    String ored = IntStream.range(0, 100_000).mapToObj(i -> "t" + i).collect(Collectors.joining(" OR "));
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"search", "--index", index, "(".repeat(10_000) + "x" + ")".repeat(10_000)});
    cases.add(new String[] {"search", "--index", index, "ls~ cp~ mv~ rm~ cd~ du~ df~ ps~"});
    for (String regexp : List.of("/[a-z/", "/(ab/", "/a{5,2}/", "/a{99999999999}/", "/[a-z]{1,60000}/")) {
      cases.add(new String[] {"search", "--index", index, regexp});
      cases.add(new String[] {"facets", "--index", index, "tag", "--query", regexp});
    }
    cases.add(new String[] {"search", "--index", index, words});
    cases.add(new String[] {"suggest", "--index", index, IntStream.range(0, 2000).mapToObj(i -> "w")
        .collect(Collectors.joining(" "))});
    cases.add(new String[] {"search", "--index", index, "--limit", "2147483647", "lantern"});
    cases.add(new String[] {"search", "--index", index, "--offset", "2000000000", "--limit", "147483647", "x"});
    cases.add(new String[] {"suggest", "--index", index, "t", "-n", "2147483647"});
    cases.add(new String[] {"similar", "--index", index, "part-0/note-0", "-n", "2147483647"});
    cases.add(new String[] {"search", "--index", index, "--since", "-999999999-01-01", "x"});
    cases.add(new String[] {"search", "--index", index, "--since", "+999999999-12-31", "x"});
    cases.add(new String[] {"search", "--index", index, "title:"});
    cases.add(new String[] {"search", "--index", index, ored});
    cases.add(new String[] {"search", "--index", index, "\u001b]0;owned\u0007 AND ("});
    cases.add(new String[] {"search", "--index", index, "x".repeat(131_000)});
    cases.add(new String[] {"search", "--index", index, unknown});
    return cases;
  }

  @Test
  void everyCaseIsAnAnswerOrOneLineWithExitTwo() {
    for (String index : List.of(sample, plain)) {
      for (String[] args : cases(index)) {
        CliTest.Run run = CliTest.run(args);
        String shown = String.join(" ", args);
        String label = shown.substring(0, Math.min(120, shown.length()));
        assertThat(run.exit()).as(label).isIn(ExitCodes.FOUND, ExitCodes.NO_HITS, ExitCodes.USAGE);
        assertThat(run.err().lines().count()).as(label).isLessThanOrEqualTo(1);
        assertThat(run.err()).as(label).hasSizeLessThan(700).doesNotContain("Exception").doesNotContain("\tat ");
        RAW.forEach(raw -> assertThat(run.err()).as(label).doesNotContain(raw));
        if (run.exit() == ExitCodes.USAGE) {
          assertThat(run.err()).as(label).startsWith("storysearch: ").endsWith(")\n");
        }
      }
    }
  }

  @Test
  void theGenuineNextPageTokenWorksWithoutFacetValues() throws IOException {
    JsonNode first = Json.MAPPER.readTree(CliTest.run("search", "--index", plain, "--json", "lantern").out());
    String token = first.get("next_after").asText();
    CliTest.Run next = CliTest.run("search", "--index", plain, "--json", "--after", token, "lantern");
    assertThat(next.exit()).isZero();
    assertThat(next.err()).isEmpty();
    JsonNode second = Json.MAPPER.readTree(next.out());
    assertThat(second.get("hits").get(0).get("id").asText()).isNotEqualTo(first.get("hits").get(0).get("id").asText());
  }

  @Test
  void storyTextReachesTheTerminalAsVisibleEscapes() throws IOException {
    CliTest.Run index = CliTest.run("index", "--corpus", HostileArchives.escapes(dir.resolve("escapes-corpus"))
        .toString(), "--index", escapes);
    assertThat(index.exit()).isZero();
    assertThat(index.err()).contains("escapes.md").contains("is not an http, https or relative URL")
        .contains("url_not_a_link");
    List<CliTest.Run> human = List.of(CliTest.run("search", "--index", escapes, "--no-color", "lantern"),
        CliTest.run("search", "--index", escapes, "lantern"), CliTest.run("show", "--index", escapes, "escapes"),
        CliTest.run("stats", "--index", escapes), CliTest.run("facets", "--index", escapes, "tag"),
        CliTest.run("suggest", "--index", escapes, "lantern"),
        CliTest.run("similar", "--index", escapes, "plain"), CliTest.run("check", "--corpus",
            dir.resolve("escapes-corpus").toString()));
    for (CliTest.Run run : human) {
      assertThat(run.exit()).isIn(ExitCodes.FOUND, ExitCodes.NO_HITS, ExitCodes.PROBLEMS);
      RAW.forEach(raw -> assertThat(run.out() + run.err()).doesNotContain(raw));
    }
    assertThat(human.get(0).out()).contains("Lantern \\x1b]0;owned\\x07 \\x1b[2J").contains("\\x9b1m")
        .contains("\\u202egnp.exe").contains("#lantern \\x1b]0;owned");
    assertThat(human.get(2).out()).contains("url_not_a_link: javascript:alert(1)").doesNotContain("url:    ")
        .contains("The lantern text \\x1b]0;owned\\x07");
  }

  @Test
  void jsonKeepsTheTextEscapedAsJson() throws IOException {
    CliTest.run("index", "--corpus", HostileArchives.escapes(dir.resolve("json-corpus")).toString(), "--index",
        dir.resolve("json").toString());
    CliTest.Run search = CliTest.run("search", "--index", dir.resolve("json").toString(), "--json", "lantern");
    RAW.forEach(raw -> assertThat(search.out()).doesNotContain(raw));
    // Jackson writes the C0 escapes in capitals, and the C1 and bidi ones are written the same way.
    assertThat(search.out()).contains("\\u001B").contains("\\u009B").contains("\\u202E");
    JsonNode hit = Json.MAPPER.readTree(search.out()).get("hits").get(1);
    assertThat(hit.get("id").asText()).isEqualTo("escapes");
    assertThat(hit.get("title").asText()).isEqualTo("Lantern " + HostileArchives.ESCAPES);
    assertThat(hit.get("url").asText()).isEmpty();
    JsonNode story = Json.MAPPER.readTree(CliTest.run("show", "--index", dir.resolve("json").toString(), "--json",
        "escapes").out());
    assertThat(story.get("url").asText()).isEmpty();
    assertThat(story.get("extra").get("url_not_a_link").asText()).isEqualTo("javascript:alert(1)");
  }

  @Test
  void aCorpusThatIsAFileIsNamedAsOne() throws IOException {
    Path file = Files.writeString(dir.resolve("story.md"), "# One\n");
    CliTest.Run run = CliTest.run("index", "--corpus", file.toString(), "--index", dir.resolve("x").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(run.err()).contains("is a file, not a folder").hasLineCount(1);
  }
}
