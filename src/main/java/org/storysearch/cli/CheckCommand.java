package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.storysearch.CheckReport;
import org.storysearch.HygieneIssue;
import org.storysearch.StoryArchive;
import org.storysearch.StoryProblem;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storysearch check}: validates a corpus without writing an index. */
final class CheckCommand {

  // Enough paths to find the files; the JSON output lists them all.
  private static final int PATHS_SHOWN = 5;

  private final CommandSpec spec = Commands.create("check", this::run,
      "Read the corpus without writing an index and report every file that would be skipped or indexed with "
          + "warnings, plus archive hygiene: stories missing title, author or date, the same URL on two stories, "
          + "tag variants differing only in case, spacing or hyphens, authors spelled two ways.",
      "Exits with 0 when nothing was found, 4 otherwise.");
  private final CorpusOptions options = CorpusOptions.addTo(spec);

  private CheckCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    return new CheckCommand().spec;
  }

  private int run(CommandSpec spec) throws IOException {
    Path corpus = options.corpus().value();
    PrintWriter out = spec.commandLine().getOut();
    CheckReport report = StoryArchive.check(corpus, options.config().value());
    if (options.output().on()) {
      out.println(options.output().write(Json.check(report, corpus)));
    } else {
      human(report, corpus, out);
    }
    out.flush();
    return report.clean() ? ExitCodes.FOUND : ExitCodes.PROBLEMS;
  }

  private static void human(CheckReport report, Path corpus, PrintWriter out) {
    for (StoryProblem problem : report.problems()) {
      out.println((problem.skipped() ? "skipped " : "warning ") + Terminal.line(problem.toString()));
    }
    if (!report.problems().isEmpty() && !report.issues().isEmpty()) {
      out.println();
    }
    for (HygieneIssue issue : report.issues()) {
      out.println(Terminal.line(describe(issue) + ": " + shown(issue.paths())));
    }
    out.printf("%nchecked %d files in %s: %d readable stories, %d skipped, %d warnings, %d hygiene findings%n",
        report.files(), corpus, report.stories(), report.skipped(), report.warnings(),
        report.issues().size());
    out.println(report.config().isEmpty() ? "no storysearch.toml" : "configuration: " + Terminal.line(report.config()));
    out.println(Human.coverage(report.coverage()));
  }

  private static String describe(HygieneIssue issue) {
    int count = issue.paths().size();
    String stories = count + (count == 1 ? " story" : " stories");
    return switch (issue.kind()) {
      case MISSING_TITLE -> "no title in front matter (" + stories + ")";
      case MISSING_AUTHOR -> "no author (" + stories + ")";
      case MISSING_DATE -> "no readable date (" + stories + ")";
      case DUPLICATE_URL -> "url " + issue.detail() + " used by " + stories;
      case TAG_VARIANTS -> "tag spelled several ways: " + issue.detail() + " (" + stories + ")";
      case AUTHOR_VARIANTS -> "author spelled several ways: " + issue.detail() + " (" + stories + ")";
    };
  }

  private static String shown(List<String> paths) {
    String first = String.join(", ", paths.subList(0, Math.min(PATHS_SHOWN, paths.size())));
    return paths.size() > PATHS_SHOWN ? first + ", ... (" + (paths.size() - PATHS_SHOWN) + " more)" : first;
  }
}
