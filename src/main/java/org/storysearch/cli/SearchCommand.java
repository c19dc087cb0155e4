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

  private final CommandSpec spec = Commands.create("search", this::run,
      "Search the index. Query syntax: words, \"phrases\", AND/OR/NOT, +/-, field:value "
          + "(title, summary, headings, body, tag, author, domain), prefix*, fuzzy~, (grouping). Text that is not "
          + "valid syntax is searched as plain words.",
      "Without query text, lists the stories that pass the filters, newest first.");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final Arg<List<String>> query = Arg.positionals(spec, PositionalParamSpec.builder().paramLabel("QUERY")
      .arity("0..*").description("Query text (several words are joined)."));
  private final Arg<List<String>> domains = Arg.options(spec, OptionSpec.builder("--domain").paramLabel("DOMAIN")
      .description("Only this domain (repeatable: any of them)."));
  private final Arg<List<String>> authors = Arg.options(spec, OptionSpec.builder("--author").paramLabel("NAME")
      .description("Only this author (repeatable: any of them)."));
  private final Arg<List<String>> tags = Arg.options(spec, OptionSpec.builder("--tag").paramLabel("TAG")
      .description("Only this tag (repeatable: any of them)."));
  private final Arg<List<String>> languages = Arg.options(spec, OptionSpec.builder("--lang").paramLabel("LANG")
      .description("Only stories in this language, e.g. en, ja, pt (repeatable: any of them); the query is "
          + "analysed in these languages only."));
  private final Arg<LocalDate> since = Arg.option(spec, LocalDate.class, OptionSpec.builder("--since")
      .paramLabel("YYYY-MM-DD").description("Published on or after this date."));
  private final Arg<LocalDate> until = Arg.option(spec, LocalDate.class, OptionSpec.builder("--until")
      .paramLabel("YYYY-MM-DD").description("Published on or before this date."));
  private final Arg<String> sort = Arg.option(spec, String.class, OptionSpec.builder("--sort").paramLabel("ORDER")
      .description("relevance, newest or oldest (default: relevance with query text, newest without)."));
  private final Arg<Integer> limit = Arg.option(spec, int.class, OptionSpec.builder("-n", "--limit").paramLabel("N")
      .defaultValue("10").description("Hits per page (default: 10)."));
  private final Arg<Integer> offset = Arg.option(spec, int.class, OptionSpec.builder("--offset").paramLabel("N")
      .defaultValue("0").description("Hits to skip (default: 0)."));
  private final Arg<Integer> facets = Arg.option(spec, int.class, OptionSpec.builder("--facets").paramLabel("N")
      .defaultValue("10").description("Values shown per facet (default: 10)."));
  private final Arg<String> after = Arg.option(spec, String.class, OptionSpec.builder("--after").paramLabel("TOKEN")
      .description("Start after the hit this page token names (next_after in the JSON of the previous page)."));
  private final Arg<Boolean> explain = Arg.flag(spec, "--explain",
      "Show what each word and field added to each hit's score.");
  private final Arg<Boolean> noFix = Arg.flag(spec, "--no-fix",
      "Search the words as typed: no similar spellings for unknown words, and a correction only suggested.");
  private final Arg<Boolean> strictSyntax = Arg.flag(spec, "--strict-syntax",
      "Fail (exit 2) on query text that is not valid syntax, instead of searching it as plain words.");
  private final Arg<String> by = Arg.option(spec, String.class, OptionSpec.builder("--by").paramLabel("PERIOD")
      .defaultValue("year").description("Date histogram by year or month (default: ${DEFAULT-VALUE})."));
  private final JsonOption output = JsonOption.addTo(spec);
  private final Screen.Options screen = Screen.Options.addTo(spec);

  private final Caller caller;

  private SearchCommand(Caller caller) {
    this.caller = caller;
  }

  /** The command's options, help and action, run for {@code caller}. */
  static CommandSpec spec(Caller caller) {
    return new SearchCommand(caller).spec;
  }

  private int run(CommandSpec spec) throws IOException {
    if (limit.value() < 0 || offset.value() < 0 || facets.value() < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit, --offset and --facets must be >= 0");
    }
    SortOrder order = Commands.choice(spec, sort, SortOrder.values());
    DateInterval period = Commands.choice(spec, by, DateInterval.values());
    SearchRequest request = SearchRequest.of(String.join(" ", query.value()))
        .withSince(since.value())
        .withUntil(until.value())
        .withSort(order)
        .withLimit(limit.value())
        .withFacetLimit(facets.value())
        .withFix(!noFix.value())
        .withExplain(explain.value())
        .withAfter(after.value())
        .withOffset(offset.value())
        .withHistogram(period)
        .withStrictSyntax(strictSyntax.value());
    for (String domain : domains.value()) {
      request = request.withDomain(domain);
    }
    for (String author : authors.value()) {
      request = request.withAuthor(author);
    }
    for (String tag : tags.value()) {
      request = request.withTag(tag);
    }
    for (String lang : languages.value()) {
      request = request.withLanguage(lang);
    }
    // Read before the index is opened, so that a mistyped option costs nothing.
    Screen shown = output.on() ? null : screen.screen(spec, caller);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = index.open(spec.commandLine().getErr(), caller)) {
      SearchResults results = archive.search(request);
      if (output.on()) {
        out.println(output.write(Json.results(results)));
        out.flush();
      } else {
        new Human(out, shown).results(results);
      }
      return results.total() > 0 ? ExitCodes.FOUND : ExitCodes.NO_HITS;
    }
  }
}
