package org.storysearch.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storysearch.Story;

/**
 * How often the text alone tells a story's language: opentelemetry's stories read under paths without their
 * {@code content/<lang>/} folder, so that detection decides (English the main language, as for an archive that names
 * none), against that folder. Prints the figure; the issue asks for at least 0.97.
 */
class LanguageDetectionAccuracyTest {

  private static final Path CONTENT = Path.of("../shared/corpora/opentelemetry/content");

  @Test
  void opentelemetryBodiesAreToldTheirFoldersLanguage() throws IOException {
    assumeTrue(Files.isDirectory(CONTENT), "../shared/corpora is not here");
    Map<String, int[]> perFolder = new TreeMap<>();
    Corpus corpus = Corpus.scan(CONTENT);
    long started = System.nanoTime();
    for (CorpusFile file : corpus.files()) {
      String folder = file.relativePath().substring(0, file.relativePath().indexOf('/'));
      Story story = StoryReader.read(file.path(), "docs/" + file.relativePath()).story();
      if (story != null) {
        int[] counts = perFolder.computeIfAbsent(folder, f -> new int[2]);
        counts[0] += story.lang().equals(folder) ? 1 : 0;
        counts[1]++;
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    int right = perFolder.values().stream().mapToInt(counts -> counts[0]).sum();
    int all = perFolder.values().stream().mapToInt(counts -> counts[1]).sum();
    StringBuilder line = new StringBuilder();
    perFolder.forEach((folder, counts) -> line.append(' ').append(folder).append(' ').append(counts[0]).append('/')
        .append(counts[1]));
    System.out.printf("language detection on opentelemetry: %d/%d = %.4f (%d ms to read them);%s%n", right, all,
        (double) right / all, millis, line);
    assertThat(StoryLanguage.fromPath("docs/" + corpus.files().getFirst().relativePath())).isEmpty();
    assertThat((double) right / all).isGreaterThanOrEqualTo(0.97);
  }
}
