package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.storysearch.EvalReport;
import org.storysearch.EvalRequest;
import org.storysearch.Relevance;
import org.storysearch.RelevanceScores;
import org.storysearch.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code storysearch eval}: ranking quality against relevance judgments, next to a plain BM25 baseline. */
final class EvalCommand {

  private record Measure(String label, String key, ToDoubleFunction<RelevanceScores> value) {}

  private static final List<Measure> MEASURES = List.of(
      new Measure("MAP", "map", RelevanceScores::map),
      new Measure("nDCG@10", "ndcg_10", RelevanceScores::ndcg10),
      new Measure("P@10", "p_10", RelevanceScores::p10),
      new Measure("Recall@100", "recall_100", RelevanceScores::recall100),
      new Measure("MRR", "mrr", RelevanceScores::mrr));

  private EvalCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("eval", EvalCommand::run,
        "Measure ranking quality: index the corpus, run every query as natural language (not query syntax), and "
            + "score the default ranking and a plain baseline (Lucene BM25 over the body, StandardAnalyzer) with "
            + "trec_eval's MAP, nDCG@10, P@10, Recall@100 and MRR.",
        "Queries without any relevant judgment are skipped and counted.");
    spec.addOption(OptionSpec.builder("--corpus").required(true).paramLabel("DIR").type(Path.class)
        .description("Story folder to evaluate on.").build());
    spec.addOption(OptionSpec.builder("--queries").required(true).paramLabel("FILE").type(Path.class)
        .description("Topics: qid<TAB>text per line.").build());
    spec.addOption(OptionSpec.builder("--qrels").required(true).paramLabel("FILE").type(Path.class)
        .description("TREC judgments: qid iteration docid grade per line.").build());
    spec.addOption(OptionSpec.builder("-i", "--index").paramLabel("DIR").type(Path.class)
        .description("Reuse the index here, or build it here when missing (default: a temporary index).").build());
    spec.addOption(OptionSpec.builder("--run-out").paramLabel("FILE").type(Path.class)
        .description("Write the default ranking as a TREC run file.").build());
    spec.addOption(OptionSpec.builder("--depth").paramLabel("N").type(int.class).defaultValue("1000")
        .description("Results retrieved per query (default: ${DEFAULT-VALUE}).").build());
    Commands.addFlag(spec, "--no-feedback",
        "Rank without pseudo-relevance feedback (on by default for the default ranking).");
    JsonOption.addTo(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    int depth = Commands.value(spec, "--depth");
    if (depth < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--depth must be >= 1");
    }
    EvalRequest request = EvalRequest.of(Commands.value(spec, "--corpus"), Commands.value(spec, "--queries"),
            Commands.value(spec, "--qrels"))
        .withIndex(Commands.value(spec, "--index")).withRunOut(Commands.value(spec, "--run-out")).withDepth(depth)
        .withFeedback(!Commands.flag(spec, "--no-feedback"));
    EvalReport report = Relevance.evaluate(request);
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(output.write(json(report)));
    } else {
      human(report, out);
    }
    out.flush();
    return ExitCodes.FOUND;
  }

  private static void human(EvalReport report, PrintWriter out) {
    out.printf("%d of %d queries evaluated (%d skipped: no relevant documents), %s index, %.1f s%n",
        report.evaluated(), report.queries(), report.skipped(), report.indexReused() ? "reused" : "fresh",
        report.seconds());
    out.printf("%-11s %11s %9s %6s%n", "measure", "storysearch", "baseline", "ratio");
    for (Measure measure : MEASURES) {
      double ours = measure.value().applyAsDouble(report.ranking());
      double base = measure.value().applyAsDouble(report.baseline());
      out.printf("%-11s %11.4f %9.4f %6s%n", measure.label(), ours, base, ratio(ours, base));
    }
  }

  private static ObjectNode json(EvalReport report) {
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

  private static String ratio(double ours, double base) {
    return base > 0 ? String.format("%.2f", ours / base) : "-";
  }
}
