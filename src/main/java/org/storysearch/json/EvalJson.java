package org.storysearch.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.storysearch.EvalReport;
import org.storysearch.RelevanceScores;

/** {@code eval}: the scores of the default ranking and the baseline, and their ratio, per measure. */
public final class EvalJson {

  /**
   * One measure of an evaluation.
   *
   * @param label its name in a table ({@code nDCG@10})
   * @param key its JSON field ({@code ndcg_10})
   * @param value reads it from a set of scores
   */
  public record Measure(String label, String key, ToDoubleFunction<RelevanceScores> value) {}

  /** The measures, in the order they are shown. */
  public static final List<Measure> MEASURES = List.of(
      new Measure("MAP", "map", RelevanceScores::map),
      new Measure("nDCG@10", "ndcg_10", RelevanceScores::ndcg10),
      new Measure("P@10", "p_10", RelevanceScores::p10),
      new Measure("Recall@100", "recall_100", RelevanceScores::recall100),
      new Measure("MRR", "mrr", RelevanceScores::mrr));

  private EvalJson() {}

  /** {@code {queries, evaluated, skipped, index_reused, seconds, ranking, baseline, ratio}}; a ratio over 0 is null. */
  public static ObjectNode report(EvalReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("queries", report.queries());
    root.put("evaluated", report.evaluated());
    root.put("skipped", report.skipped());
    root.put("index_reused", report.indexReused());
    root.put("seconds", report.seconds());
    ObjectNode ranking = root.putObject("ranking");
    ObjectNode baseline = root.putObject("baseline");
    ObjectNode ratio = root.putObject("ratio");
    for (Measure measure : MEASURES) {
      double ours = measure.value().applyAsDouble(report.ranking());
      double base = measure.value().applyAsDouble(report.baseline());
      ranking.put(measure.key(), ours);
      baseline.put(measure.key(), base);
      if (base > 0) {
        ratio.put(measure.key(), ours / base);
      } else {
        ratio.putNull(measure.key());
      }
    }
    return root;
  }
}
