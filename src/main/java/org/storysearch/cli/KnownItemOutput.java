package org.storysearch.cli;

import java.io.PrintWriter;
import org.storysearch.KnownItemGroup;
import org.storysearch.KnownItemReport;
import org.storysearch.KnownItemScores;

/** Prints a known-item evaluation ({@code storysearch eval --known-items}) as a table. */
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
}
