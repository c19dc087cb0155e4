package org.storysearch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storysearch.DateInterval;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.SortOrder;
import org.storysearch.StoryArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storysearch search}: ranked hits with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index. Query syntax: words, \"phrases\", AND/OR/NOT, +/-, field:value "
        + "(title, summary, headings, body, tag, author, domain), prefix*, fuzzy~, (grouping).",
        "Without query text, lists the stories that pass the filters, newest first."})
final class SearchCommand implements Callable<Integer> {

  @Mixin
  IndexLocation location;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query text (several words are joined).")
  List<String> words = new ArrayList<>();

  @Option(names = "--domain", paramLabel = "DOMAIN", description = "Only this domain (repeatable: any of them).")
  List<String> domains = new ArrayList<>();

  @Option(names = "--author", paramLabel = "NAME", description = "Only this author (repeatable: any of them).")
  List<String> authors = new ArrayList<>();

  @Option(names = "--tag", paramLabel = "TAG", description = "Only this tag (repeatable: any of them).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Published on or after this date.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Published on or before this date.")
  LocalDate until;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "relevance, newest or oldest (default: relevance with query text, newest without).")
  String sort;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Hits per page (default: 10).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: 0).")
  int offset;

  @Option(names = "--facets", paramLabel = "N", defaultValue = "10",
      description = "Values shown per facet (default: 10).")
  int facetLimit;

  @Option(names = "--after", paramLabel = "TOKEN",
      description = "Start after the hit this page token names (next_after in the JSON of the previous page).")
  String after;

  @Option(names = "--explain", description = "Show what each word and field added to each hit's score.")
  boolean explain;

  @Option(names = "--no-fix",
      description = "When nothing matches, only suggest the did-you-mean correction instead of searching it.")
  boolean noFix;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "year",
      description = "Date histogram by year or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Mixin
  JsonOption output;

  @Option(names = "--no-color", description = "No colour or bold, even on a terminal (also: NO_COLOR=1).")
  boolean noColor;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 0 || offset < 0 || facetLimit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit, --offset and --facets must be >= 0");
    }
    SearchRequest request = new SearchRequest(String.join(" ", words), domains, authors, tags, since, until,
        sortOrder(), limit, offset, facetLimit, !noFix, explain, after, interval());
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = location.open(spec.commandLine().getErr())) {
      SearchResults results = archive.search(request);
      if (output.json) {
        out.println(output.write(Json.results(results)));
        out.flush();
      } else {
        new Human(out, Terminal.useColor(noColor)).results(results);
      }
      return results.total() > 0 ? ExitCodes.FOUND : ExitCodes.NO_HITS;
    }
  }

  private DateInterval interval() {
    return switch (by) {
      case "year" -> DateInterval.YEAR;
      case "month" -> DateInterval.MONTH;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--by must be year or month, not '" + by + "'");
    };
  }

  private SortOrder sortOrder() {
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
