package org.storysearch;

import java.util.Objects;

/**
 * A story id with its retrieval score, as ranked without snippets or facets ({@link StoryArchive#rank}).
 *
 * @param id story id
 * @param score retrieval score
 */
public record RankedStory(String id, float score) {
  /** Checks the id. */
  public RankedStory {
    Objects.requireNonNull(id, "id");
  }
}
