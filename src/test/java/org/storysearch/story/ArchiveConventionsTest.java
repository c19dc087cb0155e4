package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storysearch.Story;

/** Conventions of static-site archives that are read with no configuration. */
class ArchiveConventionsTest {

  private static ParsedFile parse(String text, String path) {
    return StoryReader.parse(text.getBytes(StandardCharsets.UTF_8), path);
  }

  private static Story story(String text, String path) {
    return parse(text, path).story();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "_posts/2015-05-11-traits.md|2015-05-11",
      "blog/2015/05/11/traits.md|2015-05-11",
      "blog/2015/5/1/index.md|2015-05-01",
      "2019-12-31/index.md|2019-12-31",
      "blog/2015/13/40/x.md|",
      "v2015-05-11.md|",
      "notes/traits.md|"})
  void aDateInTheFilesPathDatesAStoryWithoutADateKey(String path, String expected) {
    ParsedFile parsed = parse("---\ntitle: T\n---\nBody.\n", path);
    Instant date = parsed.story().publishedAt();
    if (expected == null) {
      assertThat(date).isNull();
      assertThat(parsed.missing()).contains("date");
    } else {
      assertThat(date).isEqualTo(Instant.parse(expected + "T00:00:00Z"));
      assertThat(parsed.missing()).doesNotContain("date");
      assertThat(parsed.problems()).isEmpty();
    }
  }

  @Test
  void aPathOrSlugKeyHoldingADateDatesTheStoryAndStaysAnExtraField() {
    Story zola = story("+++\npath = \"inside-rust/2021/07/26/1.54.0-prerelease\"\ntitle = \"T\"\n+++\nBody.\n",
        "inside-rust/1.54.0-prerelease.md");
    assertThat(zola.publishedAt()).isEqualTo(Instant.parse("2021-07-26T00:00:00Z"));
    assertThat(zola.extra()).containsEntry("path", "inside-rust/2021/07/26/1.54.0-prerelease");
    Story jekyll = story("---\ntitle: T\nslug: 2014-10-30-release\n---\nBody.\n", "posts/release.md");
    assertThat(jekyll.publishedAt()).isEqualTo(Instant.parse("2014-10-30T00:00:00Z"));
    assertThat(jekyll.id()).isEqualTo("2014-10-30-release");
  }

  @Test
  void aDateKeyWinsOverThePath() {
    Story story = story("---\ntitle: T\ndate: 2020-02-02\n---\nBody.\n", "2015/05/11/x.md");
    assertThat(story.publishedAt()).isEqualTo(Instant.parse("2020-02-02T00:00:00Z"));
  }

  @Test
  void lastmodAndUpdatedAreTheUpdateDateNotThePublicationDate() {
    Story hugo = story("---\ntitle: T\ndate: 2020-02-02\nlastmod: 2021-03-04T10:00:00Z\n---\nBody.\n", "a.md");
    assertThat(hugo.publishedAt()).isEqualTo(Instant.parse("2020-02-02T00:00:00Z"));
    assertThat(hugo.updatedAt()).isEqualTo(Instant.parse("2021-03-04T10:00:00Z"));
    assertThat(hugo.extra()).doesNotContainKey("lastmod");
    Story updated = story("---\ntitle: T\nupdated: 2022-05-06\n---\nBody.\n", "b.md");
    assertThat(updated.publishedAt()).isNull();
    assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2022-05-06T00:00:00Z"));
    assertThat(parse("---\ntitle: T\nupdated: soon\n---\nBody.\n", "c.md").problems())
        .singleElement().satisfies(problem -> assertThat(problem.toString()).isEqualTo(
            "c.md:3: updated 'soon' is not a date; left empty"));
  }

  @Test
  void hugoHeadingIdsAreNotPartOfTitlesHeadingsOrText() {
    Story story = story("""
        # カスタムエクスポーター {#custom-exporters}

        Intro.

        ## Exportadores disponíveis {#available-exporters .wide}

        - item

           ### 最小モードで実行する {#run-in-minimal-mode}

        ```
        let anchor = 1; // {#kept-in-code}
        ```
        """, "docs/exporters.md");
    assertThat(story.title()).isEqualTo("カスタムエクスポーター");
    assertThat(story.headings())
        .containsExactly("カスタムエクスポーター", "Exportadores disponíveis", "最小モードで実行する");
    assertThat(story.body()).doesNotContain("{#custom").doesNotContain("{#available").doesNotContain("{#run")
        .contains("{#kept-in-code}");
    assertThat(story("---\ntitle: Available exporters {#available-exporters}\n---\nBody.\n", "t.md").title())
        .isEqualTo("Available exporters");
  }

  @Test
  void docfxDirectivesAreNotText() {
    Story story = story("""
        ---
        title: Directives
        ---
        Before.

        :::image type="content" source="media/a.png" alt-text="Screenshot of the options pane.":::

        :::image type="complex" source="media/b.png" alt-text="Diagram of the linking."
        The long description of the diagram.
        :::image-end:::

        ::: moniker range=">=msvc-160"
        Text for Visual Studio 2019 and later.
        ::: moniker-end

        :::row:::
           :::column span="2":::
              Cell text.
           :::column-end:::
        :::row-end:::

        > :::image type="content" source="media/c.png" alt-text="Quoted
        > screenshot.":::

        ```cpp
        auto x = D::winrt:::Gamepad;
        :::not-a-directive-in-code:::
        ```
        After.
        """, "docs/directives.md");
    assertThat(story.body()).doesNotContain(":::image").doesNotContain("moniker").doesNotContain(":::row")
        .doesNotContain(":::column").doesNotContain("Screenshot").doesNotContain("long description")
        .contains("Before.").contains("Text for Visual Studio 2019 and later.").contains("Cell text.")
        .contains(":::not-a-directive-in-code:::").contains("D::winrt:::Gamepad").contains("After.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Bethany Nicolle Griggs & Juan José Arboleda|Bethany Nicolle Griggs;Juan José Arboleda",
      "Juan José Arboleda and Bethany Nicolle Griggs|Juan José Arboleda;Bethany Nicolle Griggs",
      "'Rafael Gonzaga, Ruy Adorno'|Rafael Gonzaga;Ruy Adorno",
      "'AugustinMauroy, Richard Lau'|AugustinMauroy;Richard Lau",
      "'Ada Lovelace, Grace Hopper and Mary Somerville'|Ada Lovelace;Grace Hopper;Mary Somerville",
      "'Kyle Strand, Niko Matsakis, and Amanieu d''Antras'|Kyle Strand;Niko Matsakis;Amanieu d'Antras",
      "Niko Matsakis and @mark-i-m|Niko Matsakis;@mark-i-m",
      "'Yosuke Furukawa (@yosuke-furukawa) & Steven Sinatra (@diagramatics)'|Yosuke Furukawa (@yosuke-furukawa);Steven Sinatra (@diagramatics)",
      "'Smith, John'|Smith, John",
      "'Smith, John and Doe, Jane'|Smith, John;Doe, Jane",
      "'Acme, Inc.'|Acme, Inc.",
      "'John Smith, Jr.'|John Smith, Jr.",
      "Smith & Co.|Smith & Co.",
      "Procter & gamble|Procter & gamble",
      "danielleadams|danielleadams",
      "The Rust Release Team|The Rust Release Team",
      "'[Reese Lee, New Relic](https://github.com/reese-lee)'|Reese Lee, New Relic",
      "[Ada Lovelace & Grace Hopper, Ada Lovelace]|Ada Lovelace;Grace Hopper"})
  void authorsJoinedInOneStringAreSplitWhereThePartsAreNames(String yaml, String expected) {
    Story story = story("---\ntitle: T\nauthor: " + yaml + "\n---\nBody.\n", "a.md");
    assertThat(story.authors()).containsExactly(expected.split(";"));
  }
}
