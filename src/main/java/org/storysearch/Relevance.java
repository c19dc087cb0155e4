package org.storysearch;

import java.io.IOException;
import java.nio.file.Path;
import org.storysearch.eval.Evaluator;
import org.storysearch.search.Baseline;

/** Measures ranking quality against human relevance judgments, side by side with a plain BM25 baseline. */
public final class Relevance {

  private Relevance() {}

  /**
   * Indexes (or reuses) the corpus, runs every query as natural language, optionally writes the TREC run file, and
   * scores the default ranking and the baseline with trec_eval's definitions.
   *
   * @throws InputFileException if the topics or judgments file is missing or malformed (with its file and line)
   * @throws CorpusUnavailableException if the corpus is missing
   * @throws IndexUnavailableException if the index is locked or cannot be written
   */
  public static EvalReport evaluate(EvalRequest request) throws IOException {
    return Evaluator.run(request);
  }

  /**
   * The plain baseline an evaluation compares the default ranking with: Lucene's BM25 over the bodies of the
   * stories in {@code corpus} alone, {@code StandardAnalyzer}, each query an OR of its words, indexed in memory
   * apart from any story index, so that it never changes when the default ranking does.
   *
   * @throws CorpusUnavailableException if the corpus is missing
   */
  public static Ranker baseline(Path corpus) throws IOException {
    return Baseline.build(corpus);
  }
}
