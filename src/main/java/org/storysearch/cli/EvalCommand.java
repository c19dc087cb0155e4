package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.storysearch.CorpusUnavailableException;
import org.storysearch.EvalReport;
import org.storysearch.EvalRequest;
import org.storysearch.KnownItemReport;
import org.storysearch.KnownItemRequest;
import org.storysearch.Relevance;
import org.storysearch.json.EvalJson;
import org.storysearch.json.KnownItemJson;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code storysearch eval}: ranking quality against relevance judgments, next to a plain BM25 baseline. */
final class EvalCommand {

  private final CommandSpec spec = Commands.create("eval", this::run,
      "Measure ranking quality: index the corpus, run every query as natural language (not query syntax), and "
          + "score the default ranking and a plain baseline (Lucene BM25 over the body, StandardAnalyzer) with "
          + "trec_eval's MAP, nDCG@10, P@10, Recall@100 and MRR.",
      "Queries without any relevant judgment are skipped and counted.",
      "With --known-items FILE instead: search each known-item query with the default search and the baseline "
          + "(over title and body), and print MRR@10, success@1 and success@10 per corpus, overall and per style.");
  private final Arg<Path> knownItems = Arg.option(spec, Path.class, OptionSpec.builder("--known-items")
      .paramLabel("FILE").description("Known-item set: corpus<TAB>query<TAB>title<TAB>path<TAB>style per line."));
  private final Arg<Path> corpora = Arg.option(spec, Path.class, OptionSpec.builder("--corpora").paramLabel("DIR")
      .defaultValue("../shared/corpora")
      .description("With --known-items: the folder of the corpora it names (default: ${DEFAULT-VALUE})."));
  private final Arg<Path> corpus = Arg.option(spec, Path.class, OptionSpec.builder("--corpus")
      .paramLabel("DIR").description("Story folder to evaluate on."));
  private final Arg<Path> queries = Arg.option(spec, Path.class, OptionSpec.builder("--queries")
      .paramLabel("FILE").description("Topics: qid<TAB>text per line."));
  private final Arg<Path> qrels = Arg.option(spec, Path.class, OptionSpec.builder("--qrels")
      .paramLabel("FILE").description("TREC judgments: qid iteration docid grade per line."));
  private final Arg<Path> index = Arg.option(spec, Path.class, OptionSpec.builder("-i", "--index").paramLabel("DIR")
      .description("Reuse the index here, or build it here when missing (default: a temporary index); with "
          + "--known-items, one index per corpus under it, brought up to date."));
  private final Arg<Path> runOut = Arg.option(spec, Path.class, OptionSpec.builder("--run-out").paramLabel("FILE")
      .description("Write the default ranking as a TREC run file."));
  private final Arg<Integer> depth = Arg.option(spec, int.class, OptionSpec.builder("--depth").paramLabel("N")
      .defaultValue("1000").description("Results retrieved per query (default: ${DEFAULT-VALUE})."));
  private final Arg<Boolean> noFeedback = Arg.flag(spec, "--no-feedback",
      "Rank without pseudo-relevance feedback (on by default for the default ranking).");
  private final JsonOption output = JsonOption.addTo(spec);

  private EvalCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new EvalCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException {
    if (knownItems.value() != null) {
      return knownItems(spec);
    }
    for (Arg<Path> required : List.of(corpus, queries, qrels)) {
      if (required.value() == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Missing required option: '" + required.name() + "' (or pass --known-items FILE)");
      }
    }
    if (depth.value() < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--depth must be >= 1");
    }
    EvalRequest request = EvalRequest.of(corpus.value(), queries.value(), qrels.value())
        .withIndex(index.value()).withRunOut(runOut.value()).withDepth(depth.value())
        .withFeedback(!noFeedback.value());
    EvalReport report = Relevance.evaluate(request);
    PrintWriter out = spec.commandLine().getOut();
    if (output.on()) {
      out.println(output.write(EvalJson.report(report)));
    } else {
      human(report, out);
    }
    out.flush();
    return ExitCodes.FOUND;
  }

  private int knownItems(CommandSpec spec) throws IOException {
    KnownItemReport report;
    try {
      report = Relevance.evaluateKnownItems(
          KnownItemRequest.of(knownItems.value(), corpora.value()).withIndex(index.value()));
    } catch (CorpusUnavailableException missing) {
      if (missing.reason() != CorpusUnavailableException.Reason.MISSING) {
        throw missing;
      }
      // The general advice names --corpus, which eval --known-items does not take.
      spec.commandLine().getErr().println("storysearch: " + Terminal.line(missing.getMessage())
          + " (pass --corpora DIR, the folder holding every corpus the set names)");
      return ExitCodes.UNAVAILABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.on()) {
      out.println(output.write(KnownItemJson.report(report)));
    } else {
      KnownItemOutput.human(report, out);
    }
    out.flush();
    return ExitCodes.FOUND;
  }

  private static void human(EvalReport report, PrintWriter out) {
    out.printf("%d of %d queries evaluated (%d skipped: no relevant documents), %s index, %.1f s%n",
        report.evaluated(), report.queries(), report.skipped(), report.indexReused() ? "reused" : "fresh",
        report.seconds());
    out.printf("%-11s %11s %9s %6s%n", "measure", "storysearch", "baseline", "ratio");
    for (EvalJson.Measure measure : EvalJson.MEASURES) {
      double ours = measure.value().applyAsDouble(report.ranking());
      double base = measure.value().applyAsDouble(report.baseline());
      out.printf("%-11s %11.4f %9.4f %6s%n", measure.label(), ours, base,
          base > 0 ? String.format("%.2f", ours / base) : "-");
    }
  }
}
