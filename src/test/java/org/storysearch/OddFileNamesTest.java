package org.storysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names with a newline or with bytes that are not UTF-8: unique ids, and unchanged from run to run. */
class OddFileNamesTest {

  @Test
  void aNewlineInAFileNameIsOneStableStory(@TempDir Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("two\nlines.md"), "# Odd\n\nA newline in the name.\n");
    Files.writeString(corpus.resolve("plain.md"), "# Plain\n\nNothing odd.\n");
    assertThat(StoryArchive.update(corpus, dir.resolve("index")).added()).isEqualTo(2);
    IndexReport again = StoryArchive.update(corpus, dir.resolve("index"));
    assertThat(List.of(again.added(), again.deleted(), again.unchanged())).containsExactly(0, 0, 2);
    try (StoryArchive archive = StoryArchive.open(dir.resolve("index"))) {
      Hit hit = archive.search(SearchRequest.of("newline")).hits().get(0);
      assertThat(hit.id()).isEqualTo("two%0Alines").doesNotContain("\n");
    }
  }

  @Test
  void namesThatDifferOnlyInInvalidBytesAreTwoStories(@TempDir Path dir) throws Exception {
    // Java cannot name such a file from a string; the shell writes the bytes. The JVM must read names as UTF-8.
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names are read as UTF-8");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Process shell = new ProcessBuilder("sh", "-c", "printf '# A\\n\\nFirst lantern.\\n' > \"$(printf 'x\\377.md')\"; "
        + "printf '# B\\n\\nSecond lantern.\\n' > \"$(printf 'x\\376.md')\"").directory(corpus.toFile()).start();
    assumeTrue(shell.waitFor() == 0, "sh wrote the files");
    assertThat(StoryArchive.update(corpus, dir.resolve("index")).added()).isEqualTo(2);
    IndexReport again = StoryArchive.update(corpus, dir.resolve("index"));
    assertThat(List.of(again.added(), again.deleted(), again.unchanged())).containsExactly(0, 0, 2);
    try (StoryArchive archive = StoryArchive.open(dir.resolve("index"))) {
      assertThat(archive.search(SearchRequest.of("lantern")).hits()).extracting(Hit::id)
          .containsExactlyInAnyOrder("x%FF", "x%FE");
    }
  }
}
