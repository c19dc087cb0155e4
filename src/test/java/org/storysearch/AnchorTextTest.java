package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Of two pages holding a query's words alike, the one other stories link to with those words comes first; the
 * bonus goes with the linking story, and never makes a story match words it does not hold.
 */
class AnchorTextTest {

  @TempDir
  Path corpus;

  @TempDir
  Path index;

  private void story(String path, String title, String body) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: \"" + title + "\"\n---\n" + body + "\n");
  }

  @BeforeEach
  void twins() throws IOException {
    story("errors/r6035.md", "Runtime error R6035",
        "A module's security cookie was overwritten: a stack overrun. The cookie sits on the stack.");
    story("reference/gs.md", "The GS compiler option",
        "The option puts a security cookie on the stack, checked on return, to catch a stack overrun early.");
    story("guide/start.md", "Getting started", "Turn on the [stack cookie guard](../reference/gs.md) in "
        + "every build, and read [the option](/cpp/reference/gs) before you release.");
    // Other stories, so that the query's words are rare enough to be worth something.
    for (int i = 1; i <= 6; i++) {
      story("notes/week-" + i + ".md", "Release notes " + i, "What changed in week " + i + " of the project.");
    }
  }

  private List<Hit> hits(String query) throws IOException {
    try (StoryArchive archive = StoryArchive.open(index)) {
      return archive.search(SearchRequest.of(query).withFix(false).withExplain(true)).hits();
    }
  }

  @Test
  void thePageOthersLinkToWithTheWordsComesFirst() throws IOException {
    StoryArchive.rebuild(corpus, index);
    List<Hit> hits = hits("security cookie stack overrun");
    assertThat(hits).extracting(Hit::id).startsWith("reference/gs", "errors/r6035");
    assertThat(hits.get(0).explanation()).extracting(Contribution::word).contains("(links to it)");
    assertThat(hits.get(1).explanation()).extracting(Contribution::word).doesNotContain("(links to it)");
  }

  @Test
  void theBonusGoesWithTheLinkingStory() throws IOException {
    StoryArchive.rebuild(corpus, index);
    Files.delete(corpus.resolve("guide/start.md"));
    StoryArchive.update(corpus, index);
    assertThat(hits("security cookie stack overrun")).extracting(Hit::id)
        .containsExactly("errors/r6035", "reference/gs");
  }

  @Test
  void aLinkNeverMakesItsTargetMatchWordsItLacks() throws IOException {
    StoryArchive.rebuild(corpus, index);
    assertThat(hits("guard")).extracting(Hit::id).containsExactly("guide/start");
  }
}
