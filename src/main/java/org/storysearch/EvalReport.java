package org.storysearch;

import java.util.Objects;

/**
 * The outcome of a relevance evaluation: the default ranking and the plain baseline, scored on the same queries.
 *
 * @param queries queries in the topics file
 * @param evaluated queries scored (those with at least one relevant judgment)
 * @param skipped queries left out because no document is judged relevant for them
 * @param indexReused whether an existing index was searched instead of a fresh one
 * @param ranking scores of the default ranking
 * @param baseline scores of the baseline: Lucene BM25 over the body alone with {@code StandardAnalyzer}
 * @param seconds wall-clock time of the whole evaluation
 */
public record EvalReport(int queries, int evaluated, int skipped, boolean indexReused, RelevanceScores ranking,
    RelevanceScores baseline, double seconds) {

  /** Validates. */
  public EvalReport {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(baseline, "baseline");
  }
}
