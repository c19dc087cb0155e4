package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.storysearch.DateInterval;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch search}: ranked hits with snippets and facet counts. */
final class SearchCommand {

  private SearchCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("search", SearchCommand::run,
        "Search the index. Query syntax: words, \"phrases\", AND/OR/NOT, +/-, field:value "
            + "(title, summary, headings, body, tag, author, domain), prefix*, fuzzy~, (grouping).",
        "Without query text, lists the stories that pass the filters, newest first.");
    IndexLocation.addTo(spec);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("QUERY").arity("0..*").type(List.class)
        .auxiliaryTypes(String.class).description("Query text (several words are joined).").build());
    spec.addOption(OptionSpec.builder("--domain").paramLabel("DOMAIN").type(List.class).auxiliaryTypes(String.class)
        .description("Only this domain (repeatable: any of them).").build());
    spec.addOption(OptionSpec.builder("--author").paramLabel("NAME").type(List.class).auxiliaryTypes(String.class)
        .description("Only this author (repeatable: any of them).").build());
    spec.addOption(OptionSpec.builder("--tag").paramLabel("TAG").type(List.class).auxiliaryTypes(String.class)
        .description("Only this tag (repeatable: any of them).").build());
    spec.addOption(OptionSpec.builder("--since").paramLabel("YYYY-MM-DD").type(LocalDate.class)
        .description("Published on or after this date.").build());
    spec.addOption(OptionSpec.builder("--until").paramLabel("YYYY-MM-DD").type(LocalDate.class)
        .description("Published on or before this date.").build());
    spec.addOption(OptionSpec.builder("--sort").paramLabel("ORDER").type(String.class)
        .description("relevance, newest or oldest (default: relevance with query text, newest without).").build());
    spec.addOption(OptionSpec.builder("-n", "--limit").paramLabel("N").type(int.class).defaultValue("10")
        .description("Hits per page (default: 10).").build());
    spec.addOption(OptionSpec.builder("--offset").paramLabel("N").type(int.class).defaultValue("0")
        .description("Hits to skip (default: 0).").build());
    spec.addOption(OptionSpec.builder("--facets").paramLabel("N").type(int.class).defaultValue("10")
        .description("Values shown per facet (default: 10).").build());
    spec.addOption(OptionSpec.builder("--after").paramLabel("TOKEN").type(String.class)
        .description("Start after the hit this page token names (next_after in the JSON of the previous page).")
        .build());
    Commands.addFlag(spec, "--explain", "Show what each word and field added to each hit's score.");
    Commands.addFlag(spec, "--no-fix",
        "When nothing matches, only suggest the did-you-mean correction instead of searching it.");
    spec.addOption(OptionSpec.builder("--by").paramLabel("PERIOD").type(String.class).defaultValue("year")
        .description("Date histogram by year or month (default: ${DEFAULT-VALUE}).").build());
    JsonOption.addTo(spec);
    Terminal.addNoColor(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    int limit = Commands.value(spec, "--limit");
    int offset = Commands.value(spec, "--offset");
    int facetLimit = Commands.value(spec, "--facets");
    if (limit < 0 || offset < 0 || facetLimit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit, --offset and --facets must be >= 0");
    }
    SearchRequest request = new SearchRequest(String.join(" ", Commands.parameters(spec)),
        Commands.values(spec, "--domain"), Commands.values(spec, "--author"), Commands.values(spec, "--tag"),
        Commands.value(spec, "--since"), Commands.value(spec, "--until"), sortOrder(spec), limit, offset,
        facetLimit, !Commands.flag(spec, "--no-fix"), Commands.flag(spec, "--explain"), Commands.value(spec, "--after"),
        interval(spec));
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = IndexLocation.of(spec).open(spec.commandLine().getErr())) {
      SearchResults results = archive.search(request);
      if (output.json()) {
        out.println(output.write(Json.results(results)));
        out.flush();
      } else {
        new Human(out, Terminal.useColor(spec)).results(results);
      }
      return results.total() > 0 ? ExitCodes.FOUND : ExitCodes.NO_HITS;
    }
  }

  private static DateInterval interval(CommandSpec spec) {
    String by = Commands.value(spec, "--by");
    return switch (by) {
      case "year" -> DateInterval.YEAR;
      case "month" -> DateInterval.MONTH;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--by must be year or month, not '" + by + "'");
    };
  }

  private static SortOrder sortOrder(CommandSpec spec) {
    String sort = Commands.value(spec, "--sort");
    if (sort == null) {
      return null;
    }
    return switch (sort) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "newest" -> SortOrder.NEWEST;
      case "oldest" -> SortOrder.OLDEST;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--sort must be relevance, newest or oldest, not '" + sort + "'");
    };
  }
}
