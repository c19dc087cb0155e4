package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.SearchRequest;
import org.storysearch.Snippet;
import org.storysearch.StoryArchive;
import org.storysearch.story.StoryReader;

/** A match anywhere in a long body, up to the body limit, gets a passage with the match marked. */
class LongBodySnippetsTest {

  @TempDir
  static Path corpus;
  @TempDir
  static Path index;

  private static final int[] OFFSETS = {10_500, 100_000, 1_000_000, StoryReader.MAX_BODY_CHARS - 2_000};

  @BeforeAll
  static void build() throws IOException {
    for (int offset : OFFSETS) {
      Files.writeString(corpus.resolve("long-" + offset + ".md"),
          "---\ntitle: Long story\n---\n" + filler(offset) + "Here the word marker" + offset + " appears once.\n"
              + filler(500));
    }
    StoryArchive.rebuild(corpus, index);
  }

  /** Prose-like text of about {@code length} characters, in sentences and paragraphs, none of it a marker. */
  private static String filler(int length) {
    StringBuilder text = new StringBuilder(length + 100);
    for (int i = 0; text.length() < length; i++) {
      text.append("Sentence number ").append(i).append(" talks about rivers and hills.");
      text.append(i % 7 == 6 ? "\n\n" : " ");
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {10_500, 100_000, 1_000_000, StoryReader.MAX_BODY_CHARS - 2_000})
  void aMatchFarIntoTheBodyIsShownAndMarked(int offset) throws IOException {
    try (StoryArchive archive = StoryArchive.open(index)) {
      List<Hit> hits = archive.search(SearchRequest.of("marker" + offset)).hits();
      assertThat(hits).hasSize(1);
      List<Snippet> snippets = hits.get(0).snippets();
      assertThat(snippets).isNotEmpty();
      Snippet snippet = snippets.get(0);
      assertThat(snippet.text()).contains("the word marker" + offset + " appears once");
      assertThat(snippet.marks()).extracting(mark -> snippet.text().substring(mark.start(), mark.end()))
          .containsExactly("marker" + offset);
    }
  }
}
