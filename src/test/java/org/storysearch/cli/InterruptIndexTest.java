package org.storysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.json.Json;

/**
 * Ctrl-C during {@code storysearch index}, sent as SIGINT to a real process: one line, exit 130, the index as it
 * was, and no files of the stopped run left for {@code stats} to count.
 */
class InterruptIndexTest {

  private static final int STORIES = 3000;

  @TempDir
  Path dir;

  @Test
  void ctrlCStopsTheRunAndLeavesTheIndexAsItWas() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "perl resets SIGINT for the child");
    Path[] corpus = {GeneratedCorpus.write(dir.resolve("v1"), STORIES, 1),
        GeneratedCorpus.write(dir.resolve("v2"), STORIES, 2)};
    Path index = dir.resolve("index");
    long started = System.nanoTime();
    StorySearchProcess.Result first = StorySearchProcess.run(dir.resolve("log-first"), "index", "--corpus",
        corpus[0].toString(), "--index", index.toString());
    long fullRunMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(first.code()).as(first.err()).isZero();

    // A run that ends before the signal has updated the index; the next attempt then goes back to the other version.
    int holds = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      Set<String> before = commitFiles(index);
      long sizeBefore = sizeBytes(index, attempt);
      Path logs = dir.resolve("log-" + attempt);
      List<String> command = new ArrayList<>(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV"));
      command.addAll(StorySearchProcess.command("index", "--rebuild", "--corpus", corpus[1 - holds].toString(),
          "--index", index.toString()));
      Process process = StorySearchProcess.start(logs, command);
      if (process.waitFor(fullRunMillis / 2, TimeUnit.MILLISECONDS)) {
        assertThat(process.exitValue()).isZero();
        holds = 1 - holds;
        continue;
      }
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
      assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
      StorySearchProcess.Result result = StorySearchProcess.result(logs, process.exitValue());
      if (result.code() == 0) {
        holds = 1 - holds;
        continue;
      }
      assertThat(result.code()).as(result.err()).isEqualTo(130);
      assertThat(result.err()).isEqualTo("storysearch: interrupted; the index is as it was before this run\n");
      assertThat(result.out()).isEmpty();
      assertThat(commitFiles(index)).isEqualTo(before);
      try (Stream<Path> files = Files.list(index)) {
        Set<String> present = new TreeSet<>(files.map(file -> file.getFileName().toString()).toList());
        present.remove(IndexWriter.WRITE_LOCK_NAME);
        assertThat(present).as("files of the stopped run").isEqualTo(before);
      }
      assertThat(sizeBytes(index, attempt + 10)).isEqualTo(sizeBefore);
      StorySearchProcess.Result search = StorySearchProcess.run(dir.resolve("log-search"), "search", "--json",
          "--limit", "1000", "--index", index.toString(), GeneratedCorpus.QUERY);
      assertThat(search.code()).as(search.err()).isZero();
      assertThat(Json.MAPPER.readTree(search.out()).get("total").asInt())
          .isEqualTo(GeneratedCorpus.matching(STORIES, holds + 1).size());
      return;
    }
    throw new AssertionError("every run ended before the signal (full run: " + fullRunMillis + " ms)");
  }

  private static Set<String> commitFiles(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      return new TreeSet<>(SegmentInfos.readLatestCommit(directory).files(true));
    }
  }

  private long sizeBytes(Path index, int run) throws IOException, InterruptedException {
    StorySearchProcess.Result stats = StorySearchProcess.run(dir.resolve("log-stats-" + run), "stats", "--json",
        "--index", index.toString());
    assertThat(stats.code()).as(stats.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(stats.out());
    return root.get("size_bytes").asLong();
  }
}
