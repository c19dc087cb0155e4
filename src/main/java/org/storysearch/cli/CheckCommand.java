package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  private CheckCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("check", CheckCommand::run,
        "Read the corpus without writing an index and report every file that would be skipped or indexed with "
            + "warnings, plus archive hygiene: stories missing title, author or date, the same URL on two stories, "
            + "tag variants differing only in case, spacing or hyphens, authors spelled two ways.",
        "Exits with 0 when nothing was found, 4 otherwise.");
    CorpusOptions.addTo(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    CorpusOptions options = CorpusOptions.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    CheckReport report = StoryArchive.check(options.corpus());
    if (options.output().json()) {
      out.println(options.output().write(json(report, options.corpus())));
    } else {
      human(report, options.corpus(), out);
    }
    out.flush();
    return report.clean() ? ExitCodes.FOUND : ExitCodes.PROBLEMS;
  }

  private static void human(CheckReport report, Path corpus, PrintWriter out) {
    for (StoryProblem problem : report.problems()) {
      out.println((problem.skipped() ? "skipped " : "warning ") + problem);
    }
    if (!report.problems().isEmpty() && !report.issues().isEmpty()) {
      out.println();
    }
    for (HygieneIssue issue : report.issues()) {
      out.println(describe(issue) + ": " + shown(issue.paths()));
    }
    out.printf("%nchecked %d files in %s: %d readable stories, %d skipped, %d warnings, %d hygiene findings%n",
        report.files(), corpus, report.stories(), report.skipped(), report.warnings(),
        report.issues().size());
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

  private static ObjectNode json(CheckReport report, Path corpus) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("corpus", corpus.toString());
    root.put("clean", report.clean());
    root.put("files", report.files());
    root.put("stories", report.stories());
    root.put("skipped", report.skipped());
    root.put("warnings", report.warnings());
    root.set("problems", Json.problems(report.problems()));
    var issues = root.putArray("issues");
    for (HygieneIssue issue : report.issues()) {
      ObjectNode node = issues.addObject();
      node.put("kind", issue.kind().name().toLowerCase(Locale.ROOT));
      node.put("detail", issue.detail());
      node.put("count", issue.paths().size());
      node.set("paths", Json.strings(issue.paths()));
    }
    return root;
  }
}
