package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus configuration as the index and {@code check} see it: rebuilds, coverage, the file reported. */
class ArchiveConfigIndexTest {

  @TempDir
  Path dir;
  Path corpus;
  Path index;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    write("guides/a.md", "---\ntitle: A\nms.date: 03/07/2024\nkeywords_x: [k1]\nauthor: Ada Lovelace\n---\nAlpha.\n");
    write("guides/b.md", "---\ntitle: B\nms.date: 03/08/2024\n---\nBeta.\n");
    write("c.md", "# Gamma heading\n\nGamma.\n");
  }

  private void write(String relative, String text) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void configure(String toml) throws IOException {
    Files.writeString(corpus.resolve("storysearch.toml"), toml);
  }

  @Test
  void aChangedConfigurationRebuildsTheIndexAndSaysWhy() throws IOException {
    StoryArchive.update(corpus, index);
    assertThat(StoryArchive.update(corpus, index).rebuilt()).isFalse();

    configure("slash_dates = \"month/day\"\n[fields]\ndate = [\"ms.date\"]\n");
    IndexReport configured = StoryArchive.update(corpus, index);
    assertThat(configured.rebuildReason())
        .isEqualTo("the corpus configuration (storysearch.toml) changed since the last run");
    assertThat(configured.added()).isEqualTo(3);
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.story("guides/a").orElseThrow().publishedAt())
          .isEqualTo(Instant.parse("2024-03-07T00:00:00Z"));
    }
    Files.writeString(corpus.resolve("storysearch.toml"), "# same mapping, new comment\n"
        + "slash_dates = \"month/day\"\nindex = \"elsewhere\"\n[fields]\ndate = [\"ms.date\"]\n");
    assertThat(StoryArchive.update(corpus, index).rebuilt()).as("comments and the index folder change no story")
        .isFalse();

    Files.delete(corpus.resolve("storysearch.toml"));
    IndexReport removed = StoryArchive.update(corpus, index);
    assertThat(removed.rebuilt()).isTrue();
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.story("guides/a").orElseThrow().publishedAt()).isNull();
    }
  }

  @Test
  void aBadConfigurationStopsTheRunBeforeAnythingIsWritten() throws IOException {
    StoryArchive.update(corpus, index);
    configure("[fields]\ndates = [\"ms.date\"]\n");
    assertThatThrownBy(() -> StoryArchive.update(corpus, index)).isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(corpus.resolve("storysearch.toml") + ":2: unknown key 'dates'");
    assertThatThrownBy(() -> StoryArchive.check(corpus)).isInstanceOf(InvalidConfigException.class);
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.stats().stories()).isEqualTo(3);
    }
  }

  @Test
  void checkReportsTheFileItUsedAndCoverageMatchesTheIndex() throws IOException {
    assertThat(StoryArchive.check(corpus).config()).isEmpty();
    configure("slash_dates = \"month/day\"\n[fields]\ndate = [\"ms.date\"]\ntags = [\"keywords_x\"]\n"
        + "domain = \"path:1\"\n");
    CheckReport check = StoryArchive.check(corpus);
    assertThat(check.config()).isEqualTo(corpus.resolve("storysearch.toml").toString());
    Coverage coverage = check.coverage();
    assertThat(coverage.stories()).isEqualTo(3);
    assertThat(Coverage.FIELDS).extracting(coverage::count).containsExactly(2, 2, 1, 1, 2);
    assertThat(coverage.share("date")).isEqualTo(2 / 3.0);
    StoryArchive.update(corpus, index);
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.stats().coverage()).isEqualTo(coverage);
    }
  }
}
