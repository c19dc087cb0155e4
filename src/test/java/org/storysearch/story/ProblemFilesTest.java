package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/** Every kind of bad or odd file gets a clear verdict: indexed, indexed with a warning, or skipped with a reason. */
class ProblemFilesTest {

  private static final Path CORPORA = Path.of("src/test/resources/corpora");

  private static ParsedFile read(String scenario, String file) {
    return StoryReader.read(CORPORA.resolve(scenario).resolve(file), file);
  }

  private static StoryProblem onlyProblem(ParsedFile parsed) {
    assertThat(parsed.problems()).hasSize(1);
    return parsed.problems().get(0);
  }

  @Test
  void malformedYamlIsAWarningWithItsLineAndTheStoryIsReadFromItsBody() {
    ParsedFile parsed = read("malformed", "bad-yaml.md");
    assertThat(parsed.story().title()).isEqualTo("bad-yaml");
    assertThat(parsed.story().body()).isNotEmpty();
    StoryProblem problem = onlyProblem(parsed);
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.reason()).startsWith("malformed YAML front matter");
    assertThat(problem.line()).isBetween(3, 4);
    assertThat(problem.toString()).startsWith("bad-yaml.md:" + problem.line() + ": ");
  }

  @Test
  void unterminatedFrontMatterIsSkippedAtLineOne() {
    StoryProblem problem = onlyProblem(read("malformed", "unterminated.md"));
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.reason()).contains("never closed");
  }

  @Test
  void emptyAndMissingFrontMatterAreIndexedWithTitlesFromHeadings() {
    ParsedFile empty = read("malformed", "empty-front-matter.md");
    assertThat(empty.problems()).isEmpty();
    assertThat(empty.story().title()).isEqualTo("Heading Only");
    assertThat(empty.missing()).containsExactly("title", "author", "date");
    ParsedFile none = read("malformed", "no-front-matter.md");
    assertThat(none.problems()).isEmpty();
    assertThat(none.story().title()).isEqualTo("Plain Markdown");
  }

  @Test
  void frontMatterThatIsNotAMappingIsAWarning() {
    StoryProblem problem = onlyProblem(read("malformed", "not-a-mapping.md"));
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.reason()).contains("not a set of key: value pairs");
  }

  @Test
  void tomlFrontMatterIsParsedAndNestedTablesKept() {
    ParsedFile parsed = read("toml", "zola-post.md");
    assertThat(parsed.problems()).isEmpty();
    Story story = parsed.story();
    assertThat(story.title()).isEqualTo("Announcing the Widget 2.0");
    assertThat(story.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(story.publishedAt()).isEqualTo(Instant.parse("2024-03-07T00:00:00Z"));
    assertThat(story.extra()).containsKeys("taxonomies", "extra");
    assertThat(story.extra().get("extra")).contains("\"team\":\"Widget team\"").contains("\"depth\":2");
  }

  @Test
  void malformedTomlIsAWarningWithItsLine() {
    StoryProblem problem = onlyProblem(read("toml", "bad-toml.md"));
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.reason()).startsWith("malformed TOML front matter");
    assertThat(problem.line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void bomCrlfAndMixedLineEndingsAreRead() {
    assertThat(read("encodings", "bom.md").story().title()).isEqualTo("With BOM");
    Story crlf = read("encodings", "crlf.md").story();
    assertThat(crlf.title()).isEqualTo("CRLF story");
    assertThat(crlf.authors()).containsExactly("Crlf Writer");
    assertThat(crlf.body()).isEqualTo("Line one. Line two.");
    ParsedFile mixed = read("encodings", "mixed.md");
    assertThat(mixed.problems()).isEmpty();
    assertThat(mixed.story().title()).isEqualTo("Mixed endings");
    assertThat(mixed.story().body()).contains("Body one.").contains("Body two.");
  }

  @Test
  void invalidUtf8IsIndexedWithReplacementCharactersAndAWarningOnItsLine() {
    ParsedFile parsed = read("encodings", "invalid-utf8.md");
    assertThat(parsed.story().body()).contains("Caf\uFFFD cr\uFFFDme");
    StoryProblem problem = onlyProblem(parsed);
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.reason()).contains("invalid UTF-8");
  }

  @Test
  void binaryFileNamedMarkdownIsSkipped() {
    StoryProblem problem = onlyProblem(read("encodings", "image.md"));
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.reason()).contains("binary file");
  }

  @Test
  void numbersAreAcceptedAsTextAndTags() {
    ParsedFile title = read("wrong-types", "title-number.md");
    assertThat(title.problems()).isEmpty();
    assertThat(title.story().title()).isEqualTo("2019");
    ParsedFile tags = read("wrong-types", "tags-number.md");
    assertThat(tags.problems()).isEmpty();
    assertThat(tags.story().tags()).containsExactly("42");
  }

  @Test
  void unreadableDatesWarnOnTheirLineAndStayEmpty() {
    ParsedFile yesterday = read("wrong-types", "date-yesterday.md");
    assertThat(yesterday.story().publishedAt()).isNull();
    StoryProblem problem = onlyProblem(yesterday);
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.reason()).isEqualTo("date 'yesterday' is not a date; left empty");
    ParsedFile ambiguous = read("wrong-types", "date-ambiguous.md");
    assertThat(ambiguous.story().publishedAt()).isNull();
    assertThat(onlyProblem(ambiguous).reason()).contains("ambiguous");
  }

  @Test
  void impossibleDatesAreRefusedAndJekyllDatesRead() {
    ParsedFile impossible = read("wrong-types", "date-impossible.md");
    assertThat(impossible.story().publishedAt()).isNull();
    assertThat(onlyProblem(impossible).toString())
        .isEqualTo("date-impossible.md:4: date '2024-02-30' is not a date; left empty");
    ParsedFile jekyll = read("wrong-types", "date-jekyll.md");
    assertThat(jekyll.problems()).isEmpty();
    assertThat(jekyll.story().publishedAt()).isEqualTo(Instant.parse("2014-10-30T11:00:00Z"));
    assertThat(DateText.parse("2001-12-14t21:59:43.10-05:00")).contains(Instant.parse("2001-12-15T02:59:43.100Z"));
    assertThat(DateText.parse("2024-03-07T10:00:00Z")).contains(Instant.parse("2024-03-07T10:00:00Z"));
    assertThat(DateText.parse("2024-03-07 10:00")).contains(Instant.parse("2024-03-07T10:00:00Z"));
    assertThat(DateText.parse("2024-03-07T25:00:00")).isEmpty();
  }

  @Test
  void slashDatesAreAcceptedWhenOnlyOneReadingIsValid() {
    ParsedFile parsed = read("wrong-types", "date-day-first.md");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.story().publishedAt()).isEqualTo(Instant.parse("2024-07-13T00:00:00Z"));
    assertThat(SlashDate.parse("7/13/2024")).contains(java.time.LocalDate.of(2024, 7, 13));
    assertThat(SlashDate.parse("2024/03/07")).contains(java.time.LocalDate.of(2024, 3, 7));
    assertThat(SlashDate.parse("5/5/2024")).contains(java.time.LocalDate.of(2024, 5, 5));
    assertThat(SlashDate.parse("31/31/2024")).isEmpty();
  }

  @Test
  void authorMappingsGiveTheirNameOrAWarning() {
    ParsedFile named = read("wrong-types", "author-map.md");
    assertThat(named.problems()).isEmpty();
    assertThat(named.story().authors()).containsExactly("Mapped Name");
    ParsedFile nameless = read("wrong-types", "author-nameless.md");
    assertThat(nameless.story().authors()).isEmpty();
    StoryProblem problem = onlyProblem(nameless);
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.reason()).startsWith("author has a mapping value");
  }

  @Test
  void aTitleThatIsAListWarnsAndFallsBackToTheHeading() {
    ParsedFile parsed = read("wrong-types", "title-list.md");
    assertThat(parsed.story().title()).isEqualTo("Fallback Heading");
    assertThat(onlyProblem(parsed).reason()).isEqualTo("title is a list, expected text; ignored");
  }

  @Test
  void templateMarkupIsNotIndexedAsWords() {
    Story hugo = read("templates", "hugo.md").story();
    assertThat(hugo.body()).contains("telescopes").contains("Inner text about lenses stays.")
        .contains("Liquid tags vanish, words around stay.").contains("x := \"\"");
    assertThat(hugo.body()).doesNotContain("{{").doesNotContain("{%").doesNotContain("figure")
        .doesNotContain("alert").doesNotContain("include").doesNotContain("expanded");
    Story mdx = read("templates", "post.mdx").story();
    assertThat(mdx.body()).contains("Prose about sprockets mentions import duties on goods.")
        .contains("import fs from 'node:fs';")
        .doesNotContain("Chart }").doesNotContain("Row,").doesNotContain("export const");
  }

  @Test
  void esmLinesStayInPlainMarkdown() {
    Story story = StoryReader.parse("import this line is prose in a .md file\n".getBytes(), "a.md").story();
    assertThat(story.body()).isEqualTo("import this line is prose in a .md file");
  }

  @Test
  void hugeBodiesAreTruncatedAtTheLimitWithAWarning() {
    String line = "word ".repeat(19) + "word\n";
    StringBuilder text = new StringBuilder("---\ntitle: Huge\n---\n");
    while (text.length() < 20 << 20) {
      text.append(line);
    }
    text.append("tailmarker\n");
    long start = System.nanoTime();
    ParsedFile parsed = StoryReader.parse(text.toString().getBytes(), "huge.md");
    StoryProblem problem = onlyProblem(parsed);
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.reason()).contains("body longer than " + StoryReader.MAX_BODY_CHARS);
    assertThat(problem.line()).isEqualTo(3 + StoryReader.MAX_BODY_CHARS / line.length());
    assertThat(parsed.story().body()).doesNotContain("tailmarker").hasSizeLessThanOrEqualTo(StoryReader.MAX_BODY_CHARS);
    System.out.printf("20 MB body parsed in %.2f s%n", (System.nanoTime() - start) / 1e9);
  }

  @Test
  void pathologicalNestingSkipsTheFileInsteadOfEndingTheRun() {
    byte[] quotes = ("---\ntitle: Deep\n---\n" + ">".repeat(100_000) + " x\n").getBytes();
    StoryProblem problem = onlyProblem(StoryReader.parse(quotes, "deep.md"));
    assertThat(problem.toString()).isEqualTo("deep.md: Markdown nested too deeply to read");
    assertThat(problem.skipped()).isTrue();
  }

  @Test
  void overlongIdsAndFacetValuesAreLeftOutWithWarnings() {
    String text = "---\ntitle: Long\nid: " + "i".repeat(600) + "\ntags: [ok, " + "t".repeat(40_000)
        + "]\nauthor: " + "a".repeat(9_000) + "\ndomain: " + "d".repeat(1_001) + "\n---\nBody.\n";
    ParsedFile parsed = StoryReader.parse(text.getBytes(), "dir/long.md");
    assertThat(parsed.story().id()).isEqualTo("dir/long");
    assertThat(parsed.story().tags()).containsExactly("ok");
    assertThat(parsed.story().authors()).isEmpty();
    assertThat(parsed.story().domain()).isEmpty();
    assertThat(parsed.problems()).extracting(StoryProblem::toString).containsExactly(
        "dir/long.md:3: id value longer than 512 characters; the path is used instead",
        "dir/long.md:4: tags value longer than 1000 characters; left out",
        "dir/long.md:5: author value longer than 1000 characters; left out",
        "dir/long.md:6: domain value longer than 1000 characters; left out");
  }

  @Test
  void problemsReadAsPathLineReason() {
    List<StoryProblem> problems = read("malformed", "unterminated.md").problems();
    assertThat(problems.get(0).toString()).isEqualTo(
        "unterminated.md:1: front matter opened with '---' on line 1 is never closed");
  }
}
