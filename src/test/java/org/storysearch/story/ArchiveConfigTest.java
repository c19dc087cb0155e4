package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.InvalidConfigException;
import org.storysearch.Story;

/** {@code storysearch.toml}: what it maps, and a clear one-line error for anything it cannot be. */
class ArchiveConfigTest {

  private static final String MS_DOCS = """
      # Microsoft Docs keep their metadata under their own names.
      index = "../cpp-index"
      slash_dates = "month/day"

      [fields]
      date = ["ms.date"]
      tags = ["helpviewer_keywords", "f1_keywords"]
      domain = "path:1"
      author = "ms.author"
      updated = ["extra.reviewed"]
      """;

  @TempDir
  Path corpus;

  private ArchiveConfig config(String toml) throws IOException {
    Files.writeString(corpus.resolve(ArchiveConfig.FILE_NAME), toml);
    return ArchiveConfig.load(corpus);
  }

  private static Story story(String text, String path, ArchiveConfig config) {
    return StoryReader.parse(text.getBytes(StandardCharsets.UTF_8), path, config).story();
  }

  @Test
  void aCorpusWithoutTheFileHasNoConfiguration() throws IOException {
    assertThat(ArchiveConfig.load(corpus)).isEqualTo(ArchiveConfig.NONE);
    assertThat(ArchiveConfig.NONE.fingerprint()).isEmpty();
  }

  @Test
  void everyKeyIsRead() throws IOException {
    ArchiveConfig config = config(MS_DOCS);
    assertThat(config.file()).isEqualTo(corpus.resolve("storysearch.toml"));
    assertThat(config.index()).isEqualTo(corpus.resolve("../cpp-index"));
    assertThat(config.slashDates()).isEqualTo(ArchiveConfig.SlashDates.MONTH_FIRST);
    assertThat(config.keys("date")).containsExactly("ms.date");
    assertThat(config.keys("tags")).containsExactly("helpviewer_keywords", "f1_keywords");
    assertThat(config.keys("author")).containsExactly("ms.author");
    assertThat(config.keys("title")).isEmpty();
    assertThat(config.domainFolder()).isEqualTo(1);
  }

  @Test
  void storiesAreReadWithTheMappedKeys() throws IOException {
    ArchiveConfig config = config(MS_DOCS);
    Story story = story("""
        ---
        title: Annotating function behavior
        ms.date: 11/04/2016
        ms.author: corob
        helpviewer_keywords: ["annotations", "SAL"]
        f1_keywords: ["_On_failure_", "SAL"]
        extra: {reviewed: 2020-01-02}
        ---
        Body.
        """, "code-quality/annotating-function-behavior.md", config);
    assertThat(story.publishedAt()).isEqualTo(Instant.parse("2016-11-04T00:00:00Z"));
    assertThat(story.updatedAt()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
    assertThat(story.tags()).containsExactly("annotations", "SAL", "_On_failure_");
    assertThat(story.domain()).isEqualTo("code-quality");
    assertThat(story.authors()).containsExactly("corob");
    assertThat(story.extra()).doesNotContainKeys("ms.date", "ms.author", "helpviewer_keywords", "f1_keywords");
    assertThat(story("---\ntitle: T\nms.date: 13/04/2016\n---\nB\n", "top.md", config).publishedAt())
        .as("a date only valid day-first is still read").isEqualTo(Instant.parse("2016-04-13T00:00:00Z"));
    assertThat(story("---\ntitle: T\ndomain: x\n---\nB\n", "top.md", config).domain())
        .as("a story at the root has no first folder").isEmpty();
  }

  @Test
  void withoutTheConfigurationTheseKeysAreExtraFields() {
    Story story = story("---\ntitle: T\nms.date: 11/04/2016\n---\nBody.\n", "a/b.md", ArchiveConfig.NONE);
    assertThat(story.publishedAt()).isNull();
    assertThat(story.extra()).containsEntry("ms.date", "11/04/2016");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheFileAndLine() throws IOException {
    assertThatThrownBy(() -> config("index = \"i\"\n\n[fields]\ndate = [\"ms.date\"]\ntgas = [\"x\"]\n"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(corpus.resolve("storysearch.toml") + ":5: unknown key 'tgas' in [fields] (known: author, date,"
            + " domain, summary, tags, title, updated)");
    assertThatThrownBy(() -> config("# defaults\nindex_dir = \"i\"\n"))
        .hasMessage(corpus.resolve("storysearch.toml") + ":2: unknown key 'index_dir' (known: fields, index,"
            + " lang, slash_dates)");
    assertThatThrownBy(() -> config("[feilds]\ndate = \"d\"\n"))
        .hasMessageStartingWith(corpus.resolve("storysearch.toml") + ":1: unknown key 'feilds'");
  }

  @Test
  void badValuesAndBadTomlAreOneLineErrors() throws IOException {
    assertThatThrownBy(() -> config("[fields]\ntags = [1, 2]\n"))
        .hasMessage(corpus.resolve("storysearch.toml") + ":2: 'tags' must be a front matter key or a list of them");
    assertThatThrownBy(() -> config("[fields]\ndomain = \"path:0\"\n"))
        .hasMessage(corpus.resolve("storysearch.toml") + ":2: 'domain' must be \"path:N\" with N from 1 to 99, or"
            + " front matter keys");
    assertThatThrownBy(() -> config("slash_dates = \"mm/dd\"\n"))
        .hasMessageStartingWith(corpus.resolve("storysearch.toml") + ":1: 'slash_dates' must be");
    assertThatThrownBy(() -> config("[fields]\ndate = [\"ms.date\"\n"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(corpus.resolve("storysearch.toml") + ":")
        .hasMessageContaining("malformed TOML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void theFingerprintFollowsWhatStoriesDependOnNotCommentsOrTheIndexFolder() throws IOException {
    String base = config(MS_DOCS).fingerprint();
    assertThat(base).hasSize(32);
    assertThat(config("# another comment\n" + MS_DOCS.replace("../cpp-index", "elsewhere")).fingerprint())
        .isEqualTo(base);
    assertThat(config(MS_DOCS.replace("\"f1_keywords\"", "\"keywords\"")).fingerprint()).isNotEqualTo(base);
    assertThat(config(MS_DOCS.replace("month/day", "day/month")).fingerprint()).isNotEqualTo(base);
  }

  @Test
  void theConfigurationFileIsNotAStory() throws IOException {
    config(MS_DOCS);
    Files.writeString(corpus.resolve("a.md"), "# A\n");
    assertThat(Corpus.scan(corpus).files()).extracting(CorpusFile::relativePath).containsExactly("a.md");
  }
}
