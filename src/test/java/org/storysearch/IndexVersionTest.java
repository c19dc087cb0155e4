package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoryArchive#version()}: the commit an open archive sees, and when it was written. */
class IndexVersionTest {

  @TempDir
  Path corpus;

  @TempDir
  Path index;

  @Test
  void aNewCommitIsSeenWithALargerGenerationAndItsTime() throws IOException {
    Files.writeString(corpus.resolve("a.md"), "---\ntitle: First\n---\nbody one\n");
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    StoryArchive.update(corpus, index);
    try (StoryArchive archive = StoryArchive.open(index)) {
      IndexVersion first = archive.version();
      assertThat(first.stories()).isEqualTo(1);
      assertThat(first.committedAt()).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now());
      assertThat(archive.version()).as("no new commit, same version").isEqualTo(first);

      Files.writeString(corpus.resolve("b.md"), "---\ntitle: Second\n---\nbody two\n");
      StoryArchive.update(corpus, index);
      IndexVersion second = archive.version();
      assertThat(second.generation()).isGreaterThan(first.generation());
      assertThat(second.committedAt()).isAfterOrEqualTo(first.committedAt());
      assertThat(second.stories()).isEqualTo(2);
    }
  }
}
