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

  private FacetsCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("facets", FacetsCommand::run,
        "List the values of one facet (domain, author, tag or year) with their story counts, most frequent first, "
            + "optionally only those starting with a prefix and only over the stories matching a query.");
    IndexLocation.addTo(spec);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("DIMENSION").required(true).type(String.class)
        .description("domain, author, tag or year.").build());
    spec.addOption(OptionSpec.builder("--prefix").paramLabel("TEXT").type(String.class).defaultValue("")
        .description("Only values starting with this text, in any case.").build());
    spec.addOption(OptionSpec.builder("--query").paramLabel("QUERY").arity("1..*").type(List.class)
        .auxiliaryTypes(String.class).description("Count over the stories matching this query (default: all stories).")
        .build());
    spec.addOption(OptionSpec.builder("-n", "--limit").paramLabel("N").type(int.class).defaultValue("50")
        .description("Values per page (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--offset").paramLabel("N").type(int.class).defaultValue("0")
        .description("Values to skip (default: 0).").build());
    JsonOption.addTo(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    int limit = Commands.value(spec, "--limit");
    int offset = Commands.value(spec, "--offset");
    if (limit < 0 || offset < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --offset must be >= 0");
    }
    String query = String.join(" ", Commands.values(spec, "--query"));
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = IndexLocation.of(spec).open(spec.commandLine().getErr())) {
      FacetPage page = archive.facetValues(Commands.parameter(spec), query, Commands.value(spec, "--prefix"), offset,
          limit);
      if (output.json()) {
        out.println(output.write(Json.facetPage(page)));
      } else {
        for (FacetValue value : page.values()) {
          out.printf("%6d  %s%n", value.count(), value.value());
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
