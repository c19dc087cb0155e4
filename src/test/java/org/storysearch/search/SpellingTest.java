package org.storysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.StoryArchive;

/** Did-you-mean for a word that exists, but rarely, next to a much more common spelling. */
class SpellingTest {

  @TempDir
  Path dir;

  @Test
  void rareWordWithFewHitsGetsTheCommonSpellingSuggested() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(corpus.resolve("weather-" + i + ".md"),
          "---\ntitle: \"Report " + i + "\"\n---\n\nThe weather turned cold on day " + i + ".\n");
    }
    Files.writeString(corpus.resolve("typo.md"), "---\ntitle: \"Typo\"\n---\n\nWhether or not, the wether held.\n");
    Path index = dir.resolve("index");
    StoryArchive.rebuild(corpus, index);
    try (StoryArchive archive = StoryArchive.open(index)) {
      SearchResults rare = archive.search(SearchRequest.of("wether"));
      assertThat(rare.total()).isEqualTo(1);
      assertThat(rare.didYouMean()).isEqualTo("weather");
      assertThat(rare.corrected()).isFalse();
      // Enough hits: a word that exists is left alone.
      assertThat(archive.search(SearchRequest.of("weather")).didYouMean()).isEmpty();
      assertThat(archive.search(SearchRequest.of("cold")).didYouMean()).isEmpty();
    }
  }
}
