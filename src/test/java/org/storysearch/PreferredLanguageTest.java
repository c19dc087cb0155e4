package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same page in several languages ranks its main-language copy first, whether the main language holds most of
 * the archive's stories or only a few of them (the boost then goes to a different side).
 */
class PreferredLanguageTest {

  @TempDir
  Path corpus;

  @TempDir
  Path index;

  private void story(String name, String lang, String text) throws IOException {
    Files.writeString(corpus.resolve(name + ".md"), "---\ntitle: " + text + "\nlang: " + lang + "\n---\n" + text + "\n");
  }

  /** The same page told in Turkish and German, and (last, so that a tie would not put it first) in English. */
  private void samePageInThreeLanguages() throws IOException {
    story("a-tar", "tr", "tar czf");
    story("b-tar", "de", "tar czf");
    story("c-tar", "en", "tar czf");
  }

  private String firstHit(String query) throws IOException {
    try (StoryArchive archive = StoryArchive.open(index)) {
      SearchResults results = archive.search(SearchRequest.of(query).withFix(false));
      assertThat(results.hits()).hasSize(3);
      return results.hits().get(0).id();
    }
  }

  @Test
  void theMainLanguageHoldingMostStoriesComesFirst() throws IOException {
    samePageInThreeLanguages();
    for (int i = 0; i < 4; i++) {
      story("notes-" + i, "en", "release notes of the week number " + i);
    }
    StoryArchive.rebuild(corpus, index);
    assertThat(firstHit("tar")).isEqualTo("c-tar");
  }

  @Test
  void theMainLanguageNamedForAFewStoriesComesFirst() throws IOException {
    samePageInThreeLanguages();
    for (int i = 0; i < 4; i++) {
      story("notlar-" + i, "tr", "haftanın sürüm notları " + i);
    }
    Files.writeString(corpus.resolve("storysearch.toml"), "lang = \"en\"\n");
    StoryArchive.rebuild(corpus, index);
    assertThat(firstHit("tar")).isEqualTo("c-tar");
  }
}
