package org.storysearch.search;

import java.util.Objects;

/**
 * A story id with its retrieval score, as ranked without snippets or facets.
 *
 * @param id story id
 * @param score retrieval score
 */
public record ScoredId(String id, float score) {
  /** Checks the id. */
  public ScoredId {
    Objects.requireNonNull(id, "id");
  }
}
