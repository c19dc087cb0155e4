package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open archive follows the commits of an index run made while it is open: searches see a new commit at once,
 * completions once their rebuild (in the background) has finished, answering from the previous commit until then.
 */
class CompletionsAcrossCommitsTest {

  @TempDir
  Path dir;

  private void write(String name, String title) throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus").resolve(name), "---\ntitle: " + title + "\nauthor: Writer\n---\nText.\n");
  }

  private static List<String> titles(StoryArchive archive, String prefix) throws IOException {
    return archive.suggest(prefix, 10).stream().filter(s -> s.kind().equals("title")).map(Suggestion::text).toList();
  }

  /** Completions of {@code prefix} until {@code done} holds (at most 10 s); each answer must be {@code before}'s. */
  private static List<String> awaitTitles(StoryArchive archive, String prefix, List<String> before,
      Predicate<List<String>> done) throws Exception {
    long end = System.nanoTime() + 10_000_000_000L;
    List<String> titles = titles(archive, prefix);
    while (!done.test(titles) && System.nanoTime() < end) {
      assertThat(titles).as("answered from the previous commit meanwhile").isEqualTo(before);
      Thread.sleep(20);
      titles = titles(archive, prefix);
    }
    return titles;
  }

  @Test
  void completionsFollowNewCommitsOfAnOpenArchive() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    write("a.md", "Alpha Orchard");
    StoryArchive.update(corpus, index);
    try (StoryArchive archive = StoryArchive.open(index)) {
      archive.prepareCompletions();
      assertThat(titles(archive, "orch")).containsExactly("Alpha Orchard");
      assertThat(titles(archive, "zebr")).isEmpty();

      write("b.md", "Zebra Finches");
      StoryArchive.update(corpus, index);
      assertThat(archive.search(SearchRequest.of("finches")).total()).as("the next search sees the commit")
          .isEqualTo(1);
      assertThat(awaitTitles(archive, "zebr", List.of(), t -> !t.isEmpty())).containsExactly("Zebra Finches");

      Files.delete(corpus.resolve("a.md"));
      StoryArchive.update(corpus, index);
      assertThat(archive.search(SearchRequest.of("orchard")).total()).isZero();
      assertThat(awaitTitles(archive, "orch", List.of("Alpha Orchard"), List::isEmpty)).isEmpty();
    }
  }
}
