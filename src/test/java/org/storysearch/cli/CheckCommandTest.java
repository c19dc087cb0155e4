package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.CheckReport;
import org.storysearch.HygieneIssue.Kind;
import org.storysearch.HygieneIssue;
import org.storysearch.SearchRequest;
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
        .contains("checked 4 files in " + HYGIENE + ": 4 readable stories, 0 skipped, 1 warnings, 7 hygiene findings")
        .contains("\nno storysearch.toml\n")
        .contains("coverage of 4 stories: title 75.0% (3), date 75.0% (3), author 75.0% (3), tags 75.0% (3), "
            + "domain 0.0% (0)");
  }

  @Test
  void aCleanCorpusExitsWithZero() {
    String out = run(0, "check", "--corpus", "src/test/resources/corpora/clean")[0];
    assertThat(out.strip()).isEqualTo(
        "checked 2 files in src/test/resources/corpora/clean: 2 readable stories, 0 skipped, 0 warnings, "
            + "0 hygiene findings\nno storysearch.toml\ncoverage of 2 stories: title 100.0% (2), date 100.0% (2), "
            + "author 100.0% (2), tags 100.0% (2), domain 0.0% (0)");
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
    assertThat(report.get("config").asText()).isEmpty();
    JsonNode coverage = report.get("coverage");
    assertThat(coverage.get("stories").asInt()).isEqualTo(4);
    assertThat(coverage.get("title").get("count").asInt()).isEqualTo(3);
    assertThat(coverage.get("date").get("share").asDouble()).isEqualTo(0.75);
    assertThat(coverage.get("domain").get("count").asInt()).isZero();
  }

  @Test
  void aConfigurationFileElsewhereIsReadNamedAndGivesTheDefaultIndex(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(corpus.resolve("page.md"), "---\ntitle: Page\nms.date: 11/04/2016\n---\nText.\n");
    Path config = Files.writeString(Files.createDirectories(dir.resolve("settings")).resolve("docs.toml"),
        "index = \"docs-index\"\nslash_dates = \"month/day\"\n[fields]\ndate = [\"ms.date\"]\n");
    assertThat(run(4, "check", "--corpus", corpus.toString())[0]).contains("no storysearch.toml")
        .contains("date 0.0% (0)");
    String human = run(4, "check", "--corpus", corpus.toString(), "--config", config.toString())[0];
    assertThat(human).contains("configuration: " + config + "\n").contains("date 100.0% (1)");
    JsonNode json = Json.MAPPER.readTree(run(4, "check", "--json", "--corpus", corpus.toString(), "--config",
        config.toString())[0]);
    assertThat(json.get("config").asText()).isEqualTo(config.toString());
    assertThat(json.get("coverage").get("date").get("count").asInt()).isEqualTo(1);

    Path index = dir.resolve("settings/docs-index");
    assertThat(run(0, "index", "--corpus", corpus.toString(), "--config", config.toString())[0])
        .contains("into " + index + " ");
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.search(SearchRequest.of("text")).hits()).extracting(hit -> hit.publishedAt().toString())
          .containsExactly("2016-11-04T00:00:00Z");
    }
    Path other = dir.resolve("explicit");
    assertThat(run(0, "index", "--corpus", corpus.toString(), "--config", config.toString(), "--index",
        other.toString())[0]).contains("into " + other + " ");
  }

  @Test
  void aMissingConfigurationFileIsAUsageError(@TempDir Path dir) {
    Path missing = dir.resolve("none.toml");
    String message = "storysearch: configuration file " + missing + " does not exist or is not a file\n";
    String clean = "src/test/resources/corpora/clean";
    assertThat(run(2, "check", "--corpus", clean, "--config", missing.toString())[1]).isEqualTo(message);
    assertThat(run(2, "index", "--corpus", clean, "--config", missing.toString(), "--index",
        dir.resolve("index").toString())[1]).isEqualTo(message);
    assertThat(dir.resolve("index")).doesNotExist();
  }

  @Test
  void aMissingCorpusIsExitThree() {
    assertThat(run(3, "check", "--corpus", "no/such/folder")[1])
        .isEqualTo("storysearch: corpus folder no/such/folder does not exist (pass --corpus DIR)\n");
  }
}
