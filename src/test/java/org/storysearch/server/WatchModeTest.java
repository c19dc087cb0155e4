package org.storysearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.StoryArchive;

/** {@code serve --watch}: changes to the corpus reach the index, and end as a full update would leave it. */
class WatchModeTest {

  /** How long a change may take to show; the target is 2 s, this only keeps a stuck test from hanging. */
  static final long PATIENCE_MILLIS = 20_000;

  @TempDir
  Path work;

  Path corpus;
  Path index;
  ServerClient client;

  @BeforeEach
  void start() throws IOException {
    corpus = work.resolve("corpus");
    index = work.resolve("index");
    copy(Path.of("corpus"), corpus);
    StoryArchive.update(corpus, index);
    client = ServerClient.start(index, options -> options.withWatch(corpus));
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
  }

  @Test
  void addedEditedAndDeletedStoriesAreSearchableOrGoneSoonAfter() throws Exception {
    Path story = corpus.resolve("science/watched.md");
    Files.writeString(story, story("Watched story", "quokkaword appears here"));
    report("added", await(() -> total("quokkaword") == 1));
    Files.writeString(story, story("Watched story", "now it says wombatword instead"));
    report("edited", await(() -> total("wombatword") == 1 && total("quokkaword") == 0));
    Files.delete(story);
    report("deleted", await(() -> total("wombatword") == 0));
    assertThat(client.json("health", 200).get("watch").get("updates").asInt()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aBurstOfAThousandChangesAndAHalfWrittenFileEndAsAFullUpdate() throws Exception {
    for (int i = 0; i < 950; i++) {
      Path file = corpus.resolve("burst/folder" + i % 20 + "/story" + i + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, story("Burst story " + i, "burst body number " + i));
    }
    List<Path> existing = storyFiles(Path.of("business"));
    for (Path file : existing) {
      Files.writeString(corpus.resolve(file), story("Rewritten", "rewritten in the burst"));
    }
    for (Path file : storyFiles(Path.of("culture"))) {
      Files.delete(corpus.resolve(file));
    }
    Path half = corpus.resolve("half.md");
    Files.writeString(half, "---\ntitle: \"Half writ");
    Thread.sleep(CorpusWatcher.QUIET_MILLIS * 3);
    Files.writeString(half, story("Half written then finished", "halfdoneword at last"));
    awaitSameAsFullUpdate();
    assertThat(total("halfdoneword")).isEqualTo(1);
  }

  @Test
  void aDeletedFolderAndAReplacedCorpusFolderEndAsAFullUpdate() throws Exception {
    delete(corpus.resolve("sports"));
    awaitSameAsFullUpdate();
    assertThat(client.json("api/search?domain=sports", 200).get("total").asInt()).isZero();

    // As a checkout does: the folder is renamed away and another one takes its name.
    Path next = work.resolve("corpus.next");
    copy(Path.of("corpus"), next);
    Files.writeString(next.resolve("technology/replaced.md"), story("From the other branch", "branchword"));
    Files.move(corpus, work.resolve("corpus.old"));
    Files.move(next, corpus);
    awaitSameAsFullUpdate();
    assertThat(total("branchword")).isEqualTo(1);
    Files.writeString(corpus.resolve("science/after.md"), story("After the switch", "afterword"));
    await(() -> total("afterword") == 1);
  }

  private void awaitSameAsFullUpdate() throws Exception {
    Path fresh = Files.createTempDirectory(work, "fresh");
    StoryArchive.rebuild(corpus, fresh);
    List<String> expected;
    try (StoryArchive archive = StoryArchive.open(fresh)) {
      expected = new ArrayList<>();
      String after = null;
      do {
        SearchResults page = archive.search(SearchRequest.of("").withLimit(100).withAfter(after));
        page.hits().forEach(hit -> expected.add(hit.id() + " " + hit.title()));
        after = page.nextAfter().isEmpty() ? null : page.nextAfter();
      } while (after != null);
    }
    report("same as a full update", await(() -> served().equals(expected)));
  }

  /** Every story the server serves, newest first, as {@code id title}. */
  private List<String> served() throws Exception {
    List<String> ids = new ArrayList<>();
    String after = "";
    do {
      JsonNode page = client.json("api/search?limit=100&facets=0&after=" + after, 200);
      page.get("hits").forEach(hit -> ids.add(hit.get("id").asText() + " " + hit.get("title").asText()));
      after = URLEncoder.encode(page.get("next_after").asText(), StandardCharsets.UTF_8);
    } while (!after.isEmpty());
    return ids;
  }

  private int total(String query) throws Exception {
    return client.json("api/search?q=" + query + "&fix=false", 200).get("total").asInt();
  }

  private static long await(Callable<Boolean> condition) throws Exception {
    long start = System.nanoTime();
    while (!condition.call()) {
      if (System.nanoTime() - start > PATIENCE_MILLIS * 1_000_000) {
        throw new AssertionError("not seen within " + PATIENCE_MILLIS + " ms");
      }
      Thread.sleep(50);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void report(String what, long millis) {
    System.out.println("watch: " + what + " seen after " + millis + " ms");
  }

  private List<Path> storyFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
      return files.map(corpus::relativize).sorted().toList();
    }
  }

  static String story(String title, String body) {
    return "---\ntitle: \"" + title + "\"\ndomain: science\npublished_at: 2026-01-02\n---\n" + body + "\n";
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
