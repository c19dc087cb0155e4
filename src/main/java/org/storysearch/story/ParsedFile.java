package org.storysearch.story;

import java.util.List;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/**
 * The outcome of reading one file.
 *
 * @param story the story, or {@code null} when the file was skipped
 * @param problems warnings (story kept) or the reason it was skipped
 */
public record ParsedFile(Story story, List<StoryProblem> problems) {

  /** Copies the problems. */
  public ParsedFile {
    problems = List.copyOf(problems);
  }
}
