package org.storysearch.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.StoryArchive;

/** Base of tests that search the sample corpus: indexes {@code corpus/} once per test class. */
abstract class SampleArchiveTest {

  @TempDir
  static Path index;
  static StoryArchive archive;

  @BeforeAll
  static void build() throws Exception {
    StoryArchive.rebuild(Path.of("corpus"), index);
    archive = StoryArchive.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    archive.close();
  }
}
