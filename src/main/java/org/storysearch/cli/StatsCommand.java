package org.storysearch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storysearch.ArchiveStats;
import org.storysearch.StoryArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storysearch stats}: size of the index and its facet values. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Show the number of stories, the index size and every facet value with its count.")
final class StatsCommand implements Callable<Integer> {

  @Mixin
  IndexLocation location;

  @Mixin
  JsonOption output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = location.open(spec.commandLine().getErr())) {
      ArchiveStats stats = archive.stats();
      if (output.json) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("stories", stats.stories());
        node.put("size_bytes", stats.sizeBytes());
        node.put("schema_version", stats.schemaVersion());
        node.set("facets", Json.facets(stats.facets()));
        out.println(output.write(node));
      } else {
        out.printf("stories: %d%nindex size: %.1f MB (%d bytes)%nschema version: %d%n%n", stats.stories(),
            stats.sizeBytes() / 1e6, stats.sizeBytes(), stats.schemaVersion());
        new Human(out, false).facets(stats.facets());
      }
      out.flush();
      return ExitCodes.FOUND;
    }
  }
}
