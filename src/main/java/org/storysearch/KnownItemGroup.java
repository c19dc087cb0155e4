package org.storysearch;

import java.util.Objects;

/**
 * The scores of a group of known-item queries (one corpus, one style, or all of them) for the default search and
 * the plain baseline.
 *
 * @param name the corpus or style, or {@code all}
 * @param queries queries in the group
 * @param ranking the default search's scores
 * @param baseline the plain baseline's scores: Lucene BM25 over title and body, {@code StandardAnalyzer}
 */
public record KnownItemGroup(String name, int queries, KnownItemScores ranking, KnownItemScores baseline) {

  /** Validates. */
  public KnownItemGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(baseline, "baseline");
  }
}
