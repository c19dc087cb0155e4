package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storysearch.CheckReport;
import org.storysearch.HygieneIssue.Kind;
import org.storysearch.HygieneIssue;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;

/** {@code storysearch check} and the library's {@link StoryArchive#check}. */
class CheckCommandTest {

  private static final String HYGIENE = "src/test/resources/corpora/hygiene";

  private static String[] run(int expectedCode, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isEqualTo(expectedCode);
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void theLibraryReportsEveryKindOfHygieneFinding() throws Exception {
    CheckReport report = StoryArchive.check(Path.of(HYGIENE));
    assertThat(report.files()).isEqualTo(4);
    assertThat(report.stories()).isEqualTo(4);
    assertThat(report.problems()).extracting(Object::toString)
        .containsExactly("four.md:3: date '2024/13/01' is not a date; left empty");
    assertThat(report.issues()).containsExactly(
        new HygieneIssue(Kind.MISSING_TITLE, "", List.of("three.md")),
        new HygieneIssue(Kind.MISSING_AUTHOR, "", List.of("four.md")),
        new HygieneIssue(Kind.MISSING_DATE, "", List.of("four.md")),
        new HygieneIssue(Kind.DUPLICATE_URL, "https://example.org/one", List.of("one.md", "two.md")),
        new HygieneIssue(Kind.TAG_VARIANTS, "AI research, ai-research", List.of("one.md", "two.md")),
        new HygieneIssue(Kind.TAG_VARIANTS, "Robots, robots", List.of("one.md", "three.md")),
        new HygieneIssue(Kind.AUTHOR_VARIANTS, "Jose Nunez, José Núñez, Nunez, Jose",
            List.of("one.md", "three.md", "two.md")));
    assertThat(report.clean()).isFalse();
  }

  @Test
  void humanOutputListsFindingsAndExitsWithFour() {
    String out = run(4, "check", "--corpus", HYGIENE)[0];
    assertThat(out).contains("warning four.md:3: date '2024/13/01' is not a date; left empty")
        .contains("url https://example.org/one used by 2 stories: one.md, two.md")
        .contains("tag spelled several ways: AI research, ai-research (2 stories): one.md, two.md")
        .contains("checked 4 files in " + HYGIENE + ": 4 readable stories, 0 skipped, 1 warnings, 7 hygiene findings");
  }

  @Test
  void aCleanCorpusExitsWithZero() {
    String out = run(0, "check", "--corpus", "src/test/resources/corpora/clean")[0];
    assertThat(out.strip()).isEqualTo(
        "checked 2 files in src/test/resources/corpora/clean: 2 readable stories, 0 skipped, 0 warnings, "
            + "0 hygiene findings");
  }

  @Test
  void skippedFilesAndDuplicatesAreProblemsToo() throws Exception {
    CheckReport report = StoryArchive.check(Path.of("src/test/resources/corpora/duplicates"));
    assertThat(report.stories()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    CheckReport malformed = StoryArchive.check(Path.of("src/test/resources/corpora/malformed"));
    assertThat(malformed.skipped()).isEqualTo(1);
    assertThat(malformed.warnings()).isEqualTo(2);
    assertThat(malformed.stories()).isEqualTo(4);
    assertThat(malformed.clean()).isFalse();
    run(4, "check", "--corpus", "src/test/resources/corpora/malformed");
  }

  @Test
  void jsonHasCountsProblemsAndIssues() throws Exception {
    JsonNode report = Json.MAPPER.readTree(run(4, "check", "--json", "--corpus", HYGIENE)[0]);
    assertThat(report.get("clean").asBoolean()).isFalse();
    assertThat(report.get("stories").asInt()).isEqualTo(4);
    assertThat(report.get("problems").get(0).get("line").asInt()).isEqualTo(3);
    JsonNode url = report.get("issues").get(3);
    assertThat(url.get("kind").asText()).isEqualTo("duplicate_url");
    assertThat(url.get("count").asInt()).isEqualTo(2);
    assertThat(url.get("paths").get(1).asText()).isEqualTo("two.md");
  }

  @Test
  void aMissingCorpusIsExitThree() {
    assertThat(run(3, "check", "--corpus", "no/such/folder")[1])
        .isEqualTo("storysearch: corpus folder no/such/folder does not exist (pass --corpus DIR)\n");
  }
}
