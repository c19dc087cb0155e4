package org.storysearch.story;

import java.util.List;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/**
 * The outcome of reading one file.
 *
 * @param story the story, or {@code null} when the file was skipped
 * @param problems warnings (story kept) or the reason it was skipped
 * @param missing the core front matter fields the file does not set, of {@code title}, {@code author} and
 *     {@code date}; empty when skipped
 */
public record ParsedFile(Story story, List<StoryProblem> problems, List<String> missing) {

  /** Copies the lists. */
  public ParsedFile {
    problems = List.copyOf(problems);
    missing = List.copyOf(missing);
  }

  /** A skipped file with one reason. */
  static ParsedFile skipped(String path, int line, String reason) {
    return new ParsedFile(null, List.of(new StoryProblem(path, line, reason, true)), List.of());
  }
}
