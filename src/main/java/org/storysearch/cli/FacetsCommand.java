package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.StoryArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storysearch facets DIMENSION}: every value of one facet with its count, a page at a time. */
@Command(name = "facets", mixinStandardHelpOptions = true,
    description = "List the values of one facet (domain, author, tag or year) with their story counts, most "
        + "frequent first, optionally only those starting with a prefix and only over the stories matching a query.")
final class FacetsCommand implements Callable<Integer> {

  @Mixin
  IndexLocation location;

  @Parameters(paramLabel = "DIMENSION", description = "domain, author, tag or year.")
  String dimension;

  @Option(names = "--prefix", paramLabel = "TEXT", defaultValue = "",
      description = "Only values starting with this text, in any case.")
  String prefix;

  @Option(names = "--query", paramLabel = "QUERY", arity = "1..*",
      description = "Count over the stories matching this query (default: all stories).")
  List<String> query = new ArrayList<>();

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50",
      description = "Values per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Values to skip (default: 0).")
  int offset;

  @Mixin
  JsonOption output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 0 || offset < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --offset must be >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = location.open(spec.commandLine().getErr())) {
      FacetPage page = archive.facetValues(dimension, String.join(" ", query), prefix, offset, limit);
      if (output.json) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("dimension", page.dimension());
        node.put("total_values", page.totalValues());
        node.put("offset", page.offset());
        node.set("values", Json.facetValues(page.values()));
        out.println(output.write(node));
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
