package org.storysearch;

import java.util.Objects;

/**
 * A problem found in one corpus file: the story was skipped, or indexed with a warning.
 *
 * @param path the file, as given to the reader (corpus-relative where possible)
 * @param line 1-based line of the problem, or 0 when it has no line
 * @param reason what is wrong, in one line
 * @param skipped whether the file was left out of the index (otherwise it was indexed with a warning)
 */
public record StoryProblem(String path, int line, String reason, boolean skipped) {

  /** Validates the fields. */
  public StoryProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0");
    }
  }

  /** The problem as {@code path:line: reason} (without the line when there is none). */
  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
  }
}
