package org.storysearch;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** What the library's hostile-input tests search: the sample corpus and {@link HostileArchives#plain}, both open. */
abstract class HostileArchiveTests {

  @TempDir
  static Path dir;

  static StoryArchive sample;
  static StoryArchive plain;

  @BeforeAll
  static void build() throws IOException {
    StoryArchive.rebuild(SampleCorpus.DIR, dir.resolve("sample"));
    StoryArchive.rebuild(HostileArchives.plain(dir.resolve("plain-corpus")), dir.resolve("plain"));
    sample = StoryArchive.open(dir.resolve("sample"));
    plain = StoryArchive.open(dir.resolve("plain"));
  }

  @AfterAll
  static void close() throws IOException {
    try (StoryArchive first = sample; StoryArchive second = plain) {
      // Both closed, the second even when closing the first fails.
    }
  }
}
