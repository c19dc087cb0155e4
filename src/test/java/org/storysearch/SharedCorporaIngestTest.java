package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real archives in {@code ../shared/corpora}: every file indexed or reported, and the cost of an incremental
 * update after one change against a full rebuild (printed, never asserted). Skipped where the corpora are absent.
 */
class SharedCorporaIngestTest {

  private static final Path CORPORA = Path.of("../shared/corpora");

  @TempDir
  Path dir;

  private static Path corpus(String name) {
    Path corpus = CORPORA.resolve(name);
    assumeTrue(Files.isDirectory(corpus), "../shared/corpora/" + name + " is not here");
    return corpus;
  }

  private static long storyFiles(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).filter(file -> {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".mdx") || name.endsWith(".markdown");
      }).count();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nodejs-blog", "opentelemetry", "rust-blog"})
  void everyFileIsIndexedOrReported(String name) throws IOException {
    Path corpus = corpus(name);
    IndexReport report = StoryArchive.rebuild(corpus, dir.resolve("index"));
    CheckReport check = StoryArchive.check(corpus);
    System.out.printf("%s: %d files, %d indexed, %d skipped, %d warnings; check: %d hygiene findings%n", name,
        storyFiles(corpus), report.indexed(), report.skipped(), report.warnings(), check.issues().size());
    assertThat(report.indexed() + report.skipped()).isEqualTo(storyFiles(corpus));
    assertThat(check.stories()).isEqualTo(report.indexed());
    assertThat(check.problems()).isEqualTo(report.problems());
  }

  @Test
  void oneChangedFileUpdatesInAFractionOfAFullRebuild() throws IOException {
    Path source = corpus("cpp-docs");
    Path corpus = dir.resolve("cpp-docs");
    copy(source, corpus);
    Path index = dir.resolve("index");
    IndexReport full = StoryArchive.rebuild(corpus, index);
    assertThat(full.indexed() + full.skipped()).isEqualTo(storyFiles(source));
    Path changed;
    try (Stream<Path> files = Files.walk(corpus)) {
      changed = files.filter(file -> file.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(changed, "\nzanzibarquux appended.\n", StandardOpenOption.APPEND);
    IndexReport update = StoryArchive.update(corpus, index);
    assertThat(List.of(update.added(), update.updated(), update.deleted())).containsExactly(0, 1, 0);
    assertThat(update.unchanged()).isEqualTo(full.indexed() - 1);
    try (StoryArchive archive = StoryArchive.open(index)) {
      assertThat(archive.search(SearchRequest.of("zanzibarquux")).total()).isEqualTo(1);
    }
    System.out.printf("cpp-docs (%d stories): full rebuild %.2f s, update after one changed file %.2f s%n",
        full.indexed(), full.seconds(), update.seconds());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
