package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.storysearch.KnownItemGroup;
import org.storysearch.KnownItemReport;
import org.storysearch.KnownItemResult;
import org.storysearch.KnownItemScores;

/** Prints a known-item evaluation ({@code storysearch eval --known-items}) as a table or as JSON. */
final class KnownItemOutput {

  private KnownItemOutput() {}

  /** One table row per corpus, then the whole set, then one per style. */
  static void human(KnownItemReport report, PrintWriter out) {
    out.printf("%d known-item queries, %.1f s; storysearch / plain BM25 baseline (title and body)%n",
        report.overall().queries(), report.seconds());
    out.printf("%-15s %7s %15s %15s %15s%n", "group", "queries", "MRR@10", "success@1", "success@10");
    report.corpora().forEach(group -> row(group, out));
    row(report.overall(), out);
    report.styles().forEach(group -> row(group, out));
  }

  private static void row(KnownItemGroup group, PrintWriter out) {
    KnownItemScores ours = group.ranking();
    KnownItemScores base = group.baseline();
    out.printf("%-15s %7d %7.4f/%.4f %7.4f/%.4f %7.4f/%.4f%n", group.name(), group.queries(), ours.mrr10(),
        base.mrr10(), ours.success1(), base.success1(), ours.success10(), base.success10());
  }

  /** The JSON object the README documents: overall, corpora, styles and results. */
  static ObjectNode json(KnownItemReport report) {
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
