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

  @BeforeEach
  void twins() throws IOException {
    LinkedArchive.write(corpus);
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
    Files.delete(corpus.resolve(LinkedArchive.LINKING));
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
