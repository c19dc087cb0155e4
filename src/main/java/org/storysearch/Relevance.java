package org.storysearch;

import java.io.IOException;
import org.storysearch.eval.Evaluator;
import org.storysearch.eval.KnownItems;

/** Measures ranking quality against human relevance judgments, side by side with a plain BM25 baseline. */
public final class Relevance {

  private Relevance() {}

  /**
   * Indexes (or reuses) the corpus, runs every query as natural language, optionally writes the TREC run file, and
   * scores the default ranking and the baseline with trec_eval's definitions.
   *
   * @throws InvalidQueryException if the topics or judgments file is malformed (the message gives file:line)
   * @throws IndexUnavailableException if the corpus is missing or the index is locked
   */
  public static EvalReport evaluate(EvalRequest request) throws IOException {
    return Evaluator.run(request);
  }

  /**
   * Indexes each corpus the known-item set names (once), searches every query with the default search and with the
   * plain baseline, and scores where each finds the expected story: MRR@10, success@1 and success@10, overall, per
   * corpus and per style.
   *
   * @throws InvalidQueryException if the set is malformed (the message gives file:line)
   * @throws IndexUnavailableException if a corpus folder is missing or an index cannot be written
   */
  public static KnownItemReport evaluateKnownItems(KnownItemRequest request) throws IOException {
    return KnownItems.run(request);
  }
}
