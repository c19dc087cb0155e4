package org.storysearch;

import java.io.IOException;
import java.nio.file.Path;
import org.storysearch.eval.Evaluator;
import org.storysearch.search.Baseline;
import org.storysearch.eval.KnownItems;

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

  /**
   * The plain baseline of a known-item evaluation: like {@link #baseline(Path)} over titles and bodies, ranking each
   * story under its path relative to {@code corpus} (the {@link RankedStory#id()} is that path).
   *
   * @throws CorpusUnavailableException if the corpus is missing
   */
  public static Ranker knownItemBaseline(Path corpus) throws IOException {
    return Baseline.withTitles(corpus);
  }

  /**
   * Indexes each corpus the known-item set names (once), searches every query with the default search and with the
   * plain baseline, and scores where each finds the expected story: MRR@10, success@1 and success@10, overall, per
   * corpus and per style.
   *
   * @throws InputFileException if the set is missing or malformed (the message gives file:line)
   * @throws CorpusUnavailableException if a corpus folder is missing
   * @throws IndexUnavailableException if an index cannot be written
   */
  public static KnownItemReport evaluateKnownItems(KnownItemRequest request) throws IOException {
    return KnownItems.run(request);
  }
}
