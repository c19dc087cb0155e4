package org.storysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.storysearch.ArchiveStats;
import org.storysearch.StoryArchive;
import org.storysearch.json.Json;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storysearch stats}: size of the index and its facet values. */
final class StatsCommand {

  private StatsCommand() {}

  /** The command's options, help and action. */
  static CommandSpec spec() {
    CommandSpec spec = Commands.create("stats", StatsCommand::run,
        "Show the number of stories, the index size and every facet value with its count.");
    IndexLocation.addTo(spec);
    JsonOption.addTo(spec);
    return spec;
  }

  private static int run(CommandSpec spec) throws IOException {
    JsonOption output = JsonOption.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (StoryArchive archive = IndexLocation.of(spec).open(spec.commandLine().getErr())) {
      ArchiveStats stats = archive.stats();
      if (output.json()) {
        out.println(output.write(Json.stats(stats)));
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
