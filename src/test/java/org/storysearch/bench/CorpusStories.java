package org.storysearch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.storysearch.Story;
import org.storysearch.story.Corpus;
import org.storysearch.story.CorpusFile;
import org.storysearch.story.StoryReader;

/**
 * Reads a corpus in order, a chunk of files at a time, parsed on all cores or on the calling thread; skips files
 * that are not stories.
 */
final class CorpusStories {

  private static final int CHUNK = 1000;

  /** Receives the stories in corpus order. */
  interface Consumer {
    /** Takes one story. */
    void accept(Story story) throws Exception;
  }

  private CorpusStories() {}

  /** Passes every story of {@code corpus} to {@code consumer} in corpus order; {@code parallel} parses on all cores. */
  static void forEach(Path corpus, boolean parallel, Consumer consumer) throws Exception {
    List<CorpusFile> files = Corpus.scan(corpus).files();
    for (int from = 0; from < files.size(); from += CHUNK) {
      List<CorpusFile> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
      List<Story> stories = (parallel ? chunk.parallelStream() : chunk.stream())
          .map(file -> StoryReader.read(file.path(), file.relativePath()).story())
          .filter(Objects::nonNull)
          .toList();
      for (Story story : stories) {
        consumer.accept(story);
      }
    }
  }
}
