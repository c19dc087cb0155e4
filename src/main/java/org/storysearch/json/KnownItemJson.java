package org.storysearch.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.storysearch.KnownItemGroup;
import org.storysearch.KnownItemReport;
import org.storysearch.KnownItemResult;
import org.storysearch.KnownItemScores;

/** The JSON shape of a known-item evaluation ({@code storysearch eval --known-items --json}). */
public final class KnownItemJson {

  private KnownItemJson() {}

  /** The JSON object the README documents: overall, corpora, styles and results. */
  public static ObjectNode report(KnownItemReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("queries", report.overall().queries());
    root.put("seconds", report.seconds());
    root.set("overall", group(report.overall()));
    root.set("corpora", groups(report.corpora()));
    root.set("styles", groups(report.styles()));
    ArrayNode results = root.putArray("results");
    for (KnownItemResult result : report.results()) {
      results.addObject().put("corpus", result.corpus()).put("query", result.query()).put("path", result.path())
          .put("style", result.style()).put("rank", result.rank()).put("baseline_rank", result.baselineRank());
    }
    return root;
  }

  private static ArrayNode groups(List<KnownItemGroup> groups) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    groups.forEach(group -> array.add(group(group)));
    return array;
  }

  private static ObjectNode group(KnownItemGroup group) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("name", group.name());
    node.put("queries", group.queries());
    node.set("ranking", scores(group.ranking()));
    node.set("baseline", scores(group.baseline()));
    return node;
  }

  private static ObjectNode scores(KnownItemScores scores) {
    return Json.MAPPER.createObjectNode().put("mrr_10", scores.mrr10()).put("success_1", scores.success1())
        .put("success_10", scores.success10());
  }
}
