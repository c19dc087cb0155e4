package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code storysearch facets DIMENSION}: every value of one facet with its count, a page at a time. */
final class FacetsCommand {

  private final CommandSpec spec = Commands.create("facets", this::run,
      "List the values of one facet (domain, author, tag or year) with their story counts, most frequent first, "
          + "optionally only those starting with a prefix and only over the stories matching a query.");
  private final IndexLocation index = IndexLocation.addTo(spec);
  private final Arg<String> dimension = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("DIMENSION")
      .required(true).description("domain, author, tag or year."));
  private final Arg<String> prefix = Arg.option(spec, String.class, OptionSpec.builder("--prefix").paramLabel("TEXT")
      .defaultValue("").description("Only values starting with this text, in any case."));
  private final Arg<List<String>> query = Arg.options(spec, OptionSpec.builder("--query").paramLabel("QUERY")
      .arity("1..*").description("Count over the stories matching this query (default: all stories)."));
  private final Arg<Integer> limit = Arg.option(spec, int.class, OptionSpec.builder("-n", "--limit").paramLabel("N")
      .defaultValue("50").description("Values per page (default: ${DEFAULT-VALUE})."));
  private final Arg<Integer> offset = Arg.option(spec, int.class, OptionSpec.builder("--offset").paramLabel("N")
      .defaultValue("0").description("Values to skip (default: 0)."));
  private final JsonOption output = JsonOption.addTo(spec);

  private final Caller caller;

  private FacetsCommand(Caller caller) {
    this.caller = caller;
  }

  /** The command's options, help and action, run for {@code caller}. */
  static CommandSpec spec(Caller caller) {
    return new FacetsCommand(caller).spec;
  }

  private int run(CommandSpec spec) throws IOException {
    if (limit.value() < 0 || offset.value() < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --offset must be >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = index.open(spec.commandLine().getErr(), caller)) {
      FacetPage page = archive.facetValues(dimension.value(), String.join(" ", query.value()), prefix.value(),
          offset.value(), limit.value());
      if (output.on()) {
        out.println(output.write(Json.facetPage(page)));
      } else {
        for (FacetValue value : page.values()) {
          out.printf("%6d  %s%n", value.count(), Terminal.line(value.value()));
        }
        int last = page.offset() + page.values().size();
        out.printf("%d %s values%s%n", page.totalValues(), page.dimension(),
            page.values().isEmpty() ? "" : " (showing " + (page.offset() + 1) + "-" + last + ")");
      }
      out.flush();
      return page.totalValues() > 0 ? ExitCodes.FOUND : ExitCodes.NO_HITS;
    }
  }
}
