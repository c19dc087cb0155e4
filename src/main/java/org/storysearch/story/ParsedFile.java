package org.storysearch.story;

import java.util.ArrayList;
import java.util.List;
import org.storysearch.Coverage;
import org.storysearch.Story;
import org.storysearch.StoryProblem;

/**
 * The outcome of reading one file.
 *
 * @param story the story, or {@code null} when the file was skipped
 * @param problems warnings (story kept) or the reason it was skipped
 * @param missing the core fields the file does not give, of {@code title}, {@code author} and {@code date} (a title
 *     taken from a heading counts as missing, a date taken from the path does not); empty when skipped
 * @param anchors the story's links to other stories of the archive; empty when skipped
 */
public record ParsedFile(Story story, List<StoryProblem> problems, List<String> missing, List<Links.Anchor> anchors) {

  /** Copies the lists. */
  public ParsedFile {
    problems = List.copyOf(problems);
    missing = List.copyOf(missing);
    anchors = List.copyOf(anchors);
  }

  /**
   * The fields of {@link Coverage} the story has: {@code title} (given, not derived from a heading or the file
   * name), {@code date}, {@code author}, {@code tags} and {@code domain}; empty when skipped.
   */
  public List<String> covered() {
    if (story == null) {
      return List.of();
    }
    List<String> covered = new ArrayList<>(Coverage.FIELDS.size());
    for (String field : Coverage.FIELDS) {
      boolean has = switch (field) {
        case "tags" -> !story.tags().isEmpty();
        case "domain" -> !story.domain().isEmpty();
        default -> !missing.contains(field);
      };
      if (has) {
        covered.add(field);
      }
    }
    return covered;
  }

  /** A skipped file with one reason. */
  static ParsedFile skipped(String path, int line, String reason) {
    return new ParsedFile(null, List.of(new StoryProblem(path, line, reason, true)), List.of(), List.of());
  }
}
