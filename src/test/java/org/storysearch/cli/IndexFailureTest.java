package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/** A locked, corrupt or unwritable index: one line, exit 3, the previous index intact; searches during a run. */
class IndexFailureTest {

  private static final int STORIES = 400;

  @TempDir
  Path dir;

  private Path corpus(int version) throws IOException {
    Path root = dir.resolve("v" + version);
    return Files.isDirectory(root) ? root : GeneratedCorpus.write(root, STORIES, version);
  }

  private Path indexOfVersionOne() throws IOException {
    Path index = dir.resolve("index");
    StoryArchive.rebuild(corpus(1), index);
    return index;
  }

  private static Set<String> matches(StoryArchive archive) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Hit hit : archive.search(SearchRequest.of(GeneratedCorpus.QUERY).withLimit(STORIES)).hits()) {
      ids.add(hit.id());
    }
    return ids;
  }

  private static Set<String> matches(Path index) throws IOException {
    try (StoryArchive archive = StoryArchive.open(index)) {
      return matches(archive);
    }
  }

  private static void assertOneLine(StorySearchProcess.Result result, String start) {
    assertThat(result.code()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).startsWith(start).doesNotContain("\tat ").endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void aSecondWriterIsRefusedAtOnceWhileSearchesGoOn() throws Exception {
    Path index = indexOfVersionOne();
    try (Directory directory = FSDirectory.open(index);
        IndexWriter holder = new IndexWriter(directory, new IndexWriterConfig())) {
      StorySearchProcess.Result second = StorySearchProcess.run(dir.resolve("log-index"), "index", "--corpus",
          corpus(2).toString(), "--index", index.toString());
      assertOneLine(second, "storysearch: index is locked by another process (" + index);
      StorySearchProcess.Result search = StorySearchProcess.run(dir.resolve("log-search"), "search", "--index",
          index.toString(), GeneratedCorpus.QUERY);
      assertThat(search.code()).as(search.err()).isZero();
      holder.rollback();
    }
    assertThat(matches(index)).isEqualTo(GeneratedCorpus.matching(STORIES, 1));
  }

  @Test
  void aCorruptIndexGivesOneLineNamingTheIndexAndHowToRebuild() throws Exception {
    Path index = indexOfVersionOne();
    Path segments;
    try (Stream<Path> files = Files.list(index)) {
      segments = files.filter(file -> file.getFileName().toString().startsWith("segments_")).findFirst()
          .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(segments);
    Files.write(segments, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    String damaged = "storysearch: index at " + index + " is damaged or unreadable (";
    assertOneLine(StorySearchProcess.run(dir.resolve("log-index"), "index", "--corpus", corpus(1).toString(),
        "--index", index.toString()), damaged);
    StorySearchProcess.Result search = StorySearchProcess.run(dir.resolve("log-search"), "search", "--index",
        index.toString(), GeneratedCorpus.QUERY);
    assertOneLine(search, damaged);
    assertThat(search.err()).contains("storysearch index --rebuild --corpus DIR --index " + index);
    StorySearchProcess.Result rebuild = StorySearchProcess.run(dir.resolve("log-rebuild"), "index", "--rebuild",
        "--corpus", corpus(1).toString(), "--index", index.toString());
    assertThat(rebuild.code()).as(rebuild.err()).isZero();
    assertThat(matches(index)).isEqualTo(GeneratedCorpus.matching(STORIES, 1));
  }

  @Test
  void anUnwritableIndexFolderFailsClearlyAndKeepsThePreviousIndex() throws Exception {
    Path index = indexOfVersionOne();
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
    // Root ignores permissions; the immutable attribute stops root too, where the file system has it.
    boolean immutable = Files.isWritable(index) && chattr("+i", index);
    try {
      assumeTrue(!Files.isWritable(index), "cannot make a folder read-only for this user");
      StorySearchProcess.Result result = StorySearchProcess.run(dir.resolve("log"), "index", "--rebuild",
          "--corpus", corpus(2).toString(), "--index", index.toString());
      assertOneLine(result, "storysearch: cannot write the index at " + index + " (the folder is not writable); "
          + "the previous index is unchanged");
    } finally {
      if (immutable) {
        chattr("-i", index);
      }
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertThat(matches(index)).isEqualTo(GeneratedCorpus.matching(STORIES, 1));
  }

  @Test
  void aFullDiskFailsClearlyAndKeepsThePreviousIndex() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", small.toString()),
        "cannot mount a size-limited folder here (needs root)");
    try {
      Path index = small.resolve("index");
      StoryArchive.rebuild(corpus(1), index);
      Path big = dir.resolve("big");
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < 300; i++) {
        StringBuilder words = new StringBuilder("---\ntitle: Big ").append(i).append("\n---\n");
        for (int w = 0; w < 5000; w++) {
          words.append(Integer.toString(random.nextInt(1 << 30), 36)).append(w % 12 == 11 ? "\n" : " ");
        }
        Files.createDirectories(big);
        Files.writeString(big.resolve("big-" + i + ".md"), words);
      }
      StorySearchProcess.Result result = StorySearchProcess.run(dir.resolve("log"), "index", "--rebuild",
          "--corpus", big.toString(), "--index", index.toString());
      assertOneLine(result, "storysearch: cannot write the index at " + index + " (");
      assertThat(result.err()).contains("the previous index is unchanged");
      assertThat(matches(index)).isEqualTo(GeneratedCorpus.matching(STORIES, 1));
    } finally {
      if (!command("umount", small.toString())) {
        command("umount", "-l", small.toString());
      }
    }
  }

  @Test
  void searchesKeepWorkingDuringARunAndSeeTheNewCommitWithoutReopening() throws Exception {
    Path index = indexOfVersionOne();
    Set<String> before = GeneratedCorpus.matching(STORIES, 1);
    Set<String> after = GeneratedCorpus.matching(STORIES, 2);
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(matches(archive)).isEqualTo(before);
      Process run = StorySearchProcess.start(dir.resolve("log-index"), "index", "--rebuild", "--corpus",
          corpus(2).toString(), "--index", index.toString());
      int searches = 0;
      while (run.isAlive()) {
        assertThat(matches(archive)).isIn(before, after);
        searches++;
      }
      StorySearchProcess.Result result = StorySearchProcess.result(dir.resolve("log-index"), run.waitFor());
      assertThat(result.code()).as(result.err()).isZero();
      assertThat(searches).isPositive();
      assertThat(matches(archive)).isEqualTo(after);
    }
  }

  private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
    return command("chattr", flag, path.toString());
  }

  /** Runs a system command; whether it exists and succeeded. */
  private static boolean command(String... command) throws IOException, InterruptedException {
    try {
      Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException noChattr) {
      return false;
    }
  }
}
