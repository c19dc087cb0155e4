package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.SearchRequest;
import org.storysearch.StoryArchive;

/**
 * Word order counts where a reader remembers it: a sentence typed word for word, and words written as one
 * ({@code zero-cost}), rank the story that has them as written above one that has the same words otherwise.
 */
class WordOrderTest {

  private static final String FILLER = "The linker reads object files and libraries, resolves references between "
      + "them and writes an executable image. Options change how it searches libraries and lays out sections. ";

  @TempDir
  static Path corpus;
  @TempDir
  static Path index;
  static StoryArchive archive;

  @BeforeAll
  static void build() throws Exception {
    // Each pair of stories differs only in how the words are written; ties would go to the second by id.
    story("sentence", "Linker errors", FILLER.repeat(2) + "The message says the symbol was defined more than once.");
    story("same-words", "Linker errors", FILLER.repeat(2) + "The message says a symbol defined more than once.");
    story("written-as-one", "Traits", FILLER.repeat(2) + "Traits are zero-cost abstractions.");
    story("apart", "Traits",
        FILLER.repeat(2) + "Traits have zero checks of any kind at run time and no cost. ".repeat(3));
    for (String topic : List.of("sections", "libraries", "images", "references", "searching", "layouts")) {
      story("filler-" + topic, "About " + topic, FILLER + "This page is about " + topic + ".");
    }
    StoryArchive.rebuild(corpus, index);
    archive = StoryArchive.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    archive.close();
  }

  @Test
  void aSentenceTypedWordForWordRanksTheStoryThatHasIt() throws Exception {
    assertThat(ids("symbol was defined more than once")).startsWith("sentence", "same-words");
  }

  @Test
  void wordsWrittenAsOneRankTheStoryThatWritesThemSo() throws Exception {
    assertThat(ids("zero-cost traits")).startsWith("written-as-one", "apart");
  }

  @Test
  void theSameWordsTypedApartStillFindBoth() throws Exception {
    assertThat(ids("zero cost traits")).contains("written-as-one", "apart");
    assertThat(ids("symbol defined once")).contains("sentence", "same-words");
  }

  private static List<String> ids(String query) throws Exception {
    return archive.search(SearchRequest.of(query).withLimit(10)).hits().stream().map(Hit::id).toList();
  }

  private static void story(String id, String title, String body) throws Exception {
    Files.writeString(corpus.resolve(id + ".md"), "---\ntitle: \"" + title + "\"\n---\n\n" + body + "\n");
  }
}
