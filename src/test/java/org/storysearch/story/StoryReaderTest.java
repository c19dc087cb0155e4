package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

class StoryReaderTest {

  private static ParsedFile parse(String text, String path) {
    return StoryReader.parse(text.getBytes(StandardCharsets.UTF_8), path);
  }

  private static Story story(String text) {
    ParsedFile parsed = parse(text, "dir/some-story.md");
    assertThat(parsed.story()).as("problems: %s", parsed.problems()).isNotNull();
    return parsed.story();
  }

  @Test
  void readsEveryKnownField() {
    Story story = story("""
        ---
        title: "Some headline"
        summary: "One or two sentences."
        author: "Vera Flux"
        author_type: agent
        domain: technology
        domain_name: "Technology"
        status: published
        tags: ["Anthropic", "talent war", "AI research"]
        published_at: 2026-06-26T06:19:44.438Z
        url: https://example.org/stories/some-headline
        ---
        Body text.
        """);
    assertThat(story.id()).isEqualTo("dir/some-story");
    assertThat(story.path()).isEqualTo("dir/some-story.md");
    assertThat(story.title()).isEqualTo("Some headline");
    assertThat(story.summary()).isEqualTo("One or two sentences.");
    assertThat(story.authors()).containsExactly("Vera Flux");
    assertThat(story.authorType()).isEqualTo("agent");
    assertThat(story.domain()).isEqualTo("technology");
    assertThat(story.domainName()).isEqualTo("Technology");
    assertThat(story.status()).isEqualTo("published");
    assertThat(story.tags()).containsExactly("Anthropic", "talent war", "AI research");
    assertThat(story.publishedAt()).isEqualTo(Instant.parse("2026-06-26T06:19:44.438Z"));
    assertThat(story.url()).isEqualTo("https://example.org/stories/some-headline");
    assertThat(story.body()).isEqualTo("Body text.");
    assertThat(story.extra()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'[Ada Lovelace](https://example.org/ada) (Acme)'|Ada Lovelace",
      "'[Ada Lovelace](https://example.org/ada) (Acme), [Grace Hopper](https://example.org/grace) (Navy)'|Ada Lovelace;Grace Hopper",
      "['[Ada Lovelace](https://example.org/ada)', Grace Hopper]|Ada Lovelace;Grace Hopper",
      "Tom [and] Jerry|Tom [and] Jerry",
      "'Ada Lovelace, Grace Hopper'|Ada Lovelace;Grace Hopper"})
  void authorsGivenAsMarkdownLinksAreTheLinkedNames(String yaml, String expected) {
    Story story = story("---\ntitle: T\nauthor: " + yaml + "\n---\nBody.\n");
    assertThat(story.authors()).containsExactly(expected.split(";"));
  }

  @Test
  void acceptsTheUsualAliases() {
    Story story = story("""
        ---
        title: Aliased
        description: A summary under another name.
        authors: [Ann One, Bob Two]
        date: 2024-03-07
        categories: [release, security]
        slug: my-slug
        ---
        """);
    assertThat(story.summary()).isEqualTo("A summary under another name.");
    assertThat(story.authors()).containsExactly("Ann One", "Bob Two");
    assertThat(story.publishedAt()).isEqualTo(Instant.parse("2024-03-07T00:00:00Z"));
    assertThat(story.tags()).containsExactly("release", "security");
    assertThat(story.id()).isEqualTo("my-slug");
  }

  @Test
  void splitsACommaSeparatedTagStringAndAcceptsASingleCategory() {
    assertThat(story("---\ntags: \"energy, batteries,  grid storage\"\n---\n").tags())
        .containsExactly("energy", "batteries", "grid storage");
    assertThat(story("---\ncategory: release\n---\n").tags()).containsExactly("release");
    assertThat(story("---\nkeywords: [\"/MT compiler option [C++]\"]\n---\n").tags())
        .containsExactly("/MT compiler option [C++]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2023-04-18T16:07:46.722Z        | 2023-04-18T16:07:46.722Z",
    "'2023-04-18T16:07:46.722Z'      | 2023-04-18T16:07:46.722Z",
    "2023-04-18T16:07:46Z            | 2023-04-18T16:07:46Z",
    "'2023-04-18T16:07:46-07:00'     | 2023-04-18T23:07:46Z",
    "'2023-04-18T16:07:46'           | 2023-04-18T16:07:46Z",
    "'2023-04-18 16:07'              | 2023-04-18T16:07:00Z",
    "2019-11-06                      | 2019-11-06T00:00:00Z",
    "'2019-11-06'                    | 2019-11-06T00:00:00Z",
  })
  void parsesIsoDatesQuotedOrAsYamlTimestamps(String yaml, String expected) {
    assertThat(story("---\ndate: " + yaml + "\n---\n").publishedAt()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void anUnreadableDateIsAWarningNotAFailure() {
    ParsedFile parsed = parse("---\ntitle: T\ndate: yesterday\n---\n", "a.md");
    assertThat(parsed.story()).isNotNull();
    assertThat(parsed.story().publishedAt()).isNull();
    assertThat(parsed.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.skipped()).isFalse();
      assertThat(problem.reason()).contains("yesterday");
    });
  }

