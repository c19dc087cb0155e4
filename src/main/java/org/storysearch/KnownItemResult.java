package org.storysearch;

import java.util.Objects;

/**
 * Where one known-item query found its expected story.
 *
 * @param corpus the corpus searched
 * @param query the query text, searched as a reader types it into the search box
 * @param path the expected story's path, relative to the corpus root
 * @param style how the query was written (keywords, paraphrase, author, ...)
 * @param rank the expected story's rank in the default search, 1 to 10, or 0 when it is not in the first 10
 * @param baselineRank the same in the plain baseline
 */
public record KnownItemResult(String corpus, String query, String path, String style, int rank, int baselineRank) {

  /** Validates. */
  public KnownItemResult {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(style, "style");
  }
}
