package org.storysearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.storysearch.EvalReport;
import org.storysearch.EvalRequest;
import org.storysearch.Relevance;
import org.storysearch.RelevanceScores;

/**
 * Relevance regression on Cranfield (Anserini-style): the default ranking must score at least the figures in
 * {@code relevance/cranfield.json}, and the baseline must score exactly them, within the file's tolerance. A ranking
 * change that helps should raise the committed figures in the same commit.
 */
class CranfieldRegressionTest {

  private static final Path CRANFIELD = Path.of("../shared/relevance/cranfield");
  private static final Map<String, ToDoubleFunction<RelevanceScores>> MEASURES = Map.of(
      "map", RelevanceScores::map, "ndcg_10", RelevanceScores::ndcg10, "p_10", RelevanceScores::p10,
      "recall_100", RelevanceScores::recall100, "mrr", RelevanceScores::mrr);

  @Test
  void defaultRankingHoldsItsFiguresAndBaselineIsUnchanged() throws Exception {
    assumeThat(Files.isDirectory(CRANFIELD.resolve("docs"))).as("../shared/relevance/cranfield present").isTrue();
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/relevance/cranfield.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    EvalReport report = Relevance.evaluate(EvalRequest.of(CRANFIELD.resolve("docs"),
        CRANFIELD.resolve("queries.tsv"), CRANFIELD.resolve("qrels.txt")));
    System.out.printf("Cranfield: ranking %s%nCranfield: baseline %s%n", report.ranking(), report.baseline());

    double tolerance = expected.get("tolerance").asDouble();
    assertThat(report.evaluated()).isEqualTo(expected.get("evaluated").asInt());
    SoftAssertions soft = new SoftAssertions();
    MEASURES.forEach((key, measure) -> {
      soft.assertThat(measure.applyAsDouble(report.ranking())).as("ranking " + key)
          .isGreaterThanOrEqualTo(expected.get("ranking").get(key).asDouble() - tolerance);
      soft.assertThat(measure.applyAsDouble(report.baseline())).as("baseline " + key)
          .isBetween(expected.get("baseline").get(key).asDouble() - tolerance,
              expected.get("baseline").get(key).asDouble() + tolerance);
    });
    soft.assertAll();
  }
}
