package org.storysearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storysearch.RankedStory;

class MetricsTest {

  // Relevant: a (grade 2), c (grade 1), f (grade 3, never retrieved). b is judged non-relevant.
  private static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 0, "c", 1, "f", 3);
  private static final List<String> RANKED = List.of("a", "b", "c", "d", "e");

  @Test
  void averagePrecisionDividesByAllRelevantIncludingUnretrieved() {
    // (1/1 + 2/3) / 3
    assertThat(Metrics.averagePrecision(RANKED, JUDGED)).isCloseTo(5.0 / 9, within(1e-12));
  }

  @Test
  void ndcgUsesGradesAsGainsAndTheIdealOrderOfAllJudgments() {
    // DCG = 2/log2(2) + 0 + 1/log2(4) = 2.5; ideal = 3/log2(2) + 2/log2(3) + 1/log2(4)
    double ideal = 3 + 2 / (Math.log(3) / Math.log(2)) + 0.5;
    assertThat(Metrics.ndcg(RANKED, JUDGED, 10)).isCloseTo(2.5 / ideal, within(1e-12));
    assertThat(Metrics.ndcg(RANKED, JUDGED, 10)).isCloseTo(0.5250, within(1e-4));
    // Cut at 2: DCG = 2; ideal = 3 + 2/log2(3)
    assertThat(Metrics.ndcg(RANKED, JUDGED, 2)).isCloseTo(2 / (3 + 2 / (Math.log(3) / Math.log(2))), within(1e-12));
  }

  @Test
  void precisionAlwaysDividesByTheCutOff() {
    assertThat(Metrics.precision(RANKED, JUDGED, 10)).isEqualTo(0.2);
    assertThat(Metrics.precision(RANKED, JUDGED, 2)).isEqualTo(0.5);
  }

  @Test
  void recallIsShareOfRelevantRetrievedWithinTheCutOff() {
    assertThat(Metrics.recall(RANKED, JUDGED, 100)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Metrics.recall(RANKED, JUDGED, 2)).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void reciprocalRankOfFirstRelevant() {
    assertThat(Metrics.reciprocalRank(RANKED, JUDGED)).isEqualTo(1.0);
    assertThat(Metrics.reciprocalRank(List.of("b", "d", "c"), JUDGED)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Metrics.reciprocalRank(List.of("b", "d"), JUDGED)).isZero();
  }

  @Test
  void negativeGradesGiveNoGainAndDoNotCountAsRelevant() {
    Map<String, Integer> judged = Map.of("x", -1, "y", 1);
    assertThat(Metrics.relevantCount(judged)).isEqualTo(1);
    assertThat(Metrics.ndcg(List.of("x", "y"), judged, 10)).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
    assertThat(Metrics.averagePrecision(List.of("x", "y"), judged)).isEqualTo(0.5);
  }

  @Test
  void queriesWithoutRelevantDocumentsAreSkippedAndMissingRunsCountAsZero() {
    Qrels qrels = new Qrels(Map.of("1", JUDGED, "2", Map.of("z", 0), "3", Map.of("a", 1)));
    Map<String, Ranking> run = Map.of("1", ranking("a", "b", "c", "d", "e"), "2", ranking("z"));
    var scores = Scoring.mean(run, List.of("1", "2", "3"), qrels);
    // Query 2 has no relevant document: skipped. Query 3 retrieved nothing: zero on every measure.
    assertThat(scores.map()).isCloseTo(5.0 / 9 / 2, within(1e-12));
    assertThat(scores.p10()).isCloseTo(0.1, within(1e-12));
    assertThat(scores.mrr()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rankingUsesTrecEvalOrderScoreThenDescendingId() {
    Ranking ranking = new Ranking(List.of(new RankedStory("a", 1f),
        new RankedStory("c", 2f), new RankedStory("b", 1f)));
    assertThat(ranking.ids()).containsExactly("c", "b", "a");
  }

  private static Ranking ranking(String... ids) {
    List<RankedStory> docs = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      docs.add(new RankedStory(ids[i], ids.length - i));
    }
    return new Ranking(docs);
  }
}