  @Test
  void withoutFrontMatterTheTitleComesFromTheFirstHeadingElseTheFileName() {
    ParsedFile withHeading = parse("Intro line.\n\n# The Heading\n\nText.\n", "notes/field-notes.md");
    assertThat(withHeading.story().title()).isEqualTo("The Heading");
    assertThat(withHeading.story().id()).isEqualTo("notes/field-notes");
    ParsedFile bare = parse("Just text.\n", "notes/field-notes.md");
    assertThat(bare.story().title()).isEqualTo("field-notes");
    assertThat(bare.problems()).isEmpty();
  }

  @Test
  void keepsUnknownKeysAsText() {
    Story story = story("---\ntitle: T\nlayout: blog-post\nweight: 3\nextra: {team: compiler}\n---\n");
    assertThat(story.extra()).containsEntry("layout", "blog-post").containsEntry("weight", "3")
        .containsEntry("extra", "{\"team\":\"compiler\"}");
  }

  @Test
  void toleratesBomAndCrlf() {
    Story story = story("\uFEFF---\r\ntitle: Windows\r\ntags: [a]\r\n---\r\nLine one\r\nline two\r\n");
    assertThat(story.title()).isEqualTo("Windows");
    assertThat(story.tags()).containsExactly("a");
    assertThat(story.body()).isEqualTo("Line one line two");
  }

  @Test
  void readsTomlFrontMatter() {
    Story story = story("+++\ntitle = \"Rust 1.0\"\nauthors = [\"Aaron Turon\"]\n\n[extra]\nteam = \"Core\"\n+++\nBody.\n");
    assertThat(story.title()).isEqualTo("Rust 1.0");
    assertThat(story.authors()).containsExactly("Aaron Turon");
    assertThat(story.extra()).containsEntry("extra", "{\"team\":\"Core\"}");
  }

  @Test
  void malformedYamlIsAWarningWithTheFileLineAndTheBodyIsStillIndexed() {
    ParsedFile parsed = parse("---\ntitle: ok\ntags: [unclosed\nauthor: x\n---\n# First heading\n\nBody\n",
        "bad/broken.md");
    assertThat(parsed.story().title()).isEqualTo("First heading");
    assertThat(parsed.story().body()).isEqualTo("First heading\n\nBody");
    assertThat(parsed.missing()).containsExactly("title", "author", "date");
    StoryProblem problem = parsed.problems().get(0);
    assertThat(problem.skipped()).isFalse();
    assertThat(problem.line()).isBetween(3, 5);
    assertThat(problem.toString()).startsWith("bad/broken.md:" + problem.line() + ": malformed YAML front matter")
        .endsWith("; the story is indexed from its body").doesNotContain("\n");
  }

  @Test
  void aStoryWithMalformedFrontMatterAndNoHeadingIsTitledByItsFileName() {
    ParsedFile parsed = parse("---\naliases:\n  - %\n---\nJust prose.\n", "docs/core-command.md");
    assertThat(parsed.story().title()).isEqualTo("core-command");
    assertThat(parsed.story().body()).isEqualTo("Just prose.");
    assertThat(parsed.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.skipped()).isFalse();
      assertThat(problem.line()).isEqualTo(3);
    });
  }

  @Test
  void unterminatedFrontMatterIsSkippedWithAReason() {
    ParsedFile parsed = parse("---\ntitle: never closed\n\nBody\n", "open.md");
    assertThat(parsed.story()).isNull();
    assertThat(parsed.problems().get(0).toString()).isEqualTo(
        "open.md:1: front matter opened with '---' on line 1 is never closed");
  }

  @Test
  void frontMatterThatIsNotAMappingIsAWarning() {
    ParsedFile parsed = parse("---\n- just\n- a list\n---\nText.\n", "list.md");
    assertThat(parsed.story().body()).isEqualTo("Text.");
    assertThat(parsed.problems().get(0).reason()).contains("not a set of key: value pairs");
    assertThat(parsed.problems().get(0).skipped()).isFalse();
  }
}
