package org.storysearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.IndexUnavailableException;
import org.storysearch.StoryArchive;

class SchemaVersionTest {

  @Test
  void anIndexOfAnotherSchemaVersionMustBeRebuilt(@TempDir Path index) throws IOException {
    StoryArchive.rebuild(Path.of("src/test/resources/corpora/escaping"), index);
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.stats().schemaVersion()).isEqualTo(StoryFields.SCHEMA_VERSION);
    }
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(StoryFields.analyzer()))) {
      writer.setLiveCommitData(Map.of(StoryFields.SCHEMA_KEY, "0").entrySet());
      writer.commit();
    }
    assertThatThrownBy(() -> StoryArchive.open(index))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("schema version 0")
        .hasMessageContaining("rebuild")
        .extracting(e -> ((IndexUnavailableException) e).reason()).isEqualTo(IndexUnavailableException.Reason.OUTDATED);
  }
}
