package org.storysearch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A relevance evaluation to run: a corpus, its queries and judgments. Build one with {@link #of} and the
 * {@code with...} methods.
 *
 * @param corpus story folder to index
 * @param queries topics file, {@code qid<TAB>text} per line; the text is read as natural language, not syntax
 * @param qrels TREC judgments file, {@code qid iteration docid grade} per line
 * @param index index folder to reuse (or build when it holds no usable index), or {@code null} for a temporary one
 * @param runOut where to write the default ranking as a TREC run file, or {@code null}
 * @param depth results retrieved per query (at least 1)
 * @param feedback whether the default ranking expands each query with pseudo-relevance feedback (RM3-style)
 */
public record EvalRequest(Path corpus, Path queries, Path qrels, Path index, Path runOut, int depth,
    boolean feedback) {

  /** The usual depth of a TREC run. */
  public static final int DEFAULT_DEPTH = 1000;

  /** Validates. */
  public EvalRequest {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(qrels, "qrels");
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1");
    }
  }

  /** An evaluation with a temporary index, no run file, the default depth and feedback on. */
  public static EvalRequest of(Path corpus, Path queries, Path qrels) {
    return new EvalRequest(corpus, queries, qrels, null, null, DEFAULT_DEPTH, true);
  }

  /** This evaluation reusing or building the index at {@code folder}. */
  public EvalRequest withIndex(Path folder) {
    return new EvalRequest(corpus, queries, qrels, folder, runOut, depth, feedback);
  }

  /** This evaluation writing its run file to {@code file}. */
  public EvalRequest withRunOut(Path file) {
    return new EvalRequest(corpus, queries, qrels, index, file, depth, feedback);
  }

  /** This evaluation with pseudo-relevance feedback on or off. */
  public EvalRequest withFeedback(boolean on) {
    return new EvalRequest(corpus, queries, qrels, index, runOut, depth, on);
  }

  /** This evaluation retrieving {@code results} per query. */
  public EvalRequest withDepth(int results) {
    return new EvalRequest(corpus, queries, qrels, index, runOut, results, feedback);
  }
}
