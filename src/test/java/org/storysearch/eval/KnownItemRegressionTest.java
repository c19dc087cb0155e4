package org.storysearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.KnownItemGroup;
import org.storysearch.KnownItemReport;
import org.storysearch.KnownItemRequest;
import org.storysearch.KnownItemScores;
import org.storysearch.Relevance;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.StoryArchive;

/**
 * Known-item regression on the shared corpora: per corpus and overall, the default search must score at least the
 * figures in {@code known-items/figures.json} and the plain baseline exactly them, within the file's tolerance; and
 * a pasted C++ name finds its page on cpp-docs.
 */
class KnownItemRegressionTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final Path ITEMS = Path.of("src/test/resources/known-items/known-items.tsv");
  private static final Map<String, ToDoubleFunction<KnownItemScores>> MEASURES = Map.of(
      "mrr_10", KnownItemScores::mrr10, "success_1", KnownItemScores::success1,
      "success_10", KnownItemScores::success10);

  @TempDir
  Path indexes;

  @Test
  void defaultSearchHoldsItsFiguresAndBaselineIsUnchanged() throws Exception {
    assumeThat(Files.isDirectory(CORPORA)).as("../shared/corpora present").isTrue();
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/known-items/figures.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    KnownItemReport report = Relevance.evaluateKnownItems(KnownItemRequest.of(ITEMS, CORPORA).withIndex(indexes));
    List<KnownItemGroup> groups = new ArrayList<>(report.corpora());
    groups.add(report.overall());
    assertThat(groups.stream().map(KnownItemGroup::name))
        .containsExactlyInAnyOrderElementsOf(expected.get("groups")::fieldNames);

    double tolerance = expected.get("tolerance").asDouble();
    SoftAssertions soft = new SoftAssertions();
    for (KnownItemGroup group : groups) {
      JsonNode figures = expected.get("groups").get(group.name());
      System.out.printf("known items %s: ranking %s baseline %s%n", group.name(), group.ranking(), group.baseline());
      soft.assertThat(group.queries()).as(group.name() + " queries").isEqualTo(figures.get("queries").asInt());
      MEASURES.forEach((key, measure) -> {
        double baseline = figures.get("baseline").get(key).asDouble();
        soft.assertThat(measure.applyAsDouble(group.ranking())).as(group.name() + " ranking " + key)
            .isGreaterThanOrEqualTo(figures.get("ranking").get(key).asDouble() - tolerance);
        soft.assertThat(measure.applyAsDouble(group.baseline())).as(group.name() + " baseline " + key)
            .isBetween(baseline - tolerance, baseline + tolerance);
      });
    }
    soft.assertAll();
    pastedQualifiedNameFindsThePageAboutTheName(indexes.resolve("cpp-docs"));
  }

  /**
   * {@code std::unique_ptr} pasted on cpp-docs: the how-to page, which writes {@code unique_ptr} but never
   * {@code std}, is on the first page (it was 25th while the namespace counted as a word of its own).
   */
  private static void pastedQualifiedNameFindsThePageAboutTheName(Path cppDocs) throws Exception {
    try (StoryArchive archive = StoryArchive.open(cppDocs)) {
      SearchResults results = archive.search(SearchRequest.of("std::unique_ptr"));
      assertThat(results.syntaxFallback()).isTrue();
      assertThat(results.hits()).extracting(Hit::title).hasSize(10)
          .contains("How to: Create and use unique_ptr instances", "unique_ptr Class");
      assertThatThrownBy(() -> archive.search(SearchRequest.of("std::unique_ptr").withStrictSyntax(true)))
          .isInstanceOf(InvalidQueryException.class);
    }
  }
}
