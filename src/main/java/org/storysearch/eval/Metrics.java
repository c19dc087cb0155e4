package org.storysearch.eval;

import java.util.List;
import java.util.Map;

/**
 * Per-query effectiveness measures, defined as trec_eval defines {@code map}, {@code ndcg_cut_10}, {@code P_10},
 * {@code recall_100} and {@code recip_rank}: a grade of at least 1 is relevant, graded gain for nDCG is the grade
 * itself with a log2(rank + 1) discount, and cut-off precision always divides by the cut-off.
 */
public final class Metrics {

  private Metrics() {}

  /** Average precision: the mean, over all relevant documents, of precision at the rank each was retrieved. */
  public static double averagePrecision(List<String> ranked, Map<String, Integer> judged) {
    long relevant = relevantCount(judged);
    if (relevant == 0) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int rank = 1; rank <= ranked.size(); rank++) {
      if (isRelevant(judged, ranked.get(rank - 1))) {
        found++;
        sum += (double) found / rank;
      }
    }
    return sum / relevant;
  }

  /** Normalised discounted cumulative gain of the first {@code k} documents, against the ideal ordering. */
  public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int rank = 1; rank <= Math.min(k, ranked.size()); rank++) {
      dcg += gain(judged.getOrDefault(ranked.get(rank - 1), 0)) / log2(rank + 1);
    }
    List<Integer> ideal = judged.values().stream().filter(grade -> grade > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int rank = 1; rank <= Math.min(k, ideal.size()); rank++) {
      idcg += ideal.get(rank - 1) / log2(rank + 1);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Relevant documents among the first {@code k}, divided by {@code k} even when fewer were retrieved. */
  public static double precision(List<String> ranked, Map<String, Integer> judged, int k) {
    return (double) relevantIn(ranked, judged, k) / k;
  }

  /** Relevant documents among the first {@code k}, divided by the number of relevant documents. */
  public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevant = relevantCount(judged);
    return relevant == 0 ? 0 : (double) relevantIn(ranked, judged, k) / relevant;
  }

  /** One over the rank of the first relevant document, 0 when none was retrieved. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judged) {
    for (int rank = 1; rank <= ranked.size(); rank++) {
      if (isRelevant(judged, ranked.get(rank - 1))) {
        return 1.0 / rank;
      }
    }
    return 0;
  }

  /** Documents with a grade of at least 1. */
  public static long relevantCount(Map<String, Integer> judged) {
    return judged.values().stream().filter(grade -> grade > 0).count();
  }

  private static int relevantIn(List<String> ranked, Map<String, Integer> judged, int k) {
    int count = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (isRelevant(judged, ranked.get(i))) {
        count++;
      }
    }
    return count;
  }

  private static boolean isRelevant(Map<String, Integer> judged, String doc) {
    return judged.getOrDefault(doc, 0) > 0;
  }

  // Negative grades (judged non-relevant in some collections) give no gain rather than a penalty, as in trec_eval.
  private static double gain(int grade) {
    return Math.max(0, grade);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
