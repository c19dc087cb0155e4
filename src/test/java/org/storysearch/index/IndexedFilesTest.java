package org.storysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.IndexReport;
import org.storysearch.ProgressListener;

/** The per-file state an incremental run keeps: recorded, and refreshed when only the timestamp moved. */
class IndexedFilesTest {

  @TempDir
  Path dir;

  private Map<String, IndexedFiles.Entry> state(Path index) throws IOException {
    try (var directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      return IndexedFiles.read(reader);
    }
  }

  @Test
  void aTouchedFileStaysUnchangedAndItsNewTimestampIsRecorded() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = Files.writeString(corpus.resolve("a.md"), "---\ntitle: A\ndate: soon\n---\nText.\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Path index = dir.resolve("index");
    Indexer.update(corpus, null, index, ProgressListener.NONE);
    IndexedFiles.Entry first = state(index).get("a.md");
    assertThat(first.id()).isEqualTo("a");
    assertThat(first.size()).isEqualTo(Files.size(file));
    assertThat(first.modified()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
    assertThat(first.warnings()).hasSize(1);
    assertThat(first.sameFile(first.size(), first.modified())).isTrue();

    Instant touched = Instant.parse("2021-06-01T00:00:00Z");
    Files.setLastModifiedTime(file, FileTime.from(touched));
    IndexReport report = Indexer.update(corpus, null, index, ProgressListener.NONE);
    assertThat(List.of(report.added(), report.updated(), report.deleted(), report.unchanged()))
        .containsExactly(0, 0, 0, 1);
    assertThat(report.problems()).hasSize(1);
    IndexedFiles.Entry refreshed = state(index).get("a.md");
    assertThat(refreshed.modified()).isEqualTo(touched.toEpochMilli());
    assertThat(refreshed.hash()).isEqualTo(first.hash());
    assertThat(refreshed.warnings()).isEqualTo(first.warnings());
  }

  @Test
  void aFileModifiedMomentsBeforeItWasReadIsNotTrustedByItsTimestamp() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = Files.writeString(corpus.resolve("a.md"), "# Fresh\n");
    // A timestamp after the read stands for one within the same clock tick, without depending on timing.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(3600)));
    Path index = dir.resolve("index");
    Indexer.update(corpus, null, index, ProgressListener.NONE);
    IndexedFiles.Entry entry = state(index).get("a.md");
    assertThat(entry.sameFile(entry.size(), entry.modified())).isFalse();
  }

  @Test
  void aFingerprintTellsEditedContentApartFromTheSameContent() {
    byte[] text = "---\ntitle: A\n---\nText.\n".getBytes(StandardCharsets.UTF_8);
    byte[] edited = text.clone();
    edited[edited.length - 2] = '!';
    assertThat(IndexedFiles.fingerprint(text)).hasSize(32).isEqualTo(IndexedFiles.fingerprint(text.clone()))
        .isNotEqualTo(IndexedFiles.fingerprint(edited));
  }
}
