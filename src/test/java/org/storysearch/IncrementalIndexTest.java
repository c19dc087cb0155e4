package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.index.StoryFields;

/** Incremental updates: only changed files are written, and the result equals a full rebuild. */
class IncrementalIndexTest {

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve("corpus").resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String story(String title, String body) {
    return "---\ntitle: " + title + "\nauthor: Writer\ndate: 2024-01-01\n---\n" + body + "\n";
  }

  private List<String> ids(Path index, String query) throws IOException {
    try (StoryArchive archive = StoryArchive.open(index)) {
      return archive.search(SearchRequest.of(query).withLimit(100)).hits().stream().map(Hit::id).sorted().toList();
    }
  }

  @Test
  void secondRunWritesOnlyWhatChanged() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    write("a.md", story("Alpha", "apples"));
    write("b.md", story("Beta", "bananas"));
    write("c.md", story("Gamma", "cherries"));
    write("d.md", "---\ntitle: Delta\ndate: someday\n---\ndates\n");
    IndexReport first = StoryArchive.update(corpus, index);
    assertThat(first.rebuildReason()).isEqualTo("no index yet");
    assertThat(first.added()).isEqualTo(4);

    write("b.md", story("Beta", "blueberries"));
    Files.delete(corpus.resolve("c.md"));
    write("e.md", story("Epsilon", "elderberries"));
    IndexReport second = StoryArchive.update(corpus, index);
    assertThat(second.rebuilt()).isFalse();
    assertThat(List.of(second.added(), second.updated(), second.deleted(), second.unchanged()))
        .containsExactly(1, 1, 1, 2);
    assertThat(second.indexed()).isEqualTo(4);
    // The warning of the unchanged d.md is reported again without reading it anew.
    assertThat(second.problems()).extracting(StoryProblem::toString)
        .containsExactly("d.md:3: date 'someday' is not a date; left empty");
    assertThat(ids(index, "blueberries")).containsExactly("b");
    assertThat(ids(index, "bananas")).isEmpty();
    assertThat(ids(index, "cherries")).isEmpty();
    assertThat(ids(index, "elderberries")).containsExactly("e");

    IndexReport third = StoryArchive.update(corpus, index);
    assertThat(List.of(third.added(), third.updated(), third.deleted(), third.unchanged()))
        .containsExactly(0, 0, 0, 4);

    Path rebuilt = dir.resolve("rebuilt");
    IndexReport full = StoryArchive.rebuild(corpus, rebuilt);
    assertThat(full.rebuildReason()).isEqualTo("requested");
    for (String query : List.of("writer", "apples", "blueberries", "dates", "elderberries")) {
      assertThat(ids(index, query)).as(query).isEqualTo(ids(rebuilt, query));
    }
  }

  @Test
  void duplicateIdsKeepTheFirstPathAndReportBoth() throws IOException {
    IndexReport report = StoryArchive.rebuild(Path.of("src/test/resources/corpora/duplicates"), dir.resolve("i"));
    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.problems()).extracting(StoryProblem::toString)
        .containsExactly("b-second.md: duplicate id 'same-id' (already used by a-first.md)");
    try (StoryArchive archive = StoryArchive.open(dir.resolve("i"))) {
      assertThat(archive.story("same-id")).map(Story::title).contains("First claim");
    }
  }

  @Test
  void aNewEarlierFileTakesOverAnIdFromAnUnchangedLaterOne() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    write("m.md", "---\nid: shared\ntitle: Later\n---\nlater words\n");
    StoryArchive.update(corpus, index);
    write("a.md", "---\nid: shared\ntitle: Earlier\n---\nearlier words\n");
    IndexReport report = StoryArchive.update(corpus, index);
    assertThat(List.of(report.added(), report.deleted(), report.unchanged())).containsExactly(1, 1, 0);
    assertThat(report.problems()).extracting(StoryProblem::toString)
        .containsExactly("m.md: duplicate id 'shared' (already used by a.md)");
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.story("shared")).map(Story::title).contains("Earlier");
      assertThat(archive.stats().stories()).isEqualTo(1);
    }
  }

  @Test
  void aFileThatTurnsBadLeavesTheIndex() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    write("a.md", story("Alpha", "apples"));
    StoryArchive.update(corpus, index);
    write("a.md", "---\ntitle: never closed\napples\n");
    IndexReport report = StoryArchive.update(corpus, index);
    assertThat(report.deleted()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(ids(index, "apples")).isEmpty();
  }

  @Test
  void aFileWhoseFrontMatterTurnsMalformedStaysFindableByItsBody() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    write("a.md", story("Alpha", "apples"));
    StoryArchive.update(corpus, index);
    write("a.md", "---\ntitle: [broken\n---\napples\n");
    IndexReport report = StoryArchive.update(corpus, index);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.warnings()).isEqualTo(1);
    assertThat(ids(index, "apples")).containsExactly("a");
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRebuiltWithTheReason() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    write("a.md", story("Alpha", "apples"));
    try (var directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document old = new Document();
      old.add(new StoredField(StoryFields.PATH, "a.md"));
      writer.addDocument(old);
      writer.setLiveCommitData(Map.of(StoryFields.SCHEMA_KEY, "1").entrySet());
      writer.commit();
    }
    IndexReport report = StoryArchive.update(corpus, index);
    assertThat(report.rebuildReason()).isEqualTo("the index has schema version 1, this storysearch writes version "
        + StoryFields.SCHEMA_VERSION);
    assertThat(report.added()).isEqualTo(1);
    assertThat(ids(index, "apples")).containsExactly("a");
  }

  @Test
  void overlongValuesDoNotBreakTheIndexRun() throws IOException {
    write("long.md", "---\ntitle: Long\nid: " + "i".repeat(40_000) + "\ntags: [" + "t".repeat(40_000)
        + "]\nauthor: " + "a".repeat(9_000) + "\n---\nlongbody\n");
    IndexReport report = StoryArchive.rebuild(dir.resolve("corpus"), dir.resolve("index"));
    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.warnings()).isEqualTo(3);
    assertThat(ids(dir.resolve("index"), "longbody")).containsExactly("long");
  }

  @Test
  void everyTestCorpusFileIsIndexedOrReported() throws IOException {
    Path corpora = Path.of("src/test/resources/corpora");
    long files;
    try (var walk = Files.walk(corpora)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().matches(".*\\.(md|mdx|markdown)$")).count();
    }
    IndexReport report = StoryArchive.rebuild(corpora, dir.resolve("all"));
    assertThat(report.indexed() + report.skipped()).isEqualTo(files);
    assertThat(report.skipped()).isGreaterThanOrEqualTo(3);
    assertThat(report.skipped() + report.warnings()).isGreaterThanOrEqualTo(9);
  }
}
