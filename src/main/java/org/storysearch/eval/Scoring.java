package org.storysearch.eval;

import java.util.List;
import java.util.Map;
import org.storysearch.RelevanceScores;

/** Averages the per-query measures of a run over the queries that have relevant documents. */
final class Scoring {

  private Scoring() {}

  /**
   * Mean scores of {@code run} over every query of {@code topics} with at least one relevant judgment. A query with
   * judgments but no retrieved documents counts as zero on every measure (trec_eval's {@code -c}).
   */
  static RelevanceScores mean(Map<String, Ranking> run, Iterable<String> topics, Qrels qrels) {
    double map = 0;
    double ndcg = 0;
    double p10 = 0;
    double recall = 0;
    double mrr = 0;
    int count = 0;
    for (String qid : topics) {
      Map<String, Integer> judged = qrels.of(qid);
      if (Metrics.relevantCount(judged) == 0) {
        continue;
      }
      List<String> ranked = run.containsKey(qid) ? run.get(qid).ids() : List.of();
      map += Metrics.averagePrecision(ranked, judged);
      ndcg += Metrics.ndcg(ranked, judged, 10);
      p10 += Metrics.precision(ranked, judged, 10);
      recall += Metrics.recall(ranked, judged, 100);
      mrr += Metrics.reciprocalRank(ranked, judged);
      count++;
    }
    if (count == 0) {
      return new RelevanceScores(0, 0, 0, 0, 0);
    }
    return new RelevanceScores(map / count, ndcg / count, p10 / count, recall / count, mrr / count);
  }
}
